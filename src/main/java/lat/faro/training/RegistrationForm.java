package lat.faro.training;

import org.jspecify.annotations.Nullable;

/**
 * What a person gives to register for an event.
 *
 * @param consentVersion the version of the privacy notice they accepted; it must be the current one
 * @param gender         optional, for disaggregated figures only; "prefer not to say" is a value
 * @param invitation     the signed invitation token, for events that take invitations only
 */
public record RegistrationForm(String email, String fullName, String organisation, @Nullable String jobTitle,
        @Nullable Sector sector, @Nullable Gender gender, @Nullable String consentVersion, @Nullable String invitation) {

    /** A registration without an invitation link (events open to anyone). */
    public RegistrationForm(String email, String fullName, String organisation, @Nullable String jobTitle,
            @Nullable Sector sector, @Nullable Gender gender, @Nullable String consentVersion) {
        this(email, fullName, organisation, jobTitle, sector, gender, consentVersion, null);
    }

    /** Where the person works. */
    public enum Sector { GOVERNMENT, CRITICAL_INFRASTRUCTURE, PRIVATE, ACADEMIA, CIVIL_SOCIETY, INTERNATIONAL, OTHER }

    public enum Gender { FEMALE, MALE, OTHER, PREFER_NOT_TO_SAY }
}
