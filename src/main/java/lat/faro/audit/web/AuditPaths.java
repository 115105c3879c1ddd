package lat.faro.audit.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trail's page and API are for administrators only: refused at the door to anyone else. */
@Configuration(proxyBeanMethods = false)
class AuditPaths {

    @Bean
    GuardedPaths auditAdminPaths() {
        return GuardedPaths.all(List.of("/admin/audit", "/admin/audit/**", "/api/v1/audit", "/api/v1/audit/**"), Role.ADMIN);
    }
}
