package lat.faro.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A programme target as a coordinator sets it.
 *
 * @param value       how many countries or people, or the gain to reach (0 to 1)
 * @param countryRole for {@link Kind#COUNTRIES_REACHED}: count only the programme's countries in
 *                    this role (e.g. {@code BENEFICIARY}); null counts any member state
 * @param sector      for {@link Kind#PEOPLE_TRAINED}: count only people of this sector; null counts all
 */
public record TargetDraft(String programme, @Nullable Kind kind, @Nullable BigDecimal value, @Nullable LocalDate dueOn,
        @Nullable String countryRole, RegistrationForm.@Nullable Sector sector) {

    /** What a target counts. */
    public enum Kind {
        /** Member states where at least one event of the programme's courses was completed. */
        COUNTRIES_REACHED,
        /** Distinct people with a confirmed place in a completed event of the programme's courses. */
        PEOPLE_TRAINED,
        /** The mean individual normalised gain of the learners of those events (0 to 1, three decimals). */
        MEAN_GAIN
    }
}
