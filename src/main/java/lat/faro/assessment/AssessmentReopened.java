package lat.faro.assessment;

import java.util.Map;

/** A published assessment was reopened as a new draft revision; the published one stays readable. */
public record AssessmentReopened(long assessmentId, String country, long publishedId, int revision, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.reopened";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("published", Long.toString(publishedId), "revision", Integer.toString(revision));
    }
}
