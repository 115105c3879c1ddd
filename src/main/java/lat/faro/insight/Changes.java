package lat.faro.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkRef;
import lat.faro.framework.Mapping;
import lat.faro.framework.Relation;
import lat.faro.framework.ScoringUnit;

/**
 * Change between rounds, as a pure function: for each unit of the current round's framework and
 * each country with a stage for it, the country's stage in the latest earlier round that has a
 * comparable result. Same framework id: the same unit id. Another edition: through the mapping
 * into the unit (the lowest stage of the linked units; exact only for a single "equal" link).
 */
final class Changes {

    /** A round's results as needed here: its id, label, framework and stages by country and element. */
    record RoundResults(long roundId, String label, FrameworkRef framework, Map<String, Map<String, Integer>> stages) {
    }

    private Changes() {
    }

    /**
     * @param current  the round whose changes are wanted
     * @param earlier  the earlier rounds, most recent first
     * @param mappings finds the mapping from an older framework version to the current one
     */
    static List<Change> of(Framework framework, RoundResults current, List<RoundResults> earlier,
            BiFunction<FrameworkRef, FrameworkRef, Optional<Mapping>> mappings) {
        List<Change> changes = new ArrayList<>();
        for (ScoringUnit unit : framework.units()) {
            for (Map.Entry<String, Map<String, Integer>> country : current.stages().entrySet()) {
                Integer stage = country.getValue().get(unit.id());
                if (stage == null) {
                    continue;
                }
                for (RoundResults previous : earlier) {
                    Map<String, Integer> before = previous.stages().get(country.getKey());
                    if (before == null) {
                        continue;
                    }
                    Optional<Change> change = compare(country.getKey(), unit.id(), stage, previous, before, current.framework(),
                            mappings);
                    if (change.isPresent()) {
                        changes.add(change.get());
                        break;
                    }
                }
            }
        }
        return changes;
    }

    private static Optional<Change> compare(String country, String unit, int stage, RoundResults previous,
            Map<String, Integer> before, FrameworkRef currentFramework,
            BiFunction<FrameworkRef, FrameworkRef, Optional<Mapping>> mappings) {
        if (previous.framework().id().equals(currentFramework.id())) {
            Integer old = before.get(unit);
            return old == null ? Optional.empty()
                    : Optional.of(change(country, unit, stage, previous, List.of(unit), old, false, null));
        }
        Optional<Mapping> mapping = mappings.apply(previous.framework(), currentFramework);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        List<Mapping.Link> links = mapping.get().into(unit);
        List<String> linked = new ArrayList<>();
        Integer lowest = null;
        for (Mapping.Link link : links) {
            Integer old = before.get(link.from());
            if (old == null) {
                return Optional.empty(); // a linked unit without a result: no fair comparison
            }
            linked.add(link.from());
            lowest = lowest == null ? old : Math.min(lowest, old);
        }
        if (lowest == null) {
            return Optional.empty();
        }
        boolean exact = links.size() == 1 && links.getFirst().relation() == Relation.EQUAL;
        String relation = links.size() == 1 ? links.getFirst().relation().fileValue() : "several";
        return Optional.of(change(country, unit, stage, previous, linked, lowest, !exact, relation));
    }

    private static Change change(String country, String unit, int stage, RoundResults previous, List<String> elements,
            int old, boolean approximate, String relation) {
        Change.Direction direction = stage > old ? Change.Direction.UP : stage < old ? Change.Direction.DOWN : Change.Direction.SAME;
        return new Change(country, unit, stage, previous.roundId(), previous.label(), elements, old, direction, approximate,
                relation);
    }
}
