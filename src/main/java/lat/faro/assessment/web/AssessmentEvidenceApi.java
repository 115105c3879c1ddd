package lat.faro.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentManagement.EvidenceFile;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.Confidentiality;
import lat.faro.assessment.EvidenceInput;
import lat.faro.assessment.EvidenceKind;
import lat.faro.assessment.EvidenceView;
import lat.faro.assessment.web.AssessmentApiDocuments.EvidenceDoc;
import lat.faro.assessment.web.AssessmentApiDocuments.EvidenceFileForm;
import lat.faro.assessment.web.AssessmentApiDocuments.EvidenceRequest;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.NullMarked;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence of an assessment. Each item is shown only to those its confidentiality allows
 * (the public: public items of published assessments). Files are served only after that check,
 * always as attachments that the browser neither renders nor sniffs.
 */
@NullMarked
@RestController
@RequestMapping(path = "/api/v1/assessments/{id}/evidence", produces = "application/json")
@Tag(name = "Assessment evidence", description = "Web addresses, document references and files supporting judgements")
class AssessmentEvidenceApi {

    static final String ADD_SUMMARY = "Add an evidence item";
    static final String ADD_DESCRIPTION = "A URL item (an http(s) address) or a DOCUMENT item (source and date required) "
            + "as JSON; a FILE item as multipart/form-data: the `file` part (PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT, ODS, CSV "
            + "or TXT) with `indicatorId`, `title`, `confidentiality` and optionally `documentDate` and `source`. A file over "
            + "the size limit (faro.assessment.max-evidence-bytes), of a type not accepted, or whose content is not what its "
            + "name says is refused with a 400 naming `file`. Drafts only, by the country's own people; 201.";

    private final AssessmentManagement management;
    private final AssessmentPermissions permissions;

    AssessmentEvidenceApi(AssessmentManagement management, AssessmentPermissions permissions) {
        this.management = management;
        this.permissions = permissions;
    }

    @GetMapping
    @Operation(summary = "List the evidence", description = "Only the items the caller may see, by indicator.")
    List<EvidenceDoc> list(@Parameter(description = "The assessment's id") @PathVariable long id) {
        AssessmentView a = management.assessment(id);
        boolean shown = permissions.canWorkOn(a);
        return management.evidence(id).stream().map(e -> EvidenceDoc.of(id, e, shown)).toList();
    }

    @PostMapping
    @Operation(summary = ADD_SUMMARY, description = ADD_DESCRIPTION)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EvidenceDoc> add(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Valid @RequestBody EvidenceRequest request) {
        EvidenceView added = management.addEvidence(id, String.valueOf(request.indicatorId()),
                new EvidenceInput(Objects.requireNonNull(request.kind()), String.valueOf(request.title()), request.url(),
                        request.documentDate(), request.source(), Objects.requireNonNull(request.confidentiality()), null,
                        null));
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceDoc.of(id, added, true));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = ADD_SUMMARY, description = ADD_DESCRIPTION)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EvidenceDoc> upload(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Valid @ModelAttribute EvidenceFileForm form) throws IOException {
        MultipartFile file = form.file();
        var problems = new java.util.ArrayList<FieldProblem>();
        Confidentiality confidentiality = null;
        try {
            confidentiality = Confidentiality.valueOf(String.valueOf(form.confidentiality()));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.at("confidentiality", "problem.field.type", "confidentiality"));
        }
        LocalDate documentDate = null;
        if (form.documentDate() != null && !form.documentDate().isBlank()) {
            try {
                documentDate = LocalDate.parse(form.documentDate().strip());
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.at("documentDate", "problem.field.type", "documentDate"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        String fileName = file == null ? null : file.getOriginalFilename();
        EvidenceView added = management.addEvidence(id, String.valueOf(form.indicatorId()),
                new EvidenceInput(EvidenceKind.FILE, String.valueOf(form.title()), null, documentDate, form.source(),
                        Objects.requireNonNull(confidentiality), fileName, content));
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceDoc.of(id, added, true));
    }

    @DeleteMapping("/{evidenceId}")
    @Operation(summary = "Remove an evidence item", description = "Drafts only, by the country's people; 204.")
    ResponseEntity<Void> remove(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Parameter(description = "The evidence item's id") @PathVariable long evidenceId) {
        management.removeEvidence(id, evidenceId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{evidenceId}/file", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download an evidence file",
            description = "Served only to those who may see the item, always as an attachment with its stored type, "
                    + "`nosniff` and a sandboxing Content-Security-Policy; never cached by shared caches. 404 otherwise.")
    ResponseEntity<byte[]> file(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Parameter(description = "The evidence item's id") @PathVariable long evidenceId) {
        EvidenceFile file = management.evidenceFile(id, evidenceId);
        EvidenceView item = file.item();
        String name = item.fileName() == null ? "evidence-" + item.id() : item.fileName();
        String type = item.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : item.contentType();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentLength(file.content().length)
                .body(file.content());
    }

    /**
     * {@code attachment} with an ASCII fallback name and the exact name as RFC 5987
     * {@code filename*}, so that no name can break out of the header or pick a path.
     */
    static String attachment(String fileName) {
        var ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/' ? c : '_');
        }
        var encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
