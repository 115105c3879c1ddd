package lat.faro.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.ScoringUnit;

/**
 * The stage distributions of a round, as a pure function of the framework, the countries in
 * scope and each country's stage per element. For every factor and every aspect, in framework
 * order: an aspect (or aspect-less factor) takes the country's stage for it; a factor with
 * aspects takes the stage given for the factor itself (imported results may give one), or else
 * the lowest stage of its aspects, and is then marked derived — but only when every aspect of it
 * has a stage for that country.
 */
final class Distributions {

    private Distributions() {
    }

    static List<StageDistribution> of(Framework framework, Collection<String> countriesInScope,
            Map<String, Map<String, Integer>> stagesByCountry) {
        Set<String> scope = new TreeSet<>(countriesInScope);
        List<StageDistribution> result = new ArrayList<>();
        for (Dimension dimension : framework.dimensions()) {
            for (Factor factor : dimension.factors()) {
                if (factor.hasAspects()) {
                    result.add(factor(factor, scope, stagesByCountry));
                    for (ScoringUnit aspect : factor.units()) {
                        result.add(element(aspect.id(), "aspect", scope, stagesByCountry));
                    }
                } else {
                    result.add(element(factor.id(), "factor", scope, stagesByCountry));
                }
            }
        }
        return result;
    }

    private static StageDistribution element(String id, String kind, Set<String> scope,
            Map<String, Map<String, Integer>> stages) {
        Map<Integer, List<String>> byStage = new TreeMap<>();
        List<String> notAssessed = new ArrayList<>();
        for (String country : scope) {
            Integer stage = stages.getOrDefault(country, Map.of()).get(id);
            if (stage == null) {
                notAssessed.add(country);
            } else {
                byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(country);
            }
        }
        return new StageDistribution(id, kind, false, byStage, notAssessed);
    }

    private static StageDistribution factor(Factor factor, Set<String> scope, Map<String, Map<String, Integer>> stages) {
        Map<Integer, List<String>> byStage = new TreeMap<>();
        List<String> notAssessed = new ArrayList<>();
        boolean derived = false;
        for (String country : scope) {
            Map<String, Integer> own = stages.getOrDefault(country, Map.of());
            Integer stage = own.get(factor.id());
            if (stage == null) {
                Integer lowest = null;
                for (ScoringUnit aspect : factor.units()) {
                    Integer s = own.get(aspect.id());
                    if (s == null) {
                        lowest = null;
                        break;
                    }
                    lowest = lowest == null ? s : Math.min(lowest, s);
                }
                if (lowest != null) {
                    derived = true;
                }
                stage = lowest;
            }
            if (stage == null) {
                notAssessed.add(country);
            } else {
                byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(country);
            }
        }
        return new StageDistribution(factor.id(), "factor", derived, byStage, notAssessed);
    }
}
