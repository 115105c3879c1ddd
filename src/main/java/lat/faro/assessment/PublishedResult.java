package lat.faro.assessment;

import java.time.Instant;
import java.util.Map;
import lat.faro.framework.FrameworkRef;

/**
 * The published result of one country in a round: the stage of every unit of its framework.
 * Only published revisions ever appear here, so it is safe for public statistics.
 *
 * @param stages unit id → stage 1..5; a unit whose every indicator above start-up was judged not
 *               applicable is absent
 * @param incomplete unit ids published with an unanswered indicator that could have changed the stage
 */
public record PublishedResult(long assessmentId, long roundId, String roundLabel, String country, int revision,
        FrameworkRef framework, Instant publishedAt, Map<String, Integer> stages, java.util.Set<String> incomplete) {

    public PublishedResult {
        stages = Map.copyOf(stages);
        incomplete = java.util.Set.copyOf(incomplete);
    }
}
