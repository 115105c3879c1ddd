package lat.faro.training.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The question bank pages at the security chain: anyone else is refused with 403 before a form is
 * read. Programme staff and trainers read a bank and its preview (the service then checks that the
 * trainer trains one of the course's events); only programme staff open the forms that change it.
 * The two sets of paths do not overlap, so the order of the chain's rules does not matter.
 */
@Configuration(proxyBeanMethods = false)
class QuestionBankPaths {

    @Bean
    GuardedPaths trainingQuestionBankPages() {
        return GuardedPaths.all(List.of("/training/courses/*/questions", "/training/courses/*/questions/preview"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER);
    }

    @Bean
    GuardedPaths trainingQuestionBankForms() {
        return GuardedPaths.all(List.of("/training/courses/*/questions/new", "/training/courses/*/questions/*/edit",
                "/training/courses/*/questions/*/remove", "/training/courses/*/questions/*/move"),
                Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }
}
