package lat.faro.directory;

import static lat.faro.shared.security.Role.ADMIN;
import static lat.faro.shared.security.Role.NATIONAL_COORDINATOR;
import static lat.faro.shared.security.Role.PROGRAMME_COORDINATOR;

import java.util.Set;
import lat.faro.shared.security.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which organisations: administrators and programme coordinators
 * everywhere, national coordinators in their own country; organisations without a country only
 * administrators and programme coordinators with a programme-wide grant.
 */
@Component
class OrganisationPermissions {

    private final Access access;

    OrganisationPermissions(Access access) {
        this.access = access;
    }

    boolean mayManageAny() {
        return access.hasRole(ADMIN, PROGRAMME_COORDINATOR, NATIONAL_COORDINATOR);
    }

    boolean mayManage(@Nullable String country) {
        return country == null
                ? access.programmeWide(ADMIN, PROGRAMME_COORDINATOR)
                : access.coversCountry(country, ADMIN, PROGRAMME_COORDINATOR, NATIONAL_COORDINATOR);
    }

    /** The countries the person may manage; {@code *} stands for all of them. */
    Set<String> countries() {
        return access.countriesFor(ADMIN, PROGRAMME_COORDINATOR, NATIONAL_COORDINATOR);
    }

    void requireAny() {
        if (!mayManageAny()) {
            throw new AccessDeniedException("may not manage organisations");
        }
    }

    void require(@Nullable String country) {
        if (!mayManage(country)) {
            throw new AccessDeniedException("may not manage organisations in " + (country == null ? "the region" : country));
        }
    }

    String actor() {
        String name = access.userName();
        return name == null ? "system" : name;
    }
}
