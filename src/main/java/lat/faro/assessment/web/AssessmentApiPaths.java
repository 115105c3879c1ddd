package lat.faro.assessment.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.jspecify.annotations.NullMarked;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The assessment API's gates, checked before a request body is read. Published national
 * assessments are public reading: the rounds, an assessment with its score, judgements, public
 * evidence (and its files), history, decisions and roadmap; the service hides everything else
 * behind a 404. Comments, consultations and the export, and every write, need one of the roles
 * that take part in assessments; opening a round needs programme staff and importing an
 * administrator. Scope (which country, which agency) and status are checked by the service. The
 * patterns do not overlap, so the order in which the security chain reads them does not matter.
 */
@NullMarked
@Configuration(proxyBeanMethods = false)
class AssessmentApiPaths {

    /** The roles that take part in assessments in some scope. */
    static final Role[] TAKING_PART = {Role.NATIONAL_COORDINATOR, Role.ASSESSOR, Role.AGENCY_OFFICER, Role.REVIEWER,
        Role.PROGRAMME_COORDINATOR, Role.ADMIN};

    @Bean
    PublicPaths assessmentApiPublicPaths() {
        return PublicPaths.readOnly("/api/v1/rounds", "/api/v1/rounds/*", "/api/v1/rounds/*/assessments",
                "/api/v1/assessments/*", "/api/v1/assessments/*/judgements", "/api/v1/assessments/*/evidence",
                "/api/v1/assessments/*/evidence/*/file", "/api/v1/assessments/*/history",
                "/api/v1/assessments/*/decisions", "/api/v1/assessments/*/roadmap");
    }

    @Bean
    GuardedPaths assessmentApiWrites() {
        return GuardedPaths.writes(List.of("/api/v1/rounds/*/assessments", "/api/v1/assessments/*/judgements/*",
                "/api/v1/assessments/*/evidence", "/api/v1/assessments/*/evidence/*", "/api/v1/assessments/*/transitions",
                "/api/v1/assessments/*/decisions", "/api/v1/assessments/*/roadmap/*"), TAKING_PART);
    }

    /** Readable and writable only by those taking part (and then only where they work, says the service). */
    @Bean
    GuardedPaths assessmentApiWorkingPaths() {
        return GuardedPaths.all(List.of("/api/v1/assessments/*/comments", "/api/v1/assessments/*/consultations",
                "/api/v1/assessments/*/consultations/**", "/api/v1/assessments/*/export"), TAKING_PART);
    }

    @Bean
    GuardedPaths assessmentApiRounds() {
        return GuardedPaths.writes(List.of("/api/v1/rounds"), Role.PROGRAMME_COORDINATOR, Role.ADMIN);
    }

    @Bean
    GuardedPaths assessmentApiImport() {
        return GuardedPaths.writes(List.of("/api/v1/assessments/import"), Role.ADMIN);
    }
}
