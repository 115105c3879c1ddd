package lat.faro.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the individual normalised gains of a set of learners spread: the learners who took both tests
 * of a counted event, the mean of their individual gains (as in {@link LearningGain}; learners who
 * scored 100 on the pre-test have none and are counted apart), and how many fall in each band —
 * below 0, then ten bands of width 0.1 from 0 to 1 (each band holds its lower bound; a gain of
 * exactly 1 falls in the last).
 *
 * @param matched        learners who took both tests
 * @param undefinedGains matched learners without a gain (pre-test score 100)
 * @param meanGain       the mean of the defined individual gains to three decimals, half up; null when there is none
 * @param bands          {@link #BANDS} counts: index 0 is "below 0", index i (1–10) is [(i−1)/10, i/10)
 */
public record GainDistribution(int matched, int undefinedGains, @Nullable BigDecimal meanGain, List<Integer> bands) {

    public static final int BANDS = 11;

    public GainDistribution {
        bands = List.copyOf(bands);
        if (bands.size() != BANDS) {
            throw new IllegalArgumentException("a gain distribution has " + BANDS + " bands, not " + bands.size());
        }
    }

    /** The distribution of the learners of several events, each event's gain computed on its own. */
    public static GainDistribution of(Collection<LearningGain> events) {
        int[] counts = new int[BANDS];
        int matched = 0;
        int undefined = 0;
        int defined = 0;
        Fraction sum = Fraction.ZERO;
        for (LearningGain event : events) {
            for (LearnerGain learner : event.learners()) {
                matched++;
                Fraction gain = learner.gain();
                if (gain == null) {
                    undefined++;
                    continue;
                }
                defined++;
                sum = sum.add(gain);
                counts[band(gain)]++;
            }
        }
        List<Integer> bands = new ArrayList<>(BANDS);
        for (int count : counts) {
            bands.add(count);
        }
        return new GainDistribution(matched, undefined, defined == 0 ? null : threeDecimals(sum.divide(defined)), bands);
    }

    /** The band of a gain: 0 below zero, else 1 + the tenths of the gain, at most 10. */
    static int band(Fraction gain) {
        if (gain.signum() < 0) {
            return 0;
        }
        Fraction tenthsExact = gain.multiply(Fraction.of(10));
        int tenths = tenthsExact.numerator().divide(tenthsExact.denominator()).min(java.math.BigInteger.TEN).intValue();
        return 1 + Math.min(tenths, 9);
    }

    private static BigDecimal threeDecimals(Fraction value) {
        return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), 3, RoundingMode.HALF_UP);
    }

    /** The largest band count, for drawing bars against. */
    public int largestBand() {
        return bands.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
