package lat.faro.framework;

import java.util.List;

/**
 * What a stage is given to: an aspect, or a factor that has no aspects. For a baseline, a
 * function (dimension) with its controls.
 *
 * @param id          the aspect's or factor's id
 * @param factorId    its factor (the unit's own id for an aspect-less factor)
 * @param dimensionId its dimension
 */
public record ScoringUnit(String id, Texts name, String factorId, String dimensionId, List<Indicator> indicators) {

    public ScoringUnit {
        indicators = List.copyOf(indicators);
    }

    /** The indicators at one stage, in file order. */
    public List<Indicator> atStage(int stage) {
        return indicators.stream().filter(i -> i.stage() == stage).toList();
    }
}
