package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring of attempts and the learning gain of {@link LearningGain}, computed by hand; no Spring. */
class LearningGainTests {

    /**
     * Ten questions, q1 … q10: odd ones single choice (correct: a), even ones multiple choice
     * (correct: a and c).
     */
    private static final List<AnswerKey> TEN = tenQuestions();

    // --- scoring one attempt -----------------------------------------------------------------

    @Test
    void multipleChoiceEarnsThePointOnlyForExactlyTheCorrectOptions() {
        AnswerKey key = AnswerKey.multiple("m", "a", "c");

        assertThat(key.isAnsweredBy(Set.of("a", "c"))).isTrue();
        assertThat(key.isAnsweredBy(Set.of("a"))).as("one correct option of two").isFalse();
        assertThat(key.isAnsweredBy(Set.of("a", "b", "c"))).as("both correct options and a wrong one").isFalse();
        assertThat(key.isAnsweredBy(Set.of())).as("nothing chosen").isFalse();
        assertThat(key.isAnsweredBy(null)).as("unanswered").isFalse();
    }

    @Test
    void singleChoiceEarnsThePointOnlyForTheCorrectOptionAlone() {
        AnswerKey key = AnswerKey.single("s", "a");

        assertThat(key.isAnsweredBy(Set.of("a"))).isTrue();
        assertThat(key.isAnsweredBy(Set.of("b"))).isFalse();
        assertThat(key.isAnsweredBy(Set.of("a", "b"))).as("the correct option hedged with another").isFalse();
        assertThat(key.isAnsweredBy(null)).isFalse();
    }

    @Test
    void scoresOnePointPerQuestionInExactPercent() {
        List<AnswerKey> keys = List.of(AnswerKey.single("s", "a"), AnswerKey.multiple("m", "a", "c"), AnswerKey.single("u", "b"));

        // s right, m partly right (0), u unanswered (0): 1 of 3 = 100/3 %, shown 33.33.
        TestScore one = TestScore.of(keys, Map.of("s", Set.of("a"), "m", Set.of("c")));
        assertThat(one.points()).isEqualTo(1);
        assertThat(one.possible()).isEqualTo(3);
        assertThat(one.percent()).isEqualTo(Fraction.of(100, 3));
        assertThat(one.rounded()).isEqualByComparingTo("33.33");
        assertThat(one.rounded().scale()).isEqualTo(2);

        // s, m right, u wrong: 2 of 3 = 200/3 % = 66.666…, shown 66.67 (half up).
        TestScore two = TestScore.of(keys, Map.of("s", Set.of("a"), "m", Set.of("a", "c"), "u", Set.of("a")));
        assertThat(two.percent()).isEqualTo(Fraction.of(200, 3));
        assertThat(two.rounded()).isEqualByComparingTo("66.67");

        assertThat(TestScore.of(keys, Map.of()).percent()).isEqualTo(Fraction.ZERO);
        assertThat(TestScore.of(keys, Map.of("s", Set.of("a"), "m", Set.of("c", "a"), "u", Set.of("b"))).percent())
                .isEqualTo(Fraction.HUNDRED);
    }

