package lat.faro.assessment;

import java.util.Map;
import lat.faro.framework.FrameworkRef;

/** An admin moved an assessment to a newer framework version. */
public record AssessmentMigrated(long assessmentId, String country, FrameworkRef from, FrameworkRef to, int carried, int dropped, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.migrated";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("from", from.toString(), "to", to.toString(), "carried", Integer.toString(carried), "dropped", Integer.toString(dropped));
    }
}
