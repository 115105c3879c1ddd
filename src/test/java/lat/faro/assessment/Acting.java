package lat.faro.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a given person with given grants, as the security chain would set them up. */
final class Acting {

    private Acting() {
    }

    static <T> T as(String user, List<Grant> grants, Supplier<T> call) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Grant g : grants) {
            authorities.add(new SimpleGrantedAuthority(g.authority()));
            authorities.add(new SimpleGrantedAuthority(g.role().authority()));
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, "n/a", authorities));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static void run(String user, List<Grant> grants, Runnable call) {
        as(user, grants, () -> {
            call.run();
            return null;
        });
    }

    static List<Grant> coordinator() {
        return List.of(Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static List<Grant> admin() {
        return List.of(Grant.programme(Role.ADMIN));
    }

    static List<Grant> national(String country) {
        return List.of(Grant.country(Role.NATIONAL_COORDINATOR, country));
    }

    static List<Grant> assessor(String country) {
        return List.of(Grant.country(Role.ASSESSOR, country));
    }

    static List<Grant> reviewer() {
        return List.of(Grant.programme(Role.REVIEWER));
    }
}