    @Test
    void rejectsAnAnswerToAQuestionNotInTheTest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestScore.of(List.of(AnswerKey.single("s", "a")), Map.of("s", Set.of("a"), "q9", Set.of("a"))))
                .withMessageContaining("q9");
    }

    @Test
    void rejectsAQuestionListedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestScore.of(List.of(AnswerKey.single("s", "a"), AnswerKey.single("s", "b")), Map.of()))
                .withMessageContaining("s");
    }

    @Test
    void rejectsASingleChoiceQuestionWithTwoCorrectOptions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey("s", QuestionKind.SINGLE, Set.of("a", "b")))
                .withMessageContaining("s");
    }

    @Test
    void roundsOnlyForDisplayTwoDecimalsHalfUp() {
        assertThat(Fraction.of(1, 8).rounded()).isEqualByComparingTo("0.13");
        assertThat(Fraction.of(-1, 8).rounded()).as("half up is away from zero").isEqualByComparingTo("-0.13");
        assertThat(Fraction.of(1, 3).add(Fraction.of(1, 3)).add(Fraction.of(1, 3))).as("no rounding inside").isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(new BigDecimal("62.50"))).isEqualTo(Fraction.of(125, 2));
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(-1, -2));
    }

    // --- learning gain -----------------------------------------------------------------------

    @Test
    void computesEachGainTheClassGainAttritionAndDifficultyOfACohort() {
        // Scores on TEN are 10 % a question; answered(k) gets q1 … qk right and the rest wrong.
        List<Attempt> pre = List.of(
                attempt("ana", 4),    // 40
                attempt("bruno", 6),  // 60
                attempt("carla", 10), // 100
                attempt("diego", 5)); // 50, pre-test only
        List<Attempt> post = List.of(  // in another order: matching is by participant
                attempt("elena", 8),  // 80, post-test only
                attempt("carla", 9),  // 90
                attempt("ana", 7),    // 70
                attempt("bruno", 7)); // 70

        LearningGain gain = LearningGain.of(TEN, pre, TEN, post);

        // ana:   (70 − 40) / (100 − 40) = 30/60 = 1/2
        // bruno: (70 − 60) / (100 − 60) = 10/40 = 1/4
        // carla: pre 100, no room: undefined
        assertThat(gain.learners()).extracting(LearnerGain::participant).containsExactly("ana", "bruno", "carla");
        assertThat(gain.learners()).extracting(LearnerGain::gain).containsExactly(Fraction.of(1, 2), Fraction.of(1, 4), null);
        assertThat(gain.learners().get(2).pre()).isEqualTo(Fraction.HUNDRED);
        assertThat(gain.learners().get(2).post()).isEqualTo(Fraction.of(90));
        assertThat(gain.learners().get(2).change()).isEqualTo(Fraction.of(-10));
        assertThat(gain.undefinedGains()).isEqualTo(1);
        // mean of individual gains, carla left out: (1/2 + 1/4) / 2 = 3/8 = 0.375, shown 0.38
        assertThat(gain.meanIndividualGain()).isEqualTo(Fraction.of(3, 8));
        assertThat(gain.meanIndividualGain().rounded()).isEqualByComparingTo("0.38");
        // ⟨pre⟩ = (40 + 60 + 100) / 3 = 200/3; ⟨post⟩ = (70 + 70 + 90) / 3 = 230/3
        assertThat(gain.meanPre()).isEqualTo(Fraction.of(200, 3));
        assertThat(gain.meanPost()).isEqualTo(Fraction.of(230, 3));
        assertThat(gain.meanPre().rounded()).isEqualByComparingTo("66.67");
        // ⟨g⟩ = (230/3 − 200/3) / (100 − 200/3) = (30/3) / (100/3) = 3/10 — carla counts here;
        // without her it would be (70 − 50) / (100 − 50) = 0.4
        assertThat(gain.classAverageGain()).isEqualTo(Fraction.of(3, 10));
        // diego took only the pre-test, elena only the post-test: 2 of 5
        assertThat(gain.matched()).isEqualTo(3);
        assertThat(gain.preOnly()).isEqualTo(1);
        assertThat(gain.postOnly()).isEqualTo(1);
        assertThat(gain.attrition()).isEqualTo(2);
        assertThat(gain.participants()).isEqualTo(5);
        assertThat(gain.attritionShare()).isEqualTo(Fraction.of(2, 5));
        // pre-test, 4 takers with 4, 6, 10, 5 right: q1–q4 all 4; q5 bruno, carla, diego;
        // q6 bruno, carla; q7–q10 carla only
        assertThat(gain.preDifficulty()).extracting(QuestionDifficulty::questionId)
                .containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10");
        assertThat(gain.preDifficulty()).extracting(QuestionDifficulty::takers).containsOnly(4);
        assertThat(gain.preDifficulty()).extracting(QuestionDifficulty::correct).containsExactly(4, 4, 4, 4, 3, 2, 1, 1, 1, 1);
        assertThat(gain.preDifficulty().get(4).p()).isEqualTo(Fraction.of(3, 4));
        // post-test, 4 takers with 8, 9, 7, 7 right: q1–q7 all 4; q8 elena, carla; q9 carla; q10 nobody
        assertThat(gain.postDifficulty()).extracting(QuestionDifficulty::correct).containsExactly(4, 4, 4, 4, 4, 4, 4, 2, 1, 0);
        assertThat(gain.postDifficulty()).extracting(QuestionDifficulty::p)
                .containsExactly(Fraction.ONE, Fraction.ONE, Fraction.ONE, Fraction.ONE, Fraction.ONE, Fraction.ONE, Fraction.ONE,
                        Fraction.of(1, 2), Fraction.of(1, 4), Fraction.ZERO);
    }

    @Test
    void classAverageGainAndMeanOfIndividualGainsDifferInGeneral() {
        // Two learners: 0 → 50 (g = 50/100 = 1/2) and 80 → 90 (g = 10/20 = 1/2): mean of g = 1/2;
        // ⟨pre⟩ = 40, ⟨post⟩ = 70: ⟨g⟩ = 30/60 = 1/2 as well. Change the second to 80 → 100 (g = 1):
        // mean of g = 3/4, ⟨post⟩ = 75, ⟨g⟩ = 35/60 = 7/12.
        LearningGain gain = LearningGain.of(
                List.of(score("a", "0"), score("b", "80")),
                List.of(score("a", "50"), score("b", "100")));

        assertThat(gain.meanIndividualGain()).isEqualTo(Fraction.of(3, 4));
        assertThat(gain.classAverageGain()).isEqualTo(Fraction.of(7, 12));
        assertThat(gain.classAverageGain().rounded()).isEqualByComparingTo("0.58");
        assertThat(gain.preDifficulty()).as("no answer keys given").isEmpty();
        assertThat(gain.postDifficulty()).isEmpty();
    }

    @Test
    void allowsANegativeGain() {
        // 80 → 60: (60 − 80) / (100 − 80) = −20/20 = −1; 50 → 40: −10/50 = −1/5
        // mean of g = (−1 − 1/5) / 2 = −3/5; ⟨pre⟩ = 65, ⟨post⟩ = 50: ⟨g⟩ = −15/35 = −3/7
        LearningGain gain = LearningGain.of(
                List.of(score("a", "80"), score("b", "50")),
                List.of(score("a", "60"), score("b", "40")));

        assertThat(gain.learners()).extracting(LearnerGain::gain).containsExactly(Fraction.of(-1), Fraction.of(-1, 5));
        assertThat(gain.meanIndividualGain()).isEqualTo(Fraction.of(-3, 5));
        assertThat(gain.classAverageGain()).isEqualTo(Fraction.of(-3, 7));
        assertThat(gain.classAverageGain().rounded()).isEqualByComparingTo("-0.43");
        assertThat(gain.undefinedGains()).isZero();
    }

    @Test
    void takesDecimalScoresExactly() {
        // 33.33 → 66.67: 33.34 / 66.67 = 3334/6667, a fraction no two-decimal figure equals
        LearningGain gain = LearningGain.of(List.of(score("a", "33.33")), List.of(score("a", "66.67")));

        assertThat(gain.classAverageGain()).isEqualTo(Fraction.of(3334, 6667));
        assertThat(gain.meanIndividualGain()).isEqualTo(Fraction.of(3334, 6667));
        assertThat(gain.classAverageGain().rounded()).isEqualByComparingTo("0.50");
    }

    @Test
    void leavesFiguresUndefinedWhenNobodyTookBothTests() {
        LearningGain none = LearningGain.of(TEN, List.of(), TEN, List.of());

        assertThat(none.learners()).isEmpty();
        assertThat(none.meanPre()).isNull();
        assertThat(none.meanPost()).isNull();
        assertThat(none.classAverageGain()).isNull();
        assertThat(none.meanIndividualGain()).isNull();
        assertThat(none.attrition()).isZero();
        assertThat(none.attritionShare()).isNull();
        assertThat(none.preDifficulty()).hasSize(10).allSatisfy(d -> {
            assertThat(d.takers()).isZero();
            assertThat(d.p()).isNull();
        });

        LearningGain unmatched = LearningGain.of(List.of(score("a", "40"), score("b", "50")), List.of(score("c", "90")));

        assertThat(unmatched.matched()).isZero();
        assertThat(unmatched.classAverageGain()).isNull();
        assertThat(unmatched.meanIndividualGain()).isNull();
        assertThat(unmatched.attritionShare()).isEqualTo(Fraction.ONE);
        assertThat(unmatched.preOnly()).isEqualTo(2);
        assertThat(unmatched.postOnly()).isEqualTo(1);
    }

    @Test
    void leavesTheClassGainUndefinedWhenEveryMatchedLearnerScoredFullMarksBefore() {
        LearningGain gain = LearningGain.of(List.of(score("a", "100"), score("b", "100")), List.of(score("a", "100"), score("b", "90")));

        assertThat(gain.meanPre()).isEqualTo(Fraction.HUNDRED);
        assertThat(gain.meanPost()).isEqualTo(Fraction.of(95));
        assertThat(gain.classAverageGain()).isNull();
        assertThat(gain.meanIndividualGain()).isNull();
        assertThat(gain.undefinedGains()).isEqualTo(2);
    }

    @Test
    void rejectsAParticipantTwiceInTheSameTestNamingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LearningGain.of(List.of(score("p-17", "40"), score("p-18", "50"), score("p-17", "60")), List.of()))
                .withMessageContaining("p-17")
                .withMessageContaining("pre-test");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LearningGain.of(List.of(), List.of(score("p-42", "40"), score("p-42", "40"))))
                .withMessageContaining("p-42")
                .withMessageContaining("post-test");
    }

    @Test
    void rejectsAScoreOutsideZeroToHundred() {
        assertThatIllegalArgumentException().isThrownBy(() -> score("a", "100.01")).withMessageContaining("100.01");
        assertThatIllegalArgumentException().isThrownBy(() -> score("a", "-0.01"));
        assertThat(score("a", "0").score()).isEqualTo(Fraction.ZERO);
        assertThat(score("a", "100.00").score()).isEqualTo(Fraction.HUNDRED);
    }

    @Test
    void rejectsAnAnswerToAQuestionNotInTheTestWhenMeasuringDifficulty() {
        Attempt stray = Attempt.of("a", new BigDecimal("50"), Map.of("q11", Set.of("a")));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> LearningGain.of(TEN, List.of(stray), TEN, List.of()))
                .withMessageContaining("q11");
    }

    @Test
    void agreesWithAStraightforwardDoubleComputationOnRandomCohorts() {
        Random random = new Random(20_260_611L);
        int withClassGain = 0;
        int withUndefinedGains = 0;
        for (int cohort = 0; cohort < 400; cohort++) {
            int questions = 1 + random.nextInt(40);
            boolean decimals = random.nextBoolean();
            List<Attempt> pre = new ArrayList<>();
            List<Attempt> post = new ArrayList<>();
            List<double[]> matched = new ArrayList<>();
            int preOnly = 0;
            int postOnly = 0;
            int size = random.nextInt(60);
            for (int i = 0; i < size; i++) {
                String id = "p" + i;
                int which = random.nextInt(10); // 0: pre only, 1: post only, else both
                double[] scores = new double[2];
                for (int test = 0; test < 2; test++) {
                    // One in ten scores is full marks, so that undefined gains occur; the others
                    // are two-decimal percentages or k of n points (often not a finite decimal).
                    Fraction percent;
                    if (random.nextInt(10) == 0) {
                        percent = Fraction.HUNDRED;
                        scores[test] = 100;
                    } else if (decimals) {
                        int hundredths = random.nextInt(10_001);
                        percent = Fraction.of(BigDecimal.valueOf(hundredths, 2));
                        scores[test] = hundredths / 100.0;
                    } else {
                        int points = random.nextInt(questions + 1);
                        percent = Fraction.of(100L * points, questions);
                        scores[test] = 100.0 * points / questions;
                    }
                    if (test == 0 && which != 1) {
                        pre.add(new Attempt(id, percent, Map.of()));
                    }
                    if (test == 1 && which != 0) {
                        post.add(new Attempt(id, percent, Map.of()));
                    }
                }
                if (which == 0) {
                    preOnly++;
                } else if (which == 1) {
                    postOnly++;
                } else {
                    matched.add(scores);
                }
            }
            Collections.shuffle(post, random);

            LearningGain gain = LearningGain.of(pre, post);

            double sumPre = 0;
            double sumPost = 0;
            double sumGain = 0;
            int defined = 0;
            for (double[] s : matched) {
                sumPre += s[0];
                sumPost += s[1];
                if (s[0] < 100) {
                    sumGain += (s[1] - s[0]) / (100 - s[0]);
                    defined++;
                }
            }
            String label = "cohort " + cohort;
            assertThat(gain.matched()).as(label).isEqualTo(matched.size());
            assertThat(gain.preOnly()).as(label).isEqualTo(preOnly);
            assertThat(gain.postOnly()).as(label).isEqualTo(postOnly);
            assertThat(gain.undefinedGains()).as(label).isEqualTo(matched.size() - defined);
            if (matched.isEmpty() || defined == 0 && sumPre == 100.0 * matched.size()) {
                assertThat(gain.classAverageGain()).as(label).isNull();
            } else {
                double meanPre = sumPre / matched.size();
                double expected = (sumPost / matched.size() - meanPre) / (100 - meanPre);
                assertThat(gain.classAverageGain()).as(label).isNotNull();
                // Relative to the magnitude: a mean pre-test score near 100 makes large gains.
                assertThat(gain.classAverageGain().doubleValue()).as(label).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
                withClassGain++;
            }
            if (defined == 0) {
                assertThat(gain.meanIndividualGain()).as(label).isNull();
            } else {
                double expected = sumGain / defined;
                assertThat(gain.meanIndividualGain().doubleValue()).as(label).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            }
            withUndefinedGains += defined < matched.size() ? 1 : 0;
        }
        assertThat(withClassGain).as("cohorts that exercised ⟨g⟩").isGreaterThan(300);
        assertThat(withUndefinedGains).as("cohorts with a full pre-test score").isGreaterThan(100);
    }

    @Test
    void computesAFiveHundredLearnerCohortQuickly() {
        Random random = new Random(7);
        List<AnswerKey> keys = new ArrayList<>();
        for (int q = 1; q <= 30; q++) {
            keys.add(q % 2 == 1 ? AnswerKey.single("q" + q, "a") : AnswerKey.multiple("q" + q, "a", "c"));
        }
        List<String> options = List.of("a", "b", "c", "d");
        List<Attempt> pre = new ArrayList<>();
        List<Attempt> post = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            Map<String, Set<String>> before = new HashMap<>();
            Map<String, Set<String>> after = new HashMap<>();
            for (AnswerKey key : keys) {
                before.put(key.questionId(), random.nextInt(3) == 0 ? key.correctOptions() : Set.of(options.get(random.nextInt(4))));
                after.put(key.questionId(), random.nextInt(3) != 0 ? key.correctOptions() : Set.of(options.get(random.nextInt(4))));
            }
            // 500 take both; 10 only the pre-test, 10 only the post-test
            if (i < 510) {
                pre.add(Attempt.scored("learner-" + i, keys, before));
            }
            if (i < 500 || i >= 510) {
                post.add(Attempt.scored("learner-" + i, keys, after));
            }
        }

        LearningGain gain = null;
        for (int i = 0; i < 50; i++) {
            gain = LearningGain.of(keys, pre, keys, post);
        }
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            gain = LearningGain.of(keys, pre, keys, post);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("LearningGain of 500 matched learners × 30 questions: median %.2f ms, worst %.2f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);

        assertThat(gain.matched()).isEqualTo(500);
        assertThat(gain.attrition()).isEqualTo(20);
        assertThat(gain.preDifficulty()).hasSize(30).allSatisfy(d -> assertThat(d.takers()).isEqualTo(510));
        // About a third right before (some wrong picks happen to be right on single choice), two thirds after.
        assertThat(gain.meanPre().doubleValue()).isBetween(30.0, 55.0);
        assertThat(gain.meanPost().doubleValue()).isBetween(60.0, 85.0);
        assertThat(gain.classAverageGain().signum()).isPositive();
    }

    // --- helpers -----------------------------------------------------------------------------

    private static List<AnswerKey> tenQuestions() {
        List<AnswerKey> keys = new ArrayList<>();
        for (int q = 1; q <= 10; q++) {
            keys.add(q % 2 == 1 ? AnswerKey.single("q" + q, "a") : AnswerKey.multiple("q" + q, "a", "c"));
        }
        return List.copyOf(keys);
    }

    /**
     * An attempt at {@link #TEN} with q1 … q{right} answered correctly, scored from its answers.
     * The others are wrong in turn: another option (single), left unanswered (single), one of the
     * two correct options (multiple), both correct options and a wrong one (multiple).
     */
    private static Attempt attempt(String participant, int right) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (int q = 1; q <= 10; q++) {
            String id = "q" + q;
            if (q <= right) {
                answers.put(id, q % 2 == 1 ? Set.of("a") : Set.of("a", "c"));
            } else {
                switch (q % 4) {
                    case 1 -> answers.put(id, Set.of("b"));
                    case 3 -> { }
                    case 2 -> answers.put(id, Set.of("a"));
                    default -> answers.put(id, Set.of("a", "b", "c"));
                }
            }
        }
        Attempt attempt = Attempt.scored(participant, TEN, answers);
        assertThat(attempt.score()).as(participant + "'s score").isEqualTo(Fraction.of(10L * right));
        return attempt;
    }

    private static Attempt score(String participant, String percent) {
        return Attempt.of(participant, new BigDecimal(percent), Map.of());
    }
}
