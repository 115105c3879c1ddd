package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.shared.web.TooManyRequestsException;
import lat.faro.training.Certificates;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public verification of a certificate for machines (a registry, an employer's system): the
 * same answer as the page {@code /verify/{code}}, no account, and the same limit per address.
 */
@RestController
@Tag(name = "Certificates", description = "Verifying a training certificate")
class VerificationApi {

    /** Only what the public page shows: name, course, date of issue and status. */
    record VerificationDoc(String code, Certificates.Verification.Status status, @Nullable String participant, @Nullable String course,
            @Nullable LocalDate issuedOn, @Nullable Instant revokedAt) {
    }

    private final Certificates certificates;
    private final VerificationThrottle throttle;

    VerificationApi(Certificates certificates, VerificationThrottle throttle) {
        this.certificates = certificates;
        this.throttle = throttle;
    }

    @GetMapping(path = "/api/v1/training/verify/{code}", produces = "application/json")
    @Operation(summary = "Verify a certificate by its code",
            description = "200 with status VALID or REVOKED, the holder's name, the course and the date of issue. A code with a "
                    + "typing error (its check character does not match) is a 400 naming `code`; a well-formed code of no "
                    + "certificate a 404. Limited per client address by `faro.training.public-requests-per-minute` (429 with "
                    + "Retry-After beyond). Not cached: a certificate may be revoked at any time.")
    ResponseEntity<VerificationDoc> verify(@PathVariable String code, HttpServletRequest request) {
        if (!throttle.allow(request.getRemoteAddr())) {
            throw new TooManyRequestsException("training.verify.tooMany", throttle.retryAfter());
        }
        Certificates.Verification v = certificates.verify(code);
        return switch (v.status()) {
            case VALID, REVOKED -> ResponseEntity.ok().cacheControl(CacheControl.noCache())
                    .body(new VerificationDoc(code.strip().toUpperCase(java.util.Locale.ROOT), v.status(), v.participant(), v.course(),
                            v.date(), v.revokedAt()));
            case MISTYPED -> throw InvalidFieldException.invalid("code", "training.verify.mistyped");
            case MALFORMED -> throw InvalidFieldException.invalid("code", "training.verify.malformed");
            case NOT_FOUND -> throw new NotFoundException("training.verify.notFound");
        };
    }
}
