package lat.faro.training.web;

import java.util.List;
import java.util.Set;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The question banks and learning gains, at the security chain: a participant is refused with 403
 * before any request body is read. Programme staff write a bank; they and trainers read it and
 * the gain (the service then checks that the trainer trains the course or the event). Taking a
 * test and reading one's own result are for anyone signed in: the service checks the person's
 * confirmed registration and answers 404 for another's result.
 */
@Configuration(proxyBeanMethods = false)
class TestPaths {

    static final String BANK = "/api/v1/training/courses/*/questions";

    @Bean
    GuardedPaths trainingQuestionBankReading() {
        return new GuardedPaths(List.of(BANK), Set.of("GET", "HEAD"), Set.of(Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER));
    }

    @Bean
    GuardedPaths trainingQuestionBankWriting() {
        return GuardedPaths.writes(List.of(BANK), Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }

    @Bean
    GuardedPaths trainingGain() {
        return GuardedPaths.all(List.of("/api/v1/training/events/*/gain", "/training/events/*/gain", "/training/events/*/gain.csv"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER);
    }
}
