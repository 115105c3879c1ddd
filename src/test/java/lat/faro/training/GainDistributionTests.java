package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GainDistributionTests {

    static Attempt attempt(String who, long percent) {
        return new Attempt(who, Fraction.of(percent), Map.of());
    }

    @Test
    void eachEventIsPairedOnItsOwnAndTheGainsFallInTenthBands() {
        // Event 1: a 20 → 60 (g = 40/80 = 0.5), b 50 → 40 (g = −10/50 = −0.2), c 100 → 90 (no gain), d pre only.
        LearningGain first = LearningGain.of(List.of(attempt("a", 20), attempt("b", 50), attempt("c", 100), attempt("d", 10)),
                List.of(attempt("a", 60), attempt("b", 40), attempt("c", 90)));
        // Event 2: the same participant id "a" is another person here: 0 → 100 (g = 1), e 10 → 19 (g = 9/90 = 0.1).
        LearningGain second = LearningGain.of(List.of(attempt("a", 0), attempt("e", 10)), List.of(attempt("a", 100), attempt("e", 19)));

        GainDistribution d = GainDistribution.of(List.of(first, second));

        assertThat(d.matched()).isEqualTo(5);
        assertThat(d.undefinedGains()).isEqualTo(1);
        // (0.5 − 0.2 + 1 + 0.1) / 4 = 1.4 / 4 = 0.35
        assertThat(d.meanGain()).isEqualByComparingTo("0.350");
        //                                  <0  0.0 0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9–1
        assertThat(d.bands()).containsExactly(1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1);
        assertThat(d.largestBand()).isEqualTo(1);
    }

    @Test
    void aBandHoldsItsLowerBoundAndOneFallsInTheLastBand() {
        assertThat(GainDistribution.band(Fraction.of(-1, 1000))).isZero();
        assertThat(GainDistribution.band(Fraction.ZERO)).isEqualTo(1);
        assertThat(GainDistribution.band(Fraction.of(99, 1000))).isEqualTo(1);
        assertThat(GainDistribution.band(Fraction.of(1, 10))).isEqualTo(2);
        assertThat(GainDistribution.band(Fraction.of(9, 10))).isEqualTo(10);
        assertThat(GainDistribution.band(Fraction.ONE)).isEqualTo(10);
    }

    @Test
    void theMeanIsRoundedHalfUpToThreeDecimalsAndAbsentWithoutGains() {
        // 1/8 = 0.125 and 0.5: mean 0.3125 → 0.313
        LearningGain event = LearningGain.of(List.of(attempt("a", 20), attempt("b", 0)), List.of(attempt("a", 30), attempt("b", 50)));
        assertThat(GainDistribution.of(List.of(event)).meanGain()).isEqualTo(new BigDecimal("0.313"));

        GainDistribution none = GainDistribution.of(List.of(LearningGain.of(List.of(attempt("a", 100)), List.of(attempt("a", 100)))));
        assertThat(none.meanGain()).isNull();
        assertThat(none.matched()).isEqualTo(1);
        assertThat(none.bands()).allMatch(c -> c == 0);
        assertThat(GainDistribution.of(List.of()).meanGain()).isNull();
        assertThatThrownBy(() -> new GainDistribution(0, 0, null, List.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
