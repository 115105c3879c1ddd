package lat.faro.training.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Verification and the published keys are for anyone; an event's certificates page, its ZIP and its
 * completion rule for programme staff and trainers (the service then checks the trainer trains
 * that event); revocation for programme staff. A certificate's own files are for anyone signed in
 * (the service answers 404 to all but its holder, the event's trainers and staff).
 */
@Configuration(proxyBeanMethods = false)
class CertificatePaths {

    @Bean
    PublicPaths certificatePublicPaths() {
        return PublicPaths.readOnly("/verify", "/verify/*", "/api/v1/training/verify/*", "/.well-known/faro-certificate-keys.json");
    }

    @Bean
    GuardedPaths certificateRunning() {
        return GuardedPaths.all(List.of("/training/events/*/certificates", "/training/events/*/certificates.zip",
                "/training/events/*/completion-rule", "/training/events/*/report.pdf", "/training/events/*/report.xlsx"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER);
    }

    @Bean
    GuardedPaths certificateRevocation() {
        return GuardedPaths.all(List.of("/training/certificates/*/revoke"), Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }
}
