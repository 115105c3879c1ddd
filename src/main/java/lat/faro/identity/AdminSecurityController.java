package lat.faro.identity;

import java.util.Map;
import lat.faro.shared.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which roles must sign in with a second factor. */
@Controller
@PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
class AdminSecurityController {

    private final UserAdministration admin;

    AdminSecurityController(UserAdministration admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/security")
    String policy(Model model) {
        model.addAttribute("policy", admin.mfaPolicy());
        return "identity/admin-security";
    }

    @PostMapping("/admin/security")
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String actor = CurrentUser.get().getUsername();
        for (Role role : Role.values()) {
            admin.setMfaRequired(role, "on".equals(form.get("mfa_" + role.name())), actor);
        }
        redirect.addFlashAttribute("notice", "identity.admin.policySaved");
        return "redirect:/admin/security";
    }
}
