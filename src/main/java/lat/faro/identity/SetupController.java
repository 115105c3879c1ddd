package lat.faro.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Redeeming a one-time link: the first administrator, or an invited person choosing a password. */
@Controller
class SetupController {

    /** The form; e-mail and name are asked only when creating the first administrator. */
    record SetupForm(
            @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") @Nullable String email,
            @Size(max = 200, message = "{validation.tooLong}") @Nullable String displayName,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String password,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String confirm) {}

    private final SetupLinks links;

    SetupController(SetupLinks links) {
        this.links = links;
    }

    @GetMapping("/setup/{secret}")
    String form(@PathVariable String secret, Model model) {
        var link = links.find(secret);
        if (link.isEmpty()) {
            return "identity/setup-invalid";
        }
        model.addAttribute("link", link.get());
        model.addAttribute("secret", secret);
        model.addAttribute("form", new SetupForm(null, null, "", ""));
        return "identity/setup";
    }

    @PostMapping("/setup/{secret}")
    String submit(@PathVariable String secret, @Valid @ModelAttribute("form") SetupForm form, BindingResult errors, Model model) {
        var link = links.find(secret);
        if (link.isEmpty()) {
            return "identity/setup-invalid";
        }
        model.addAttribute("link", link.get());
        model.addAttribute("secret", secret);
        if (link.get().firstAdmin()) {
            if (form.email() == null || form.email().isBlank()) {
                errors.rejectValue("email", "validation.required");
            }
            if (form.displayName() == null || form.displayName().isBlank()) {
                errors.rejectValue("displayName", "validation.required");
            }
        }
        if (errors.hasErrors()) {
            return "identity/setup";
        }
        try {
            links.redeem(secret, form.email(), form.displayName(), form.password(), form.confirm(), LocaleContextHolder.getLocale());
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            return "identity/setup";
        }
        return "redirect:/login?ready";
    }
}
