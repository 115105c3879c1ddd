package lat.faro.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import lat.faro.insight.HistoricImport;
import lat.faro.insight.ImportPreview;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

    /** The upload's form, as the API document describes it (the handler reads its field itself). */
    @Schema(name = "HistoricImportForm", description = "multipart/form-data")
    record UploadForm(@Schema(description = "The file: CSV (UTF-8, comma or semicolon) or XLSX (one sheet), at most 5 MB",
            type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable MultipartFile file) {
    }

    private final HistoricImport imports;

    ImportApi(HistoricImport imports) {
        this.imports = imports;
    }

    /**
     * Takes any content type and checks it here rather than with {@code consumes}: a mapping that
     * does not match never reaches the API's exception handler, so a wrong type would get a bare
     * 415 instead of a problem document in the caller's language.
     */
    @PostMapping(path = "/historic")
    @Operation(summary = "Import a file of historic results",
            description = "Multipart field `file` (CSV or XLSX, header country,round,framework,element,stage[,source,note]; see "
                    + "docs/historic-import.md). Every problem is listed with its line in `errors[]`; nothing is imported while "
                    + "any remains. With dryRun=true nothing is written and the preview is returned (200); otherwise 201 with "
                    + "what was added, replaced and left unchanged. A row contradicting a stored result is an error unless "
                    + "replace=true.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)))
    ResponseEntity<ImportPreview> importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @Parameter(description = "Replace stored results the file contradicts") @RequestParam(name = "replace", defaultValue = "false") boolean replace,
            @Parameter(description = "Check only; write nothing") @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType)
            throws HttpMediaTypeNotSupportedException {
        MediaType type = mediaType(contentType);
        if (type == null || !MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.MULTIPART_FORM_DATA), HttpMethod.POST);
        }
        if (file == null) {
            throw new InvalidInputException(List.of(FieldProblem.at("file", "insight.upload.noFile")));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException(List.of(FieldProblem.at("file", "tables.file.unreadable")));
        }
        ImportPreview result = imports.importFile(content, String.valueOf(file.getOriginalFilename()), replace, dryRun);
        return ResponseEntity.status(dryRun || result.changesNothing() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    private static @Nullable MediaType mediaType(@Nullable String header) {
        try {
            return header == null ? null : MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    @PostMapping("/rounds/{roundId}/publish")
    @Operation(summary = "Publish a round's imported results", description = "From then on they count in the statistics. "
            + "Publishing again changes nothing; 409 when the round has no imported result.")
    Publication publish(@PathVariable long roundId) {
        imports.publish(roundId);
        return new Publication(roundId, imports.isPublished(roundId));
    }
}
