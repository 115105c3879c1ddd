package lat.faro.assessment;

import java.util.Map;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;

/** An assessment was started in a round, possibly from the previous round's judgements. */
public record AssessmentStarted(long assessmentId, String country, long roundId, FrameworkRef framework, @Nullable Long carriedFromId, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.started";
    }

    @Override
    public Map<String, String> values() {
        return carriedFromId == null ? Map.of("round", Long.toString(roundId), "framework", framework.toString()) : Map.of("round", Long.toString(roundId), "framework", framework.toString(), "carriedFrom", carriedFromId.toString());
    }
}
