package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.training.CourseMaterials;
import lat.faro.training.MaterialDraft;
import lat.faro.training.MaterialView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A course's materials: files and https links, in order. Reading is public for the public ones;
 * those for participants are a 404 for anyone but the confirmed participants of an event of the
 * course, its trainers and programme staff, who (staff and trainers) also change them.
 */
@RestController
@RequestMapping(path = "/api/v1/training/courses/{id}/materials", produces = "application/json")
@Tag(name = "Training materials", description = "A course's files and links")
class MaterialApi {

    private final CourseMaterials materials;

    MaterialApi(CourseMaterials materials) {
        this.materials = materials;
    }

    record MaterialDoc(long id, int position, MaterialView.Kind kind, Map<String, String> title, @Nullable String language,
            MaterialView.Audience audience, @Nullable String url, @Nullable String fileName, @Nullable String contentType,
            @Nullable Long sizeBytes, @Nullable String sha256, @Nullable String download, Instant addedAt) {

        static MaterialDoc of(MaterialView m) {
            String download = m.kind() == MaterialView.Kind.FILE
                    ? "/api/v1/training/courses/" + m.courseId() + "/materials/" + m.id() + "/file" : null;
            return new MaterialDoc(m.id(), m.position(), m.kind(), new TreeMap<>(m.title().byLanguage()), m.language(), m.audience(),
                    m.url(), m.fileName(), m.contentType(), m.sizeBytes(), m.sha256(), download, m.addedAt());
        }
    }

    record LinkRequest(@Nullable Map<String, String> title, @Nullable String url, @Nullable String language,
            MaterialView.@Nullable Audience audience) {
    }

    record DetailsRequest(@Nullable Map<String, String> title, @Nullable String language, MaterialView.@Nullable Audience audience) {
    }

    record OrderRequest(@Nullable List<@Nullable Long> materials) {
    }

    @GetMapping
    @Operation(summary = "List a course's materials",
            description = "Public: the materials the caller may see, in order. Those for participants only are listed for the "
                    + "confirmed participants of an event of the course, its trainers and programme staff.")
    List<MaterialDoc> list(@PathVariable long id) {
        return materials.visible(id).stream().map(MaterialDoc::of).toList();
    }

    @PostMapping("/links")
    @Operation(summary = "Add a link (programme staff and the course's trainers)",
            description = "`title.es` is required; `url` must be https. `audience` is PUBLIC or PARTICIPANTS; `language` the "
                    + "material's own (es, en, pt, fr), optional. 400 names every bad field; 403 for anyone else.")
    ResponseEntity<MaterialDoc> addLink(@PathVariable long id, @RequestBody LinkRequest request) {
        MaterialView added = materials.addLink(id, new MaterialDraft(orEmpty(request.title()), request.language(), request.audience()),
                request.url());
        return created(added);
    }

    @PostMapping("/files")
    @Operation(summary = "Upload a file (programme staff and the course's trainers)",
            description = "multipart/form-data with `file`, `title.es` (required), `title.en`, `title.pt`, `title.fr`, `language` "
                    + "and `audience`. PDF, DOCX, PPTX, XLSX, ODT, ODP, ZIP, PNG, JPEG or plain text (UTF-8), told from the "
                    + "content, whose name must agree; at most `faro.training.material-max-size` (25 MB by default). 400 "
                    + "names every bad field; 415 for another content type.")
    ResponseEntity<MaterialDoc> addFile(@PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "title.es", required = false) @Nullable String titleEs,
            @RequestParam(name = "title.en", required = false) @Nullable String titleEn,
            @RequestParam(name = "title.pt", required = false) @Nullable String titlePt,
            @RequestParam(name = "title.fr", required = false) @Nullable String titleFr,
            @RequestParam(required = false) @Nullable String language, @RequestParam(required = false) @Nullable String audience,
            @RequestHeader(name = "Content-Type", required = false) @Nullable String contentType)
            throws IOException, HttpMediaTypeNotSupportedException {
        // Checked here rather than with `consumes`: a mapping that does not match never reaches the API's problem handler.
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.MULTIPART_FORM_DATA), HttpMethod.POST);
        }
        MaterialView.Audience chosen = WebInputs.parse(MaterialView.Audience.class, audience);
        if (chosen == null && audience != null && !audience.isBlank()) {
            throw new InvalidInputException(List.of(FieldProblem.at("audience", "training.material.audienceRequired")));
        }
        Map<String, String> titles = new HashMap<>();
        put(titles, "es", titleEs);
        put(titles, "en", titleEn);
        put(titles, "pt", titlePt);
        put(titles, "fr", titleFr);
        boolean sent = file != null && !String.valueOf(file.getOriginalFilename()).isBlank();
        MaterialView added = materials.addFile(id, new MaterialDraft(titles, language, chosen),
                sent ? file.getOriginalFilename() : null, sent ? file.getBytes() : null);
        return created(added);
    }

    @PutMapping("/order")
    @Operation(summary = "Reorder a course's materials (programme staff and the course's trainers)",
            description = "`materials` lists the ids of all the course's materials, each once, in the new order; 400 otherwise.")
    List<MaterialDoc> reorder(@PathVariable long id, @RequestBody OrderRequest request) {
        List<@Nullable Long> order = request.materials() == null ? List.of() : request.materials();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == null) {
                throw new InvalidInputException(List.of(FieldProblem.at("materials[" + i + "]", "training.field.required")));
            }
        }
        return materials.reorder(id, order.stream().map(Long.class::cast).toList()).stream().map(MaterialDoc::of).toList();
    }

    @GetMapping("/{materialId}")
    @Operation(summary = "Get a material", description = "Public for a public material; 404 for one the caller may not see.")
    MaterialDoc material(@PathVariable long id, @PathVariable long materialId) {
        return MaterialDoc.of(materials.material(id, materialId));
    }

    @PutMapping("/{materialId}")
    @Operation(summary = "Retitle a material (programme staff and the course's trainers)",
            description = "Replaces its titles, language and audience; the file or link stays. 400 names every bad field.")
    MaterialDoc update(@PathVariable long id, @PathVariable long materialId, @RequestBody DetailsRequest request) {
        return MaterialDoc.of(materials.update(id, materialId,
                new MaterialDraft(orEmpty(request.title()), request.language(), request.audience())));
    }

    @DeleteMapping("/{materialId}")
    @Operation(summary = "Remove a material (programme staff and the course's trainers)", description = "204.")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long materialId) {
        materials.remove(id, materialId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{materialId}/file", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a material's file",
            description = "Always as an attachment, with the type told from its content, `nosniff` and its SHA-256 as ETag. "
                    + "A material for participants is a 404 for anyone not entitled to it, as is a link.")
    void download(@PathVariable long id, @PathVariable long materialId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        MaterialDownloads.send(materials, materials.file(id, materialId), request, response);
    }

    private static ResponseEntity<MaterialDoc> created(MaterialView added) {
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + added.courseId() + "/materials/" + added.id()))
                .body(MaterialDoc.of(added));
    }

    private static Map<String, String> orEmpty(@Nullable Map<String, String> titles) {
        return titles == null ? Map.of() : titles;
    }

    private static void put(Map<String, String> titles, String lang, @Nullable String title) {
        if (title != null) {
            titles.put(lang, title);
        }
    }
}
