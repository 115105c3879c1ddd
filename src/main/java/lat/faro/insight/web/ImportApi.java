package lat.faro.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import lat.faro.insight.HistoricImport;
import lat.faro.insight.ImportPreview;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Importing historic results through the API: the same checks as the page, in one request. */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = "application/json")
@Tag(name = "Historic results", description = "Importing the results of rounds run before Faro (CSV or XLSX)")
@PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN, T(lat.faro.shared.security.Role).PROGRAMME_COORDINATOR)")
class ImportApi {

    /** Whether a round's imported results are published. */
    record Publication(long roundId, boolean published) {
    }

    private final HistoricImport imports;

    ImportApi(HistoricImport imports) {
        this.imports = imports;
    }

    /**
     * Takes any content type and checks it here rather than with {@code consumes}, so that a wrong
     * one gets a problem document in the caller's language, not a bare 415.
     */
    @PostMapping(path = "/historic")
    @Operation(summary = "Import a file of historic results",
            description = "Multipart field `file` (CSV or XLSX, header country,round,framework,element,stage[,source,note]; see "
                    + "docs/historic-import.md). Every problem is listed with its line in `errors[]`; nothing is imported while "
                    + "any remains. With dryRun=true nothing is written and the preview is returned (200); otherwise 201 with "
                    + "what was added, replaced and left unchanged. A row contradicting a stored result is an error unless "
                    + "replace=true.")
    ResponseEntity<ImportPreview> importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @Parameter(description = "Replace stored results the file contradicts") @RequestParam(name = "replace", defaultValue = "false") boolean replace,
            @Parameter(description = "Check only; write nothing") @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            jakarta.servlet.http.HttpServletRequest request) throws org.springframework.web.HttpMediaTypeNotSupportedException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            throw new org.springframework.web.HttpMediaTypeNotSupportedException(
                    contentType == null ? null : MediaType.parseMediaType(contentType), List.of(MediaType.MULTIPART_FORM_DATA),
                    org.springframework.http.HttpMethod.POST);
        }
        if (file == null) {
            throw new InvalidInputException(List.of(FieldProblem.at("file", "insight.upload.noFile")));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException(List.of(FieldProblem.at("file", "insight.file.unreadable")));
        }
        ImportPreview result = imports.importFile(content, String.valueOf(file.getOriginalFilename()), replace, dryRun);
        return ResponseEntity.status(dryRun || result.changesNothing() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    @PostMapping("/rounds/{roundId}/publish")
    @Operation(summary = "Publish a round's imported results", description = "From then on they count in the statistics. "
            + "Publishing again changes nothing; 409 when the round has no imported result.")
    Publication publish(@PathVariable long roundId) {
        imports.publish(roundId);
        return new Publication(roundId, imports.isPublished(roundId));
    }
}
