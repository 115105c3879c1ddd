package lat.faro.identity;

import lat.faro.shared.security.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths identityPublicPaths() {
            return PublicPaths.anyMethod("/login", "/setup/**");
        }

        @Bean
        lat.faro.shared.security.GuardedPaths identityAdminPaths() {
            return lat.faro.shared.security.GuardedPaths.all(
                    java.util.List.of("/admin/users", "/admin/users/**", "/admin/security"),
                    lat.faro.shared.security.Role.ADMIN);
        }
    }
}
