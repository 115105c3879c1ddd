package lat.faro.assessment.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Moving an assessment to another framework version is for admins only, refused before anything is read. */
@Configuration(proxyBeanMethods = false)
class MigrationPaths {

    @Bean
    GuardedPaths assessmentMigrationPaths() {
        return GuardedPaths.all(List.of("/assessments/*/migration"), Role.ADMIN);
    }
}
