package lat.faro.insight;

import java.util.List;
import java.util.Map;

/**
 * How the countries of a round stand on one element (a factor or an aspect): how many were
 * assessed on it, and how many are at each stage, with the countries by stage. Countries in scope
 * but not assessed on it are counted apart and never in a denominator.
 *
 * @param kind         {@code aspect} or {@code factor}
 * @param derived      true for a factor with aspects whose stage per country is derived from its
 *                     aspects (the lowest of them) rather than given
 * @param byStage      stage 1..5 → the countries at it (alpha-2 codes, sorted)
 * @param notAssessed  countries in scope without a result for this element
 */
public record StageDistribution(String elementId, String kind, boolean derived, Map<Integer, List<String>> byStage,
        List<String> notAssessed) {

    public StageDistribution {
        byStage = Map.copyOf(byStage);
        notAssessed = List.copyOf(notAssessed);
    }

    /** Each assessed country's stage, by country code. */
    public Map<String, Integer> stageByCountry() {
        Map<String, Integer> stages = new java.util.TreeMap<>();
        byStage.forEach((stage, countries) -> countries.forEach(c -> stages.put(c, stage)));
        return stages;
    }

    public int assessed() {
        return byStage.values().stream().mapToInt(List::size).sum();
    }

    public int count(int stage) {
        return byStage.getOrDefault(stage, List.of()).size();
    }

    /** The share of assessed countries at one stage. */
    public Share share(int stage) {
        return new Share(count(stage), assessed());
    }

    /** The share of assessed countries at any stage from {@code from} to {@code to}, both included. */
    public Share range(int from, int to) {
        int count = 0;
        for (int stage = Math.max(1, from); stage <= Math.min(5, to); stage++) {
            count += count(stage);
        }
        return new Share(count, assessed());
    }
}
