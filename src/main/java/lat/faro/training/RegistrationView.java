package lat.faro.training;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registration as its holder, the event's trainers and programme staff see it.
 *
 * @param waitingPosition the place on the waiting list (1 = next in), or null when not waiting
 */
public record RegistrationView(long id, long eventId, String email, String fullName, String organisation,
        @Nullable String jobTitle, RegistrationForm.Sector sector, RegistrationForm.@Nullable Gender gender,
        RegistrationStatus status, @Nullable Integer waitingPosition, String consentVersion, Instant consentedAt,
        Instant registeredAt) {
}
