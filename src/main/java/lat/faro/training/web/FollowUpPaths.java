package lat.faro.training.web;

import java.util.List;
import java.util.Set;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follow-up survey's form is open to anyone holding its link (the signed token is the
 * credential; CSRF applies to the answer as to every form). Its results are for the event's
 * trainers and programme staff (the service then checks the trainer trains that event).
 */
@Configuration(proxyBeanMethods = false)
class FollowUpPaths {

    @Bean
    PublicPaths followUpPublicPaths() {
        return PublicPaths.anyMethod("/training/follow-up/*");
    }

    @Bean
    GuardedPaths followUpResults() {
        return new GuardedPaths(List.of("/training/events/*/follow-up"), Set.of(),
                Set.of(Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER));
    }
}
