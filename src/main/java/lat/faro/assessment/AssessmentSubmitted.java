package lat.faro.assessment;

import java.util.Map;

/** A draft was sent for review. */
public record AssessmentSubmitted(long assessmentId, String country, int revision, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.submitted";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("revision", Integer.toString(revision));
    }
}
