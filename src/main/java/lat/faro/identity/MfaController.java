package lat.faro.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of sign-in: a code from the authenticator app, or enrolling one first. */
@Controller
class MfaController {

    private final SignIns signIns;
    private final MfaEnrolments enrolments;
    private final SignInHandlers handlers;
    private final SignInThrottle throttle;

    MfaController(SignIns signIns, MfaEnrolments enrolments, SignInHandlers handlers, SignInThrottle throttle) {
        this.signIns = signIns;
        this.enrolments = enrolments;
        this.handlers = handlers;
        this.throttle = throttle;
    }

    @GetMapping("/login/mfa")
    String codeForm() {
        return pending().step() == SignIns.NextStep.ENROL ? "redirect:/login/mfa/enrol" : "identity/mfa-verify";
    }

    @PostMapping("/login/mfa")
    String verify(@RequestParam(name = "code", defaultValue = "") String code, Model model,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        MfaPendingAuthentication pending = pending();
        if (pending.step() != SignIns.NextStep.VERIFY_CODE) {
            return "redirect:/login/mfa/enrol";
        }
        if (code.length() <= 20 && signIns.verifyCode(pending.principal().userId(), code)) {
            handlers.complete(request, response, pending.passwordAuthentication(), "password+totp");
            return null;
        }
        signIns.failed(pending.getName(), "code", request.getRemoteAddr());
        throttle.recordFailure(request.getRemoteAddr());
        model.addAttribute("codeError", "identity.mfa.codeWrong");
        return "identity/mfa-verify";
    }

    @GetMapping("/login/mfa/enrol")
    String enrolForm(Model model) {
        MfaPendingAuthentication pending = pending();
        if (pending.step() != SignIns.NextStep.ENROL) {
            return "redirect:/login/mfa";
        }
        long userId = pending.principal().userId();
        model.addAttribute("enrolment", enrolments.inProgress(userId).orElseGet(() -> enrolments.start(userId)));
        model.addAttribute("action", "/login/mfa/enrol");
        return "identity/mfa-enrol";
    }

    @PostMapping("/login/mfa/enrol")
    String enrol(@RequestParam(name = "code", defaultValue = "") String code, Model model,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        MfaPendingAuthentication pending = pending();
        if (pending.step() != SignIns.NextStep.ENROL) {
            return "redirect:/login/mfa";
        }
        long userId = pending.principal().userId();
        if (code.length() <= 20 && enrolments.confirm(userId, code)) {
            handlers.complete(request, response, pending.passwordAuthentication(), "password+totp-enrolled");
            return null;
        }
        model.addAttribute("codeError", "identity.mfa.codeWrong");
        model.addAttribute("enrolment", enrolments.inProgress(userId).orElseGet(() -> enrolments.start(userId)));
        model.addAttribute("action", "/login/mfa/enrol");
        return "identity/mfa-enrol";
    }

    private static MfaPendingAuthentication pending() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof MfaPendingAuthentication p) {
            return p;
        }
        throw new org.springframework.security.access.AccessDeniedException("no sign-in in progress");
    }
}
