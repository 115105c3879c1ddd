package lat.faro.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkRef;
import lat.faro.framework.Mapping;
import lat.faro.framework.Relation;
import lat.faro.framework.TestFrameworks;
import org.junit.jupiter.api.Test;

class ChangesTests {

    static final Framework NEW = TestFrameworks.model().unit("D1.1.1", 1, 2, 3, 4, 5).unit("D1.1.2", 1, 2, 3, 4, 5).build();
    static final FrameworkRef NEW_REF = NEW.ref();
    static final FrameworkRef OLD_REF = new FrameworkRef("old-model", "1.0.0");
    static final Mapping MAPPING = new Mapping(OLD_REF, NEW_REF, List.of(
            new Mapping.Link("O1", "D1.1.1", Relation.EQUAL),
            new Mapping.Link("O2", "D1.1.2", Relation.SUBSET),
            new Mapping.Link("O3", "D1.1.2", Relation.INTERSECT)), Set.of());

    static Changes.RoundResults round(long id, String label, FrameworkRef framework, Map<String, Map<String, Integer>> stages) {
        return new Changes.RoundResults(id, label, framework, stages);
    }

    static Optional<Mapping> mapping(FrameworkRef from, FrameworkRef to) {
        return from.equals(OLD_REF) && to.equals(NEW_REF) ? Optional.of(MAPPING) : Optional.empty();
    }

    @Test
    void withinOneFrameworkEachUnitIsComparedWithItselfInTheLatestEarlierRoundThatHasIt() {
        var now = round(3, "2026", NEW_REF, Map.of("AR", Map.of("D1.1.1", 3, "D1.1.2", 1)));
        var before = round(2, "2023", NEW_REF, Map.of("AR", Map.of("D1.1.1", 2)));
        var longBefore = round(1, "2020", NEW_REF, Map.of("AR", Map.of("D1.1.1", 1, "D1.1.2", 2)));
        List<Change> changes = Changes.of(NEW, now, List.of(before, longBefore), ChangesTests::mapping);
        assertThat(changes).containsExactly(
                new Change("AR", "D1.1.1", 3, 2, "2023", List.of("D1.1.1"), 2, Change.Direction.UP, false, null),
                // 2023 has no D1.1.2 for AR: the comparison reaches back to 2020
                new Change("AR", "D1.1.2", 1, 1, "2020", List.of("D1.1.2"), 2, Change.Direction.DOWN, false, null));
    }

    @Test
    void acrossEditionsTheMappingDecidesAndOnlyASingleEqualLinkIsExact() {
        var now = round(2, "2026", NEW_REF, Map.of("AR", Map.of("D1.1.1", 2, "D1.1.2", 2), "UY", Map.of("D1.1.2", 3)));
        var old = round(1, "2016", OLD_REF, Map.of("AR", Map.of("O1", 2, "O2", 3, "O3", 1), "UY", Map.of("O2", 2)));
        List<Change> changes = Changes.of(NEW, now, List.of(old), ChangesTests::mapping);
        assertThat(changes).containsExactlyInAnyOrder(
                new Change("AR", "D1.1.1", 2, 1, "2016", List.of("O1"), 2, Change.Direction.SAME, false, "equal"),
                // two linked units: compared with the lowest, and marked approximate
                new Change("AR", "D1.1.2", 2, 1, "2016", List.of("O2", "O3"), 1, Change.Direction.UP, true, "several"));
        assertThat(changes).as("UY lacks O3: no fair comparison for D1.1.2").noneMatch(c -> c.country().equals("UY"));
    }

    @Test
    void withoutAMappingOrAnEarlierResultThereIsNoChangeToShow() {
        var now = round(2, "2026", NEW_REF, Map.of("AR", Map.of("D1.1.1", 2)));
        var unrelated = round(1, "2016", new FrameworkRef("other-model", "1.0.0"), Map.of("AR", Map.of("X1", 1)));
        assertThat(Changes.of(NEW, now, List.of(unrelated), ChangesTests::mapping)).isEmpty();
        assertThat(Changes.of(NEW, now, List.of(), ChangesTests::mapping)).isEmpty();
    }
}
