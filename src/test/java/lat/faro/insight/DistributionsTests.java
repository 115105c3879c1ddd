package lat.faro.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lat.faro.framework.Framework;
import lat.faro.framework.TestFrameworks;
import org.junit.jupiter.api.Test;

class DistributionsTests {

    /** D1.1 with two aspects, D1.2 without aspects. */
    static final Framework MODEL = TestFrameworks.model()
            .unit("D1.1.1", 1, 2, 3, 4, 5).unit("D1.1.2", 1, 2, 3, 4, 5).unit("D1.2", 1, 2, 3, 4, 5).build();

    @Test
    void sharesAreExactAndRoundedOnlyToTwoDecimalsOfAPercentage() {
        assertThat(new Share(31, 32).percent()).isEqualByComparingTo(new BigDecimal("96.88"));
        assertThat(new Share(1, 3).percent()).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(new Share(2, 3).percent()).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(new Share(0, 0).percent()).as("nothing assessed: no percentage").isNull();
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachElementCountsOnlyTheCountriesAssessedOnItAndListsTheOthersApart() {
        Map<String, Map<String, Integer>> stages = new HashMap<>();
        stages.put("AR", Map.of("D1.1.1", 2, "D1.1.2", 3, "D1.2", 1));
        stages.put("BR", Map.of("D1.1.1", 1, "D1.1.2", 1));
        stages.put("CL", Map.of("D1.1.1", 2));
        List<StageDistribution> all = Distributions.of(MODEL, List.of("AR", "BR", "CL", "UY"), stages);

        assertThat(all).extracting(StageDistribution::elementId).containsExactly("D1.1", "D1.1.1", "D1.1.2", "D1.2");
        StageDistribution aspect = all.get(1);
        assertThat(aspect.assessed()).isEqualTo(3);
        assertThat(aspect.byStage()).isEqualTo(Map.of(1, List.of("BR"), 2, List.of("AR", "CL")));
        assertThat(aspect.notAssessed()).containsExactly("UY");
        assertThat(aspect.share(2)).isEqualTo(new Share(2, 3));
        assertThat(aspect.range(1, 2)).isEqualTo(new Share(3, 3));
        assertThat(aspect.range(3, 5)).isEqualTo(new Share(0, 3));

        StageDistribution factor = all.getFirst();
        assertThat(factor.derived()).isTrue();
        // AR: lowest of 2 and 3; BR: lowest of 1 and 1; CL lacks D1.1.2, so its factor has no stage
        assertThat(factor.byStage()).isEqualTo(Map.of(1, List.of("BR"), 2, List.of("AR")));
        assertThat(factor.notAssessed()).containsExactly("CL", "UY");

        StageDistribution aspectless = all.get(3);
        assertThat(aspectless.kind()).isEqualTo("factor");
        assertThat(aspectless.derived()).isFalse();
        assertThat(aspectless.byStage()).isEqualTo(Map.of(1, List.of("AR")));
        assertThat(aspectless.share(1).percent()).isEqualByComparingTo("100.00");
    }

    @Test
    void aFactorStageGivenDirectlyIsUsedAsItIsAndNotMarkedDerived() {
        Map<String, Map<String, Integer>> stages = Map.of("UY", Map.of("D1.1", 3), "AR", Map.of("D1.1", 2));
        StageDistribution factor = Distributions.of(MODEL, List.of("AR", "UY"), stages).getFirst();
        assertThat(factor.derived()).isFalse();
        assertThat(factor.byStage()).isEqualTo(Map.of(2, List.of("AR"), 3, List.of("UY")));
    }

    @Test
    void countriesOutsideTheScopeAreNeitherCountedNorListed() {
        Map<String, Map<String, Integer>> stages = Map.of("AR", Map.of("D1.2", 4), "JM", Map.of("D1.2", 1));
        StageDistribution aspectless = Distributions.of(MODEL, List.of("AR"), stages).get(3);
        assertThat(aspectless.assessed()).isEqualTo(1);
        assertThat(aspectless.byStage()).isEqualTo(Map.of(4, List.of("AR")));
        assertThat(aspectless.notAssessed()).isEmpty();
    }
}
