package lat.faro.assessment;

import java.util.Map;

/** A stakeholder consultation session (or a statement of it) was recorded. */
public record ConsultationRecorded(long assessmentId, String country, long sessionId, int statements, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.consultation.recorded";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("session", Long.toString(sessionId), "statements", Integer.toString(statements));
    }
}
