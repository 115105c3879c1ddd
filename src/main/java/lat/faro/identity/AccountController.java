package lat.faro.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lat.faro.shared.web.InvalidFieldException;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: password, second factor, personal API tokens. */
@Controller
class AccountController {

    record PasswordForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String current,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String password,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String confirm) {}

    record TokenForm(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
            @Nullable Boolean write,
            @NotNull(message = "{validation.required}") @Range(min = 1, max = 365, message = "{validation.range}")
            @Nullable Integer days) {

        boolean writeAllowed() {
            return Boolean.TRUE.equals(write);
        }
    }

    private final AccountSettings settings;
    private final MfaEnrolments mfa;
    private final TokenManagement tokens;

    AccountController(AccountSettings settings, MfaEnrolments mfa, TokenManagement tokens) {
        this.settings = settings;
        this.mfa = mfa;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Model model) {
        populate(model);
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("tokenForm", new TokenForm("", false, 90));
        return "identity/account";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                settings.changePassword(CurrentUser.get().userId(), form.current(), form.password(), form.confirm());
                redirect.addFlashAttribute("notice", "identity.account.passwordChanged");
                return "redirect:/account";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            }
        }
        populate(model);
        model.addAttribute("tokenForm", new TokenForm("", false, 90));
        return "identity/account";
    }

    @GetMapping("/account/mfa")
    String enrolForm(Model model) {
        long userId = CurrentUser.get().userId();
        if (settings.isMfaEnabled(userId)) {
            return "redirect:/account";
        }
        model.addAttribute("enrolment", mfa.inProgress(userId).orElseGet(() -> mfa.start(userId)));
        model.addAttribute("action", "/account/mfa");
        return "identity/mfa-enrol";
    }

    @PostMapping("/account/mfa")
    String enrol(@RequestParam(name = "code", defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        long userId = CurrentUser.get().userId();
        if (code.length() <= 20 && mfa.confirm(userId, code)) {
            redirect.addFlashAttribute("notice", "identity.account.mfaEnrolled");
            return "redirect:/account";
        }
        model.addAttribute("codeError", "identity.mfa.codeWrong");
        model.addAttribute("enrolment", mfa.inProgress(userId).orElseGet(() -> mfa.start(userId)));
        model.addAttribute("action", "/account/mfa");
        return "identity/mfa-enrol";
    }

    @PostMapping("/account/mfa/remove")
    String removeMfa(@RequestParam(name = "code", defaultValue = "") String code, RedirectAttributes redirect) {
        long userId = CurrentUser.get().userId();
        boolean removed = code.length() <= 20 && mfa.removeOwn(userId, code);
        redirect.addFlashAttribute(removed ? "notice" : "problem",
                removed ? "identity.account.mfaRemoved" : "identity.account.mfaNotRemoved");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors() && form.days() != null) {
            try {
                var created = tokens.create(CurrentUser.get().userId(), form.name(), form.writeAllowed(), form.days());
                redirect.addFlashAttribute("createdToken", created);
                return "redirect:/account#tokens";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            }
        }
        populate(model);
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return "identity/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var me = CurrentUser.get();
        tokens.revoke(me.userId(), id, me.getUsername());
        redirect.addFlashAttribute("notice", "identity.account.tokenRevoked");
        return "redirect:/account#tokens";
    }

    private void populate(Model model) {
        var me = CurrentUser.get();
        model.addAttribute("me", settings.profile(me.userId()));
        model.addAttribute("mfaRequired", mfa.required(me.userId()));
        model.addAttribute("tokens", tokens.list(me.userId()));
    }
}
