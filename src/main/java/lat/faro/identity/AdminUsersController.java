package lat.faro.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.shared.security.ScopeKind;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of accounts, roles and grants; programme-wide administrators only. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
class AdminUsersController {

    static final int PAGE_SIZE = 25;

    record InviteForm(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 254, message = "{validation.tooLong}") String email,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String displayName,
            @NotBlank(message = "{validation.required}") String locale) {}

    record GrantForm(@NotNull(message = "{validation.required}") @Nullable Role role,
                     @NotNull(message = "{validation.required}") @Nullable ScopeKind scopeKind,
                     @Size(max = 40, message = "{validation.tooLong}") @Nullable String scopeValue) {}

    private final UserAdministration admin;

    AdminUsersController(UserAdministration admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(@RequestParam(name = "q", defaultValue = "") String q,
                @RequestParam(name = "role", required = false) @Nullable Role role,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("q", query);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("users", admin.search(query, role, Math.max(0, page), PAGE_SIZE));
        return "identity/admin-users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new InviteForm("", "", "es"));
        return "identity/admin-user-new";
    }

    @PostMapping("/new")
    String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult errors, Model model) {
        Locale locale = Languages.match(form.locale());
        if (locale == null && !errors.hasFieldErrors("locale")) {
            errors.rejectValue("locale", "validation.required");
        }
        if (!errors.hasErrors() && locale != null) {
            try {
                String link = admin.invite(form.email(), form.displayName(), locale, actor());
                model.addAttribute("invitationLink", link);
                model.addAttribute("invitedEmail", User.normaliseEmail(form.email()));
                return "identity/admin-user-invited";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            }
        }
        return "identity/admin-user-new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", admin.get(id));
        model.addAttribute("grantForm", new GrantForm(null, null, ""));
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", ScopeKind.values());
        return "identity/admin-user";
    }

    @PostMapping("/{id}/grants")
    String addGrant(@PathVariable long id, @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && form.role() != null && form.scopeKind() != null) {
            try {
                String value = form.scopeValue() == null ? "" : form.scopeValue().strip().toUpperCase(Locale.ROOT);
                if (form.scopeKind() != ScopeKind.PROGRAMME && value.isEmpty()) {
                    throw InvalidFieldException.invalid("scopeValue", "validation.required");
                }
                admin.addGrant(id, new Grant(form.role(), form.scopeKind(), value), actor());
                redirect.addFlashAttribute("notice", "identity.admin.grantAdded");
                return "redirect:/admin/users/" + id;
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            }
        }
        model.addAttribute("user", admin.get(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", ScopeKind.values());
        return "identity/admin-user";
    }

    @PostMapping("/{id}/grants/remove")
    String removeGrant(@PathVariable long id, @RequestParam String grant, RedirectAttributes redirect) {
        var parsed = Grant.parse(grant);
        if (parsed.isEmpty()) {
            throw InvalidFieldException.invalid("grant", "identity.grant.invalid");
        }
        try {
            admin.removeGrant(id, parsed.get(), actor());
            redirect.addFlashAttribute("notice", "identity.admin.grantRemoved");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", e.messageCode());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam String action, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "enable" -> admin.setEnabled(id, true, actor());
                case "disable" -> admin.setEnabled(id, false, actor());
                case "unlock" -> admin.unlock(id, actor());
                case "reset-mfa" -> admin.resetMfa(id, actor());
                case "reinvite" -> redirect.addFlashAttribute("invitationLink", admin.reinvite(id, actor()));
                default -> throw InvalidFieldException.invalid("action", "identity.admin.unknownAction");
            }
            redirect.addFlashAttribute("notice", "identity.admin.done." + action);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", e.messageCode());
        }
        return "redirect:/admin/users/" + id;
    }

    private static String actor() {
        return CurrentUser.get().getUsername();
    }
}
