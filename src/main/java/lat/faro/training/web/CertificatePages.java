package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.training.Certificates;
import lat.faro.training.EventView;
import lat.faro.training.TrainingEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Certificates: the public verification page (rate-limited, no account), the published signing
 * keys, each certificate's PDF and signed JSON for its holder, and the event's certificates page
 * for its trainers and programme staff (completion rule, issuing, the ZIP of all, revocation).
 */
@Controller
class CertificatePages {

    private final Certificates certificates;
    private final TrainingEvents events;
    private final VerificationThrottle throttle;
    private final MessageSource messages;

    CertificatePages(Certificates certificates, TrainingEvents events, VerificationThrottle throttle, MessageSource messages) {
        this.certificates = certificates;
        this.events = events;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping("/verify")
    String verifyForm(@RequestParam(required = false) @Nullable String code) {
        return code == null || code.isBlank() ? "training/verify" : "redirect:/verify/" + code.strip().replaceAll("[^A-Za-z0-9-]", "");
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!throttle.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttle.retryAfter()));
            model.addAttribute("tooMany", true);
            return "training/verify";
        }
        Certificates.Verification verification = certificates.verify(code);
        if (verification.status() != Certificates.Verification.Status.VALID
                && verification.status() != Certificates.Verification.Status.REVOKED) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("verification", verification);
        model.addAttribute("code", code);
        return "training/verify";
    }

    @GetMapping(path = "/.well-known/faro-certificate-keys.json", produces = "application/jwk-set+json")
    @ResponseBody
    @Operation(summary = "The keys that sign certificates", tags = "Training",
            description = "A JWK Set of the Ed25519 public keys that signed this instance's certificates, older ones included.")
    ResponseEntity<String> keys() {
        return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(certificates.keySet());
    }

    @GetMapping("/training/certificates/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("faro-certificate-" + id + ".pdf").build().toString())
                .body(certificates.pdf(id));
    }

    @GetMapping("/training/certificates/{id}.json")
    ResponseEntity<String> json(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("faro-certificate-" + id + ".json").build().toString())
                .body(certificates.json(id));
    }

    @GetMapping("/training/events/{id}/certificates")
    String manage(@PathVariable long id, Model model) {
        return page(id, model, Map.of());
    }

    @GetMapping("/training/events/{id}/certificates.zip")
    ResponseEntity<byte[]> zip(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("faro-certificates-" + id + ".zip").build().toString())
                .body(certificates.zip(id));
    }

    @PostMapping("/training/events/{id}/certificates")
    String issue(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            Certificates.Issued issued = certificates.issue(id);
            redirect.addFlashAttribute("issued", issued);
            return "redirect:/training/events/" + id + "/certificates";
        } catch (InvalidFieldException e) {
            response.setStatus(409);
            return page(id, model, FieldMessages.of(e, Set.of(), messages, locale));
        }
    }

    @PostMapping("/training/events/{id}/completion-rule")
    String rule(@PathVariable long id, @RequestParam(required = false) @Nullable String attendance,
            @RequestParam(required = false) @Nullable String postTest, Model model, HttpServletResponse response, Locale locale) {
        try {
            certificates.setRule(id, number(attendance), number(postTest));
            return "redirect:/training/events/" + id + "/certificates";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(id, model, FieldMessages.of(e, Set.of("attendance", "postTest"), messages, locale));
        }
    }

    @PostMapping("/training/certificates/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        Certificates.CertificateView revoked = certificates.revoke(id, reason);
        redirect.addFlashAttribute("revoked", revoked.code());
        return "redirect:/training/events/" + revoked.eventId() + "/certificates";
    }

    private String page(long id, Model model, Map<String, String> errors) {
        EventView event = events.event(id);
        model.addAttribute("event", event);
        model.addAttribute("rule", certificates.rule(id));
        model.addAttribute("certificates", certificates.of(id));
        model.addAttribute("canRevoke", certificates.canRevoke());
        model.addAttribute("errors", errors);
        return "training/certificates";
    }

    private static @Nullable Integer number(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1; // refused as out of range
        }
    }
}
