package lat.faro.insight;

import java.util.Map;
import lat.faro.shared.AuditableEvent;

/** A round's imported results were published: from now on they count in the statistics. */
public record ImportedRoundPublished(long roundId, String label, int results, String actor) implements AuditableEvent {

    @Override
    public String action() {
        return "insight.round.published";
    }

    @Override
    public String subject() {
        return "round:" + roundId;
    }

    @Override
    public Map<String, String> details() {
        return Map.of("label", label, "results", Integer.toString(results));
    }
}
