package lat.faro.assessment;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An evidence item was attached to an indicator. */
public record EvidenceAdded(long assessmentId, String country, long evidenceId, String indicatorId, EvidenceKind kind, @Nullable String sha256, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.evidence.added";
    }

    @Override
    public Map<String, String> values() {
        return sha256 == null ? Map.of("evidence", Long.toString(evidenceId), "indicator", indicatorId, "kind", kind.name()) : Map.of("evidence", Long.toString(evidenceId), "indicator", indicatorId, "kind", kind.name(), "sha256", sha256);
    }
}
