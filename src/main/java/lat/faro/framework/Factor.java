package lat.faro.framework;

import java.util.List;

/** A factor of a dimension with the units it is scored by: its aspects, or itself when it has none. */
public record Factor(String id, Texts name, String dimensionId, List<ScoringUnit> units, boolean hasAspects) {

    public Factor {
        units = List.copyOf(units);
    }
}
