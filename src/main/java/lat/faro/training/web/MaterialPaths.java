package lat.faro.training.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A course's materials are read by anyone (the service hides those for participants from everyone
 * else, as a 404); changing them is for programme staff and trainers, refused to anyone else
 * before the request's body is read. Whether a trainer trains an event of that course is then the
 * service's check.
 */
@Configuration(proxyBeanMethods = false)
class MaterialPaths {

    @Bean
    PublicPaths trainingMaterialsPublic() {
        return PublicPaths.readOnly("/api/v1/training/courses/*/materials", "/api/v1/training/courses/*/materials/*",
                "/api/v1/training/courses/*/materials/*/file");
    }

    @Bean
    GuardedPaths trainingMaterialsWrites() {
        return GuardedPaths.writes(List.of("/api/v1/training/courses/*/materials", "/api/v1/training/courses/*/materials/**",
                        "/training/courses/*/materials", "/training/courses/*/materials/**"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER);
    }

    /** The page to retitle a material, for the same people. */
    @Bean
    GuardedPaths trainingMaterialsEditPage() {
        return GuardedPaths.all(List.of("/training/courses/*/materials/*/edit"), Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER);
    }
}
