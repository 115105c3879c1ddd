package lat.faro.assessment;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The judgement of an indicator (or the tier of a control) was saved. */
public record JudgementRecorded(long assessmentId, String country, String indicatorId, Outcome outcome, @Nullable Integer tier, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.judgement.recorded";
    }

    @Override
    public Map<String, String> values() {
        return tier == null ? Map.of("indicator", indicatorId, "outcome", outcome.name()) : Map.of("indicator", indicatorId, "outcome", outcome.name(), "tier", tier.toString());
    }
}
