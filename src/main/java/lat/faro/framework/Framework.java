package lat.faro.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a framework, immutable once loaded. Gives its structure in file order and finds
 * any element by id in constant time.
 *
 * @param sha256 the SHA-256 of the file it was read from, hex
 * @param origin where it came from
 */
public record Framework(FrameworkRef ref, FrameworkKind kind, String edition, Texts name, Texts description,
        List<Dimension> dimensions, String sha256, Origin origin, Index index) {

    /** Shipped with Faro, or uploaded by an admin. */
    public enum Origin { SHIPPED, UPLOADED }

    public Framework {
        dimensions = List.copyOf(dimensions);
    }

    static Framework of(FrameworkRef ref, FrameworkKind kind, String edition, Texts name, Texts description,
            List<Dimension> dimensions, String sha256, Origin origin) {
        return new Framework(ref, kind, edition, name, description, dimensions, sha256, origin, Index.of(kind, dimensions));
    }

    /** Every scoring unit (aspect or aspect-less factor; a function for a baseline), in file order. */
    public List<ScoringUnit> units() {
        return index.units;
    }

    public Optional<ScoringUnit> unit(String id) {
        return Optional.ofNullable(index.unitsById.get(id));
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(index.indicators.get(id));
    }

    /** The unit an indicator (or control) belongs to. */
    public Optional<ScoringUnit> unitOf(String indicatorId) {
        return Optional.ofNullable(index.unitOfIndicator.get(indicatorId));
    }

    public Optional<Factor> factor(String id) {
        return Optional.ofNullable(index.factors.get(id));
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Every indicator (or control) in file order. */
    public List<Indicator> indicators() {
        return List.copyOf(index.indicators.values());
    }

    /** The name of any dimension, factor or unit by id. */
    public Optional<Texts> nameOf(String elementId) {
        return Optional.ofNullable(index.names.get(elementId));
    }

    public boolean isBaseline() {
        return kind == FrameworkKind.CONTROL_BASELINE;
    }

    /** Lookup tables built once when the framework is loaded. */
    public static final class Index {
        private final List<ScoringUnit> units;
        private final Map<String, ScoringUnit> unitsById = new LinkedHashMap<>();
        private final Map<String, Indicator> indicators = new LinkedHashMap<>();
        private final Map<String, ScoringUnit> unitOfIndicator = new LinkedHashMap<>();
        private final Map<String, Factor> factors = new LinkedHashMap<>();
        private final Map<String, Texts> names = new LinkedHashMap<>();

        private Index(List<ScoringUnit> units) {
            this.units = List.copyOf(units);
        }

        static Index of(FrameworkKind kind, List<Dimension> dimensions) {
            List<ScoringUnit> units = new ArrayList<>();
            for (Dimension d : dimensions) {
                if (kind == FrameworkKind.CONTROL_BASELINE) {
                    units.add(new ScoringUnit(d.id(), d.name(), d.id(), d.id(), d.controls()));
                } else {
                    d.factors().forEach(f -> units.addAll(f.units()));
                }
            }
            Index index = new Index(units);
            for (Dimension d : dimensions) {
                index.names.put(d.id(), d.name());
                for (Factor f : d.factors()) {
                    index.factors.put(f.id(), f);
                    index.names.put(f.id(), f.name());
                }
            }
            for (ScoringUnit u : units) {
                index.unitsById.put(u.id(), u);
                index.names.put(u.id(), u.name());
                for (Indicator i : u.indicators()) {
                    index.indicators.put(i.id(), i);
                    index.unitOfIndicator.put(i.id(), u);
                }
            }
            return index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Index;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "Index[" + units.size() + " units]";
        }
    }
}
