package lat.faro.assessment.web;

import lat.faro.assessment.RoadmapItem;
import org.jspecify.annotations.Nullable;

/** The plan of one roadmap item as typed: priority, owner and target date (yyyy-mm-dd). */
record PlanForm(@Nullable String priority, @Nullable String owner, @Nullable String targetDate) {

    static PlanForm of(RoadmapItem item) {
        return new PlanForm(item.priority() == null ? null : item.priority().name(), item.owner(),
                item.targetDate() == null ? null : item.targetDate().toString());
    }
}
