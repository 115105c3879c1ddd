package lat.faro.shared.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Answers "may the current person do this here?" from the grants carried by the signed-in
 * authentication. Every module authorises through this bean (also as {@code @access} in
 * {@code @PreAuthorize} expressions), so that scope rules live in one place.
 *
 * <p>A programme-wide grant covers every country and organisation; a country grant covers that
 * country and the organisations in it; an organisation grant covers only that organisation.
 */
@Component("access")
public class Access {

    /** Authority held by a session that has passed the password but not yet the second factor. */
    public static final String MFA_PENDING = "MFA_PENDING";

    /** The grants of the current request's principal; empty when anonymous or half signed in. */
    public List<Grant> grants() {
        Authentication auth = current();
        if (auth == null) {
            return List.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(a -> Grant.parse(a).stream())
                .toList();
    }

    /** True when someone is fully signed in (both factors where required). */
    public boolean signedIn() {
        return current() != null;
    }

    /** The signed-in person's user name (e-mail), or null. */
    public @Nullable String userName() {
        Authentication auth = current();
        return auth == null ? null : auth.getName();
    }

    /** True when the person holds any of the roles, in any scope. */
    public boolean hasRole(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return grants().stream().anyMatch(g -> wanted.contains(g.role()));
    }

    /** True when the person holds any of the roles for the whole programme. */
    public boolean programmeWide(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return grants().stream().anyMatch(g -> wanted.contains(g.role()) && g.kind() == ScopeKind.PROGRAMME);
    }

    /** True when one of the roles is granted programme-wide or for this country. */
    public boolean coversCountry(@Nullable String countryCode, Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return grants().stream().anyMatch(g -> wanted.contains(g.role())
                && (g.kind() == ScopeKind.PROGRAMME
                        || (g.kind() == ScopeKind.COUNTRY && g.value().equals(countryCode))));
    }

    /**
     * True when one of the roles is granted programme-wide, for the organisation's country, or for
     * the organisation itself.
     */
    public boolean coversOrganisation(long organisationId, @Nullable String countryCode, Role... roles) {
        if (coversCountry(countryCode, roles)) {
            return true;
        }
        Set<Role> wanted = Set.of(roles);
        String id = Long.toString(organisationId);
        return grants().stream().anyMatch(g -> wanted.contains(g.role())
                && g.kind() == ScopeKind.ORGANISATION && g.value().equals(id));
    }

    /** The countries in which one of the roles is granted; all countries when {@code null} is in the set. */
    public Set<String> countriesFor(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return grants().stream()
                .filter(g -> wanted.contains(g.role()))
                .map(g -> g.kind() == ScopeKind.PROGRAMME ? "*" : g.kind() == ScopeKind.COUNTRY ? g.value() : "")
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }

    private static @Nullable Authentication current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        boolean pending = auth.getAuthorities().stream().anyMatch(a -> MFA_PENDING.equals(a.getAuthority()));
        return pending ? null : auth;
    }

    @Override
    public String toString() {
        return "Access" + Arrays.toString(grants().toArray());
    }
}
