package lat.faro.insight;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lat.faro.framework.FrameworkRef;

/**
 * The regional statistics of one round: for every factor and aspect of its framework, how the
 * member states in scope stand.
 *
 * @param inScope  the member states the filter covers
 * @param sources  country → {@code assessment} (published in Faro) or {@code imported}
 */
public record RoundStatistics(long roundId, String label, FrameworkRef framework, StatisticsFilter filter,
        List<String> inScope, Map<String, String> sources, List<StageDistribution> elements) {

    public RoundStatistics {
        inScope = List.copyOf(inScope);
        sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources)); // by country code
        elements = List.copyOf(elements);
    }

    public Optional<StageDistribution> element(String id) {
        return elements.stream().filter(e -> e.elementId().equals(id)).findFirst();
    }
}
