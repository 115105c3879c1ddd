package lat.faro.framework.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The models are public reading; adding a framework version is for admins only. */
@Configuration(proxyBeanMethods = false)
class FrameworkPathsConfiguration {

    @Bean
    PublicPaths frameworkPublicPaths() {
        return PublicPaths.readOnly("/frameworks", "/frameworks/**", "/api/v1/frameworks", "/api/v1/frameworks/**");
    }

    @Bean
    GuardedPaths frameworkAdminPaths() {
        return GuardedPaths.all(List.of("/admin/frameworks", "/admin/frameworks/**"), Role.ADMIN);
    }

    @Bean
    GuardedPaths frameworkApiWrites() {
        return GuardedPaths.writes(List.of("/api/v1/frameworks", "/api/v1/frameworks/**"), Role.ADMIN);
    }
}
