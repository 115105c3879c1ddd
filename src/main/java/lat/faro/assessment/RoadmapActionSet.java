package lat.faro.assessment;

import java.util.Map;

/** A coordinator set the priority, owner or target date of a roadmap item. */
public record RoadmapActionSet(long assessmentId, String country, String indicatorId, Priority priority, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.roadmap.set";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("indicator", indicatorId, "priority", priority.name());
    }
}
