package lat.faro.shared.security;

/** What a person may do in Faro. Each role is granted within a {@link ScopeKind scope}. */
public enum Role {
    ADMIN,
    PROGRAMME_COORDINATOR,
    NATIONAL_COORDINATOR,
    ASSESSOR,
    REVIEWER,
    AGENCY_OFFICER,
    TRAINER,
    PARTICIPANT;

    /** The coarse Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
