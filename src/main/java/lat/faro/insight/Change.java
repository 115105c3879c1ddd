package lat.faro.insight;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one country's stage for one element moved since its previous round with a result for it.
 *
 * @param previousElements the element(s) of the previous round compared with: the same id in the
 *                         same framework, or the units the edition mapping links to it
 * @param previousStage    the stage compared with: the previous element's, or the lowest of
 *                         several linked ones
 * @param approximate      true when the comparison goes through a mapping that is not an exact
 *                         equivalence (subset, superset, intersect, or several units)
 */
public record Change(String country, String elementId, int stage, long previousRoundId, String previousRound,
        List<String> previousElements, int previousStage, Direction direction, boolean approximate,
        @Nullable String relation) {

    public Change {
        previousElements = List.copyOf(previousElements);
    }

    /** Up, down or the same. */
    public enum Direction { UP, DOWN, SAME }
}
