package lat.faro.shared.security;

import java.util.List;
import java.util.Set;

/**
 * Paths that only holders of some roles may reach at all, checked by the security chain before
 * anything else happens (before a request body is even read). Finer checks of scope (which
 * country, which organisation) stay in the module's service; this is the coarse first gate, so
 * that a person without any of the roles is refused with 403 whatever they send.
 *
 * @param patterns path patterns, e.g. {@code /organisations/manage/**}
 * @param methods  the HTTP methods guarded; empty means every method
 * @param anyOf    the roles, any one of which (in any scope) lets the request through
 */
public record GuardedPaths(List<String> patterns, Set<String> methods, Set<Role> anyOf) {

    /** Every method on these paths. */
    public static GuardedPaths all(List<String> patterns, Role... anyOf) {
        return new GuardedPaths(List.copyOf(patterns), Set.of(), Set.of(anyOf));
    }

    /** Only the methods that change something (POST, PUT, PATCH, DELETE). */
    public static GuardedPaths writes(List<String> patterns, Role... anyOf) {
        return new GuardedPaths(List.copyOf(patterns), Set.of("POST", "PUT", "PATCH", "DELETE"), Set.of(anyOf));
    }
}
