package lat.faro.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lat.faro.audit.AuditEntry;
import lat.faro.audit.AuditPage;
import lat.faro.audit.AuditTrail;
import lat.faro.audit.ChainVerification;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over HTTP for programme-wide administrators: entries and chain verification. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail (programme-wide administrators only)")
class AuditApiController {

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditApiController(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List audit trail entries, newest first",
            description = "Filters combine; an unparsable date, a size outside 1..200 or an over-long value is a 400 naming the parameter.")
    EntriesResponse entries(
            @Parameter(description = "Actions starting with this, e.g. identity.sign-in") @RequestParam(required = false) @Nullable String action,
            @Parameter(description = "Exactly this actor (an e-mail or system)") @RequestParam(required = false) @Nullable String actor,
            @Parameter(description = "Exactly this subject, e.g. user:12") @RequestParam(required = false) @Nullable String subject,
            @Parameter(description = "Occurred on or after this day (UTC)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Occurred on or before this day (UTC)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "Page number from 0") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Entries per page, 1 to 200 (default 50)") @RequestParam(required = false) @Nullable Integer size) {
        var parsed = new AuditFilter(action, actor, subject, from, to, text(page), text(size)).parse();
        if (parsed.query() == null) {
            var problem = parsed.problems().getFirst();
            throw InvalidFieldException.invalid(problem.field(), problem.code(), problem.args());
        }
        return EntriesResponse.of(trail.search(parsed.query()));
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the hash chain",
            description = "Recomputes every entry's hash in order and reports the first broken link, if any.")
    VerificationResponse verification() {
        ChainVerification verification = trail.verify();
        var text = VerificationText.of(verification);
        String message = messages.getMessage(text.code(), text.args(), LocaleContextHolder.getLocale());
        return VerificationResponse.of(verification, message);
    }

    private static @Nullable String text(@Nullable Integer n) {
        return n == null ? null : n.toString();
    }

    /** One page of entries. */
    record EntriesResponse(List<EntryResponse> entries, int page, int size, long totalEntries, int totalPages) {
        static EntriesResponse of(AuditPage page) {
            return new EntriesResponse(page.entries().stream().map(EntryResponse::of).toList(), page.page(),
                    page.size(), page.totalEntries(), page.totalPages());
        }
    }

    /** One trail entry. */
    record EntryResponse(long id, long seq, Instant occurredAt, Instant recordedAt, String action, String actor,
            String subject, Map<String, String> details, String prevHash, String hash) {
        static EntryResponse of(AuditEntry e) {
            return new EntryResponse(e.id(), e.seq(), e.occurredAt(), e.recordedAt(), e.action(), e.actor(),
                    e.subject(), e.details(), e.prevHash(), e.hash());
        }
    }

    /** The verification outcome; {@code message} says it in the caller's language. */
    record VerificationResponse(boolean intact, long checkedEntries, @Nullable BrokenLinkResponse firstBrokenLink,
            Instant verifiedAt, String message) {
        static VerificationResponse of(ChainVerification v, String message) {
            var broken = v.firstBrokenLink();
            return new VerificationResponse(v.intact(), v.checkedEntries(),
                    broken == null ? null : new BrokenLinkResponse(broken.seq(), broken.entryId(), broken.reason().name()),
                    v.verifiedAt(), message);
        }
    }

    /** Where the chain first breaks: the position, the row found there (null if missing) and why. */
    record BrokenLinkResponse(long seq, @Nullable Long entryId, String reason) {}
}
