package lat.faro.assessment;

import java.util.Map;

/** A divergence was adjudicated and its rationale entered in the decision log. */
public record DecisionRecorded(long assessmentId, String country, long decisionId, String elementId, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.decision.recorded";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("decision", Long.toString(decisionId), "element", elementId);
    }
}
