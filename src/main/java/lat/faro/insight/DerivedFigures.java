package lat.faro.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.ScoringUnit;
import org.jspecify.annotations.Nullable;

/**
 * Figures that the maturity model does not define and Faro derives for charts, always labelled
 * "derived" where they are shown: a dimension's mean stage, and the regional median stage of an
 * element. Stages are ordinal, so these are summaries for orientation, never a stage themselves.
 * Means are exact to two decimals (half up); a median of an even count is the midpoint of the two
 * middle stages.
 */
public final class DerivedFigures {

    private DerivedFigures() {
    }

    /**
     * Per dimension, in framework order, the mean stage of the scoring units (aspects, or factors
     * without aspects) the country has a stage for; dimensions with none are left out.
     */
    public static Map<String, BigDecimal> dimensionMeans(Framework framework, Map<String, Integer> stages) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (Dimension dimension : framework.dimensions()) {
            int sum = 0;
            int count = 0;
            for (Factor factor : dimension.factors()) {
                for (ScoringUnit unit : factor.units()) {
                    Integer stage = stages.get(unit.id());
                    if (stage != null) {
                        sum += stage;
                        count++;
                    }
                }
            }
            if (count > 0) {
                means.put(dimension.id(), mean(sum, count));
            }
        }
        return means;
    }

    /**
     * Per dimension, the mean over the countries with results of each country's dimension mean:
     * every country weighs the same, however many aspects it was assessed on.
     */
    public static Map<String, BigDecimal> regionalDimensionMeans(Framework framework, RoundStatistics region) {
        Map<String, List<BigDecimal>> perDimension = new LinkedHashMap<>();
        for (String country : region.sources().keySet()) {
            dimensionMeans(framework, stagesOf(region, country))
                    .forEach((dimension, mean) -> perDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(mean));
        }
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (Dimension dimension : framework.dimensions()) {
            List<BigDecimal> values = perDimension.get(dimension.id());
            if (values != null) {
                BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                means.put(dimension.id(), sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
            }
        }
        return means;
    }

    /** The median stage of the assessed countries, or null when none was assessed. */
    public static @Nullable BigDecimal median(StageDistribution distribution) {
        int n = distribution.assessed();
        if (n == 0) {
            return null;
        }
        int lower = nth(distribution, (n - 1) / 2);
        int upper = nth(distribution, n / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }

    /** Each element's stage for one country in a round's statistics (derived factors included). */
    public static Map<String, Integer> stagesOf(RoundStatistics region, String country) {
        Map<String, Integer> stages = new LinkedHashMap<>();
        for (StageDistribution element : region.elements()) {
            for (Map.Entry<Integer, List<String>> entry : element.byStage().entrySet()) {
                if (entry.getValue().contains(country)) {
                    stages.put(element.elementId(), entry.getKey());
                }
            }
        }
        return stages;
    }

    private static int nth(StageDistribution distribution, int index) {
        int seen = 0;
        for (int stage = 1; stage <= 5; stage++) {
            seen += distribution.count(stage);
            if (index < seen) {
                return stage;
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen);
    }

    private static BigDecimal mean(int sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
