package lat.faro.insight;

import java.util.Map;
import lat.faro.shared.AuditableEvent;

/** A file of historic results was imported. */
public record HistoricResultsImported(long batchId, String fileName, String sha256, int added, int replaced, int unchanged,
        String actor) implements AuditableEvent {

    @Override
    public String action() {
        return "insight.import.committed";
    }

    @Override
    public String subject() {
        return "import:" + batchId;
    }

    @Override
    public Map<String, String> details() {
        return Map.of("file", fileName, "sha256", sha256, "added", Integer.toString(added), "replaced",
                Integer.toString(replaced), "unchanged", Integer.toString(unchanged));
    }
}
