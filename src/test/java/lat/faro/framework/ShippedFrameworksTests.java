package lat.faro.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShippedFrameworksTests {

    static Framework shipped(String name) throws IOException {
        try (InputStream in = ShippedFrameworksTests.class.getResourceAsStream("/frameworks/" + name + ".yaml")) {
            var result = FrameworkReader.read(in.readAllBytes(), Framework.Origin.SHIPPED);
            assertThat(result.problems()).isEmpty();
            return result.framework();
        }
    }

    @Test
    void national2021HasTheFiveDimensionsTwentyThreeFactorsAndTwoIndicatorsPerStageOfEveryUnit() throws IOException {
        Framework f = shipped("faro-national-2021");
        assertThat(f.ref()).isEqualTo(new FrameworkRef("faro-national-2021", "1.0.0"));
        assertThat(f.dimensions()).extracting(Dimension::id).containsExactly("D1", "D2", "D3", "D4", "D5");
        assertThat(f.dimensions().stream().mapToInt(d -> d.factors().size()).sum()).isEqualTo(23);
        assertThat(f.units()).hasSize(62);
        for (ScoringUnit unit : f.units()) {
            Map<Integer, Long> perStage = unit.indicators().stream()
                    .collect(Collectors.groupingBy(Indicator::stage, Collectors.counting()));
            for (int stage = 1; stage <= 5; stage++) {
                assertThat(perStage.getOrDefault(stage, 0L)).as(unit.id() + " stage " + stage).isGreaterThanOrEqualTo(2);
            }
            unit.indicators().forEach(i -> assertThat(i.text().byLanguage()).as(i.id()).containsKeys("es", "en"));
        }
        assertThat(f.unit("D2.1.1").orElseThrow().name().in("en")).isEqualTo("Awareness of Risks");
        assertThat(f.unit("D2.3")).isPresent();
    }

    @Test
    void baselineHasTheSixCsfFunctionsAndAboutFortyControls() throws IOException {
        Framework f = shipped("faro-egov-baseline-1");
        assertThat(f.kind()).isEqualTo(FrameworkKind.CONTROL_BASELINE);
        assertThat(f.dimensions()).extracting(Dimension::id).containsExactly("GV", "ID", "PR", "DE", "RS", "RC");
        assertThat(f.indicators()).hasSizeBetween(36, 44);
        f.indicators().forEach(c -> assertThat(c.name().byLanguage()).as(c.id()).containsKeys("es", "en", "pt", "fr"));
    }

    @Test
    void national2016HasTwentyFourFactorsAndAnIndicatorPerStageOfEveryUnit() throws IOException {
        Framework f = shipped("faro-national-2016");
        assertThat(f.dimensions().stream().mapToInt(d -> d.factors().size()).sum()).isEqualTo(24);
        assertThat(f.units()).hasSize(53);
        f.units().forEach(u -> assertThat(u.indicators().stream().map(Indicator::stage).distinct().count())
                .as(u.id()).isEqualTo(5));
    }

    @Test
    void mappingFrom2016To2021CoversEveryOldUnit() throws IOException {
        Framework from = shipped("faro-national-2016");
        Framework to = shipped("faro-national-2021");
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/frameworks/mappings/faro-national-2016--faro-national-2021.yaml")) {
            file = in.readAllBytes();
        }
        var result = MappingReader.read(file, ref -> ref.equals(from.ref()) ? from : ref.equals(to.ref()) ? to : null);
        assertThat(result.problems()).isEmpty();
        Mapping mapping = result.mapping();
        assertThat(mapping.outOf("D4.1.3")).containsExactly(new Mapping.Link("D4.1.3", "D4.2.1", Relation.EQUAL));
        from.units().forEach(u -> assertThat(!mapping.outOf(u.id()).isEmpty() || mapping.retired().contains(u.id()))
                .as(u.id()).isTrue());
    }
}
