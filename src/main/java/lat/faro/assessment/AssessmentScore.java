package lat.faro.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every unit's and factor's stage of one maturity-model assessment, plus the derived dimension means. */
public record AssessmentScore(List<UnitScore> units, List<FactorScore> factors, List<DimensionAverage> dimensions) {

    public AssessmentScore {
        units = List.copyOf(units);
        factors = List.copyOf(factors);
        dimensions = List.copyOf(dimensions);
    }

    public Map<String, UnitScore> unitsById() {
        return units.stream().collect(Collectors.toMap(UnitScore::unitId, Function.identity()));
    }

    public Map<String, FactorScore> factorsById() {
        return factors.stream().collect(Collectors.toMap(FactorScore::factorId, Function.identity()));
    }

    public long incompleteUnits() {
        return units.stream().filter(u -> !u.complete()).count();
    }
}
