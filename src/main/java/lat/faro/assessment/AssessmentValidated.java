package lat.faro.assessment;

import java.util.Map;

/** The country validated the reviewed assessment. */
public record AssessmentValidated(long assessmentId, String country, int revision, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.validated";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("revision", Integer.toString(revision));
    }
}
