package lat.faro.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One unmet indicator of the next stage of a unit, with the plan the coordinator set for it.
 *
 * @param currentStage the unit's stage now; the indicator belongs to {@code currentStage + 1}
 */
public record RoadmapItem(String dimensionId, String factorId, String unitId, int currentStage, String indicatorId,
        Outcome outcome, @Nullable Priority priority, @Nullable String owner, @Nullable LocalDate targetDate) {
}
