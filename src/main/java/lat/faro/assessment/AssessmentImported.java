package lat.faro.assessment;

import java.util.Map;

/** An admin imported an assessment revision from an exported document, with its status. */
public record AssessmentImported(long assessmentId, String country, long roundId, int revision, AssessmentStatus status,
        String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.imported";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("round", Long.toString(roundId), "revision", Integer.toString(revision), "status", status.name());
    }
}
