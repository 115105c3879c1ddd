package lat.faro.assessment;

import java.util.Map;

/** An evidence item was removed from a draft. */
public record EvidenceRemoved(long assessmentId, String country, long evidenceId, String indicatorId, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.evidence.removed";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("evidence", Long.toString(evidenceId), "indicator", indicatorId);
    }
}
