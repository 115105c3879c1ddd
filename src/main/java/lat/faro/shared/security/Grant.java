package lat.faro.shared.security;

import java.util.Optional;

/**
 * A role within a scope, e.g. national coordinator for country {@code AR}. Grants travel inside
 * Spring Security as authorities of the form {@code GRANT:ROLE:KIND:VALUE}; the value is
 * {@code *} for the programme scope.
 */
public record Grant(Role role, ScopeKind kind, String value) {

    static final String PREFIX = "GRANT:";

    public Grant {
        if (kind == ScopeKind.PROGRAMME) {
            value = "*";
        } else if (value == null || value.isBlank() || value.contains(":")) {
            throw new IllegalArgumentException("a " + kind + " grant needs a value");
        }
    }

    public static Grant programme(Role role) {
        return new Grant(role, ScopeKind.PROGRAMME, "*");
    }

    public static Grant country(Role role, String countryCode) {
        return new Grant(role, ScopeKind.COUNTRY, countryCode);
    }

    public static Grant organisation(Role role, long organisationId) {
        return new Grant(role, ScopeKind.ORGANISATION, Long.toString(organisationId));
    }

    public String authority() {
        return PREFIX + role + ":" + kind + ":" + value;
    }

    /** Reads an authority written by {@link #authority()}; anything else is empty. */
    public static Optional<Grant> parse(String authority) {
        if (authority == null || !authority.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = authority.substring(PREFIX.length()).split(":", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Grant(Role.valueOf(parts[0]), ScopeKind.valueOf(parts[1]), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
