package lat.faro.insight;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file would do (or did): the rounds it touches and how many results it adds,
 * replaces or leaves as they are.
 *
 * @param rows      data rows read, duplicates of another row included
 * @param unchanged results already stored with the same stage
 */
public record ImportPreview(String fileName, String sha256, int rows, List<RoundChange> rounds, int added, int replaced,
        int unchanged) {

    public ImportPreview {
        rounds = List.copyOf(rounds);
    }

    /** One round the file writes into: created by the import or already there ({@code roundId} null until created). */
    public record RoundChange(@Nullable Long roundId, String label, String framework, boolean created, int countries,
            int results, boolean published) {
    }

    public boolean changesNothing() {
        return added == 0 && replaced == 0;
    }
}
