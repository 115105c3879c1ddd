package lat.faro.directory.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people the directory's tests act as. */
final class Users {

    private Users() {}

    static RequestPostProcessor admin() {
        return user("admin@example.org").authorities(
                new SimpleGrantedAuthority(Grant.programme(Role.ADMIN).authority()),
                new SimpleGrantedAuthority(Role.ADMIN.authority()));
    }

    static RequestPostProcessor programmeCoordinator() {
        return user("pc@example.org").authorities(
                new SimpleGrantedAuthority(Grant.programme(Role.PROGRAMME_COORDINATOR).authority()),
                new SimpleGrantedAuthority(Role.PROGRAMME_COORDINATOR.authority()));
    }

    static RequestPostProcessor nationalCoordinator(String country) {
        return user("nc." + country.toLowerCase(java.util.Locale.ROOT) + "@example.org").authorities(
                new SimpleGrantedAuthority(Grant.country(Role.NATIONAL_COORDINATOR, country).authority()),
                new SimpleGrantedAuthority(Role.NATIONAL_COORDINATOR.authority()));
    }

    static RequestPostProcessor participant() {
        return user("participant@example.org").authorities(
                new SimpleGrantedAuthority(Grant.programme(Role.PARTICIPANT).authority()),
                new SimpleGrantedAuthority(Role.PARTICIPANT.authority()));
    }
}
