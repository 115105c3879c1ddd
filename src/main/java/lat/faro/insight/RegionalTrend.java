package lat.faro.insight;

import java.util.List;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;

/**
 * How the region stood on one element round after round: per published national round, oldest
 * first, the countries at each stage. Rounds of the element's own framework count its results as
 * they are; a round of another edition counts, per country, the lowest stage of the units the
 * edition mapping links into the element (only when all of them have a result), and is marked
 * approximate unless the link is a single equivalence.
 *
 * @param elementId the factor or aspect
 * @param framework the framework of the newest round that has the element, whose ids and names count
 */
public record RegionalTrend(String elementId, FrameworkRef framework, List<Point> rounds) {

    public RegionalTrend {
        rounds = List.copyOf(rounds);
    }

    /**
     * One round.
     *
     * @param distribution the countries at each stage, or null when the round's edition has no comparable element
     * @param comparedWith the element itself, or the older edition's units linked into it
     */
    public record Point(long roundId, String label, String framework, @Nullable StageDistribution distribution,
            List<String> comparedWith, boolean approximate) {

        public Point {
            comparedWith = List.copyOf(comparedWith);
        }
    }
}
