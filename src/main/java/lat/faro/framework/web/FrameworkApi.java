package lat.faro.framework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.NotFoundException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The framework library: open reading, uploads by admins. */
@RestController
@RequestMapping(path = "/api/v1/frameworks", produces = "application/json")
@Tag(name = "Frameworks", description = "Maturity models and control baselines, as versioned data")
class FrameworkApi {

    /** The content types a framework file may be sent as. */
    static final List<MediaType> FILE_TYPES = List.of(MediaType.parseMediaType("application/yaml"),
            MediaType.parseMediaType("application/x-yaml"), MediaType.parseMediaType("text/yaml"), MediaType.TEXT_PLAIN);

    private final FrameworkLibrary library;
    private final Access access;

    FrameworkApi(FrameworkLibrary library, Access access) {
        this.library = library;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "List every framework version", description = "Ordered by id, then version.")
    List<FrameworkDocuments.Summary> list() {
        return library.all().stream().map(FrameworkDocuments.Summary::of).toList();
    }

    @GetMapping("/mappings")
    @Operation(summary = "List the mappings between framework versions")
    List<FrameworkDocuments.MappingDoc> mappings() {
        return library.mappings().stream().map(FrameworkDocuments.MappingDoc::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "List the versions of one framework", description = "Oldest first; 404 when the id is unknown.")
    List<FrameworkDocuments.Summary> versions(@Parameter(description = "Framework id, e.g. faro-national-2021") @PathVariable String id) {
        var versions = library.versions(id);
        if (versions.isEmpty()) {
            throw new NotFoundException("framework.notFound", shorten(id));
        }
        return versions.stream().map(FrameworkDocuments.Summary::of).toList();
    }

    @GetMapping("/{id}/{version}")
    @Operation(summary = "Get one framework version with its whole structure",
            description = "Dimensions, factors, aspects and indicators (or controls) with every text in every language.")
    FrameworkDocuments.Full get(@PathVariable String id, @Parameter(description = "e.g. 1.0.0") @PathVariable String version) {
        if (!FrameworkRef.isId(id) || !FrameworkRef.isVersion(version)) {
            throw new NotFoundException("framework.notFound", shorten(id) + "@" + shorten(version));
        }
        return FrameworkDocuments.Full.of(library.get(new FrameworkRef(id, version)));
    }

    /**
     * Takes any content type and checks it here rather than with {@code consumes}: a mapping that
     * does not match never reaches the API's exception handler, so a wrong type would get a bare
     * 415 instead of a problem document in the caller's language.
     */
    @PostMapping
    @PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
    @Operation(summary = "Upload a framework file (admins)",
            description = "The YAML file as the body. Every problem is listed with its path and line; nothing is stored "
                    + "unless the whole file is valid. 409 when the id and version exist with other content.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The framework file: YAML in UTF-8, at most 2 MB",
            content = {@Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/x-yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = "string"))})
    ResponseEntity<FrameworkDocuments.Summary> upload(HttpEntity<byte[]> request) throws HttpMediaTypeNotSupportedException {
        MediaType type = request.getHeaders().getContentType();
        if (type == null || FILE_TYPES.stream().noneMatch(type::equalsTypeAndSubtype)) {
            throw new HttpMediaTypeNotSupportedException(type, FILE_TYPES, HttpMethod.POST);
        }
        byte[] body = request.getBody();
        var framework = library.upload(body == null ? new byte[0] : body, String.valueOf(access.userName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(FrameworkDocuments.Summary.of(framework));
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
