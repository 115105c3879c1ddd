package lat.faro.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.ScoringUnit;
import lat.faro.framework.TestFrameworks;

/**
 * Times {@link Scoring#score} over every assessment of 33 countries × 3 rounds on the shipped
 * 2021 model (target: all 99 in under 200 ms). Not a test: run it with {@code bench/scoring.sh}.
 *
 * <p>The 99 assessments are generated with a fixed seed, every indicator judged: each country has
 * a maturity around which each unit's stage varies, each round is a little further on, and a few
 * judgements are not applicable or insufficient evidence, as in a real round.
 */
public final class ScoringBenchmark {

    static final int COUNTRIES = 33;
    static final int ROUNDS = 3;
    static final long SEED = 2021L;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Framework framework = TestFrameworks.shipped("faro-national-2021");
        List<Map<String, Verdict>> assessments = assessments(framework, new Random(SEED));
        int indicators = framework.indicators().size();

        // Keeps the JIT from dropping the work: every run's stages are summed and printed.
        long cold0 = System.nanoTime();
        long checksum = scoreAll(framework, assessments);
        double cold = (System.nanoTime() - cold0) / 1e6;
        for (int i = 0; i < warmup; i++) {
            checksum += scoreAll(framework, assessments);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            checksum += scoreAll(framework, assessments);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElseThrow();
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        double p90 = millis[(int) Math.ceil(0.9 * runs) - 1];

        System.out.printf("model: %s, %d units, %d indicators; %d assessments (%d countries x %d rounds), every indicator judged%n",
                framework.ref(), framework.units().size(), indicators, assessments.size(), COUNTRIES, ROUNDS);
        System.out.printf("JDK %s (%s), %d processors; %d warm-up runs, %d timed runs%n",
                Runtime.version(), System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(), warmup, runs);
        System.out.printf("scoring all %d: median %.2f ms, p90 %.2f ms, min %.2f ms, max %.2f ms%n",
                assessments.size(), median, p90, millis[0], millis[runs - 1]);
        System.out.printf("first run, before any warm-up: %.2f ms%n", cold);
        System.out.printf("per assessment: mean %.1f µs%n", mean * 1000 / assessments.size());
        System.out.printf("target < 200 ms for all %d: %s (median)%n", assessments.size(), median < 200 ? "met" : "MISSED");
        System.out.printf("stage distribution of the last run: %s; checksum %d%n", distribution(framework, assessments), checksum);
    }

    private static long scoreAll(Framework framework, List<Map<String, Verdict>> assessments) {
        long stages = 0;
        for (Map<String, Verdict> judgements : assessments) {
            AssessmentScore score = Scoring.score(framework, judgements);
            for (UnitScore unit : score.units()) {
                stages += unit.stage();
            }
        }
        return stages;
    }

    private static String distribution(Framework framework, List<Map<String, Verdict>> assessments) {
        int[] count = new int[6];
        for (Map<String, Verdict> judgements : assessments) {
            Scoring.score(framework, judgements).units().forEach(u -> count[u.stage()]++);
        }
        return "1:" + count[1] + " 2:" + count[2] + " 3:" + count[3] + " 4:" + count[4] + " 5:" + count[5];
    }

    /** 33 countries × 3 rounds of complete judgements, generated from the seed. */
    static List<Map<String, Verdict>> assessments(Framework framework, Random random) {
        List<Map<String, Verdict>> result = new ArrayList<>(COUNTRIES * ROUNDS);
        for (int country = 0; country < COUNTRIES; country++) {
            double maturity = 1.3 + random.nextDouble() * 2.4;
            for (int round = 0; round < ROUNDS; round++) {
                double level = maturity + round * 0.35;
                Map<String, Verdict> judgements = new HashMap<>();
                for (ScoringUnit unit : framework.units()) {
                    int stage = (int) Math.round(Math.clamp(level + random.nextGaussian() * 0.9, 1, 5));
                    for (Indicator indicator : unit.indicators()) {
                        judgements.put(indicator.id(), Verdict.of(outcome(indicator.stage(), stage, random)));
                    }
                }
                result.add(judgements);
            }
        }
        return result;
    }

    /** Indicators up to the unit's stage are mostly met, those above mostly not; a few are neither. */
    private static Outcome outcome(int indicatorStage, int unitStage, Random random) {
        double r = random.nextDouble();
        if (r < 0.04) {
            return Outcome.NOT_APPLICABLE;
        }
        if (indicatorStage <= unitStage || indicatorStage == 1) {
            return Outcome.MET;
        }
        if (r < 0.10) {
            return Outcome.INSUFFICIENT_EVIDENCE;
        }
        return r < 0.30 ? Outcome.MET : Outcome.NOT_MET;
    }
}
