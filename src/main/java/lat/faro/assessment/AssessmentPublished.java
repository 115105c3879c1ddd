package lat.faro.assessment;

import java.util.Map;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;

/** An assessment revision was published; it replaces the previous published revision, if any. */
public record AssessmentPublished(long assessmentId, String country, long roundId, FrameworkRef framework, int revision, @Nullable Long supersededId, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.published";
    }

    @Override
    public Map<String, String> values() {
        return supersededId == null ? Map.of("round", Long.toString(roundId), "revision", Integer.toString(revision)) : Map.of("round", Long.toString(roundId), "revision", Integer.toString(revision), "supersedes", supersededId.toString());
    }
}
