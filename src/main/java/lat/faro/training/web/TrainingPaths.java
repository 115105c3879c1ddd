package lat.faro.training.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Courses, the events open to the public and the privacy notice's version are readable by anyone.
 * Writing courses and planning events is for programme staff; moving an event on and reading its
 * registrations for staff and trainers (the service then checks that the trainer trains that
 * event). Registering and one's own registration are for anyone signed in.
 */
@Configuration(proxyBeanMethods = false)
class TrainingPaths {

    @Bean
    PublicPaths trainingPublicPaths() {
        return PublicPaths.readOnly("/api/v1/training/courses", "/api/v1/training/courses/*", "/api/v1/training/events",
                "/api/v1/training/events/*", "/api/v1/training/privacy-notice", "/training", "/training/courses/*",
                "/training/events/*", "/training/programmes/*", "/training/countries/*", "/api/v1/training/programmes/*/targets");
    }

    @Bean
    GuardedPaths trainingPlanning() {
        return GuardedPaths.writes(List.of("/api/v1/training/courses", "/api/v1/training/courses/*", "/api/v1/training/events",
                        "/api/v1/training/programmes/*/targets", "/training/programmes/*/targets"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }

    @Bean
    GuardedPaths trainingRunning() {
        return GuardedPaths.writes(List.of("/api/v1/training/events/*/status", "/api/v1/training/events/*/invitations",
                        "/api/v1/training/events/*/registrations/import"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER);
    }

    /** Reading who registered (registering, a POST on the same path, is open to anyone signed in). */
    @Bean
    GuardedPaths trainingPeople() {
        return new GuardedPaths(List.of("/api/v1/training/events/*/registrations"), java.util.Set.of("GET"),
                java.util.Set.of(Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER));
    }
}
