package lat.faro.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import lat.faro.shared.AuditableEvent;

/**
 * What the assessment events share: the assessment they are about, its country, and how they
 * appear in the audit trail. Each event adds its own action name and values.
 */
public sealed interface AssessmentEvent extends AuditableEvent permits AssessmentStarted, JudgementRecorded,
        EvidenceAdded, EvidenceRemoved, AssessmentSubmitted, AssessmentReturned, AssessmentValidated,
        AssessmentPublished, AssessmentReopened, AssessmentMigrated, ConsultationRecorded, DecisionRecorded,
        CommentAdded, RoadmapActionSet, AssessmentImported {

    long assessmentId();

    String country();

    @Override
    default String subject() {
        return "assessment:" + assessmentId();
    }

    /** The event's own values, beside the country. */
    default Map<String, String> values() {
        return Map.of();
    }

    @Override
    default Map<String, String> details() {
        var details = new LinkedHashMap<String, String>();
        details.put("country", country());
        details.putAll(values());
        return details;
    }
}
