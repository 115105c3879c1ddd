package lat.faro.assessment.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rounds, and a published assessment's profile, roadmap and decision log, are public reading
 * (the service answers 404 for what the visitor may not see). Their forms are for the people who
 * work on assessments; which country or agency each may act on is the service's check.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentPagePaths {

    /** The roles that work on assessments; which country or agency each covers is the service's check. */
    static final Role[] WORKING_ROLES = {Role.NATIONAL_COORDINATOR, Role.ASSESSOR, Role.AGENCY_OFFICER, Role.REVIEWER,
            Role.PROGRAMME_COORDINATOR, Role.ADMIN};

    @Bean
    PublicPaths assessmentPublicPages() {
        return PublicPaths.readOnly("/rounds", "/rounds/*", "/assessments/*/profile", "/assessments/*/profile.csv",
                "/assessments/*/roadmap", "/assessments/*/decisions");
    }

    @Bean
    GuardedPaths assessmentPageWrites() {
        return GuardedPaths.writes(List.of("/rounds/new", "/rounds/*/assessments", "/assessments/*/roadmap/*",
                "/assessments/*/decisions"), WORKING_ROLES);
    }

    /** Consultations are working notes: not even their reading is open to other roles. */
    @Bean
    GuardedPaths assessmentConsultationPages() {
        return GuardedPaths.all(List.of("/assessments/*/consultations", "/assessments/*/consultations/**"), WORKING_ROLES);
    }
}
