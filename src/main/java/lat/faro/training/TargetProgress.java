package lat.faro.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A target and how far the programme is towards it, computed from the training data now.
 *
 * @param achieved    the countries or people counted so far (up to the due date), or the mean gain
 *                    (0 while nobody has one)
 * @param share       achieved / target, exact to four decimals (may exceed 1)
 * @param countries   for countries reached: the member states counted, in code order
 * @param bySector    for people trained: how many per sector
 * @param byGender    for people trained: how many per gender given, "NOT_GIVEN" for none
 * @param gains       for the mean gain: the learners counted and how their gains spread; null for other kinds
 */
public record TargetProgress(long id, String programme, TargetDraft.Kind kind, BigDecimal target, LocalDate dueOn,
        @Nullable String countryRole, RegistrationForm.@Nullable Sector sector, BigDecimal achieved, BigDecimal share,
        boolean met, boolean overdue, List<String> countries, Map<String, Integer> bySector, Map<String, Integer> byGender,
        @Nullable GainDistribution gains) {

    public TargetProgress {
        countries = List.copyOf(countries);
        bySector = Map.copyOf(bySector);
        byGender = Map.copyOf(byGender);
    }
}
