package lat.faro.training;

import org.jspecify.annotations.Nullable;

/**
 * What a person gives to register for an event.
 *
 * @param consentVersion the version of the privacy notice they accepted; it must be the current one
 * @param gender         optional, for disaggregated figures only; "prefer not to say" is a value
 */
public record RegistrationForm(String email, String fullName, String organisation, @Nullable String jobTitle,
        @Nullable Sector sector, @Nullable Gender gender, @Nullable String consentVersion) {

    /** Where the person works. */
    public enum Sector { GOVERNMENT, CRITICAL_INFRASTRUCTURE, PRIVATE, ACADEMIA, CIVIL_SOCIETY, INTERNATIONAL, OTHER }

    public enum Gender { FEMALE, MALE, OTHER, PREFER_NOT_TO_SAY }
}
