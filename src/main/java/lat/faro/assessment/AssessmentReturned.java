package lat.faro.assessment;

import java.util.Map;

/** A reviewer sent an assessment back to draft. */
public record AssessmentReturned(long assessmentId, String country, int revision, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.returned";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("revision", Integer.toString(revision));
    }
}
