package lat.faro.assessment.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.JudgementInput;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.assessment.Transition;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people the assessment pages' tests act as, and the service calls that set the scene. */
final class Actors {

    static final FrameworkRef NATIONAL_2021 = new FrameworkRef("faro-national-2021", "1.0.0");

    private Actors() {}

    static RequestPostProcessor programmeCoordinator() {
        return person("pc@example.org", Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static RequestPostProcessor nationalCoordinator(String country) {
        return person("nc." + country.toLowerCase(Locale.ROOT) + "@example.org", Grant.country(Role.NATIONAL_COORDINATOR, country));
    }

    static RequestPostProcessor reviewer(String country) {
        return person("reviewer." + country.toLowerCase(Locale.ROOT) + "@example.org", Grant.country(Role.REVIEWER, country));
    }

    static RequestPostProcessor person(String email, Grant... grants) {
        return user(email).authorities(authorities(grants));
    }

    /** Each grant's authority, and the role's coarse authority that the security chain's first gate checks. */
    static List<GrantedAuthority> authorities(Grant... grants) {
        List<GrantedAuthority> result = new ArrayList<>();
        for (Grant g : grants) {
            result.add(new SimpleGrantedAuthority(g.authority()));
            result.add(new SimpleGrantedAuthority(g.role().authority()));
        }
        return result;
    }

    /** Runs a service call as someone holding the grants. */
    static <T> T as(String email, Supplier<T> action, Grant... grants) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, "n/a", authorities(grants)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static <T> T asCoordinatorOf(String country, Supplier<T> action) {
        return as("nc." + country.toLowerCase(Locale.ROOT) + "@example.org", action,
                Grant.country(Role.NATIONAL_COORDINATOR, country));
    }

    static <T> T asProgrammeCoordinator(Supplier<T> action) {
        return as("pc@example.org", action, Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static String unique(String label) {
        return label + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static RoundView newRound(AssessmentManagement management) {
        return asProgrammeCoordinator(() -> management.createRound(
                new RoundDraft(unique("Round"), RoundKind.NATIONAL, NATIONAL_2021, null, null, null)));
    }

    static AssessmentView start(AssessmentManagement management, RoundView round, String country) {
        return asCoordinatorOf(country, () -> management.start(round.id(), country, null, false));
    }

    static void meet(AssessmentManagement management, AssessmentView a, String... indicators) {
        asCoordinatorOf(a.country(), () -> {
            for (String indicator : indicators) {
                management.judge(a.id(), indicator, new JudgementInput(Outcome.MET, null, null, null, null));
            }
            return null;
        });
    }

    /** Submits (country), validates (country) and, when asked, publishes (programme) the assessment. */
    static void advance(AssessmentManagement management, AssessmentView a, boolean publish) {
        asCoordinatorOf(a.country(), () -> {
            management.transition(a.id(), Transition.SUBMIT, null, null);
            return management.transition(a.id(), Transition.VALIDATE, null, null);
        });
        if (publish) {
            asProgrammeCoordinator(() -> management.transition(a.id(), Transition.PUBLISH, null, null));
        }
    }

    static void submit(AssessmentManagement management, AssessmentView a) {
        asCoordinatorOf(a.country(), () -> management.transition(a.id(), Transition.SUBMIT, null, null));
    }
}
