package lat.faro.assessment.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working pages of an assessment (overview, factor workspaces, judgements, evidence, comments,
 * workflow) are for the roles that work on assessments; anyone else is refused before anything is
 * read. Which country and status a person may see is the service's check (a 404 outside it).
 */
@Configuration(proxyBeanMethods = false)
class WorkspacePaths {

    static final Role[] WORKERS = {Role.NATIONAL_COORDINATOR, Role.ASSESSOR, Role.AGENCY_OFFICER, Role.REVIEWER,
            Role.PROGRAMME_COORDINATOR, Role.ADMIN};

    /** Reading the working pages needs a worker's role too: a participant or trainer never has one. */
    @Bean
    GuardedPaths assessmentWorkspacePaths() {
        return GuardedPaths.all(List.of("/assessments/*", "/assessments/*/factors/**", "/assessments/*/judgements/**",
                "/assessments/*/indicators/**", "/assessments/*/evidence/**", "/assessments/*/transitions"), WORKERS);
    }
}
