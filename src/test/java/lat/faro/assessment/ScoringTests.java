package lat.faro.assessment;

import static lat.faro.assessment.Outcome.INSUFFICIENT_EVIDENCE;
import static lat.faro.assessment.Outcome.MET;
import static lat.faro.assessment.Outcome.NOT_APPLICABLE;
import static lat.faro.assessment.Outcome.NOT_ASSESSED;
import static lat.faro.assessment.Outcome.NOT_MET;
import static lat.faro.framework.TestFrameworks.EVERY_STAGE_TWICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.ScoringUnit;
import lat.faro.framework.TestFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scoring rules of {@link Scoring}, on frameworks built for each case; no Spring. */
class ScoringTests {

    /** One aspect, D1.1.1, with two indicators at every stage (D1.1.1-1a … D1.1.1-5b). */
    private static final ScoringUnit UNIT = TestFrameworks.model().unit("D1.1.1", EVERY_STAGE_TWICE).build().units().getFirst();

    // --- stage of a unit ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void reachesEachStageExactlyWhenTheNextStageIsNotMet(int expected) {
        Map<String, Verdict> judgements = every(UNIT, MET);
        if (expected < 5) {
            set(judgements, UNIT, expected + 1, NOT_MET);
        }

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(expected);
        assertThat(score.complete()).isTrue();
        assertThat(score.potentialStage()).isEqualTo(expected);
        assertThat(score.unitId()).isEqualTo("D1.1.1");
        assertThat(score.factorId()).isEqualTo("D1.1");
        assertThat(score.dimensionId()).isEqualTo("D1");
    }

    @Test
    void stageNeedsEveryIndicatorOfStagesTwoUpToIt() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.put("D1.1.1-3b", Verdict.of(NOT_MET));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).as("one stage-3 indicator not met caps at 2 though 4 and 5 are met").isEqualTo(2);
        assertThat(score.complete()).isTrue();
        assertThat(score.nextStageGaps()).containsExactly("D1.1.1-3b");
    }

    @Test
    void oneNotMetAtStageTwoKeepsTheUnitAtStartUpWhateverIsMetAbove() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.put("D1.1.1-2a", Verdict.of(NOT_MET));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(1);
        assertThat(score.nextStageGaps()).containsExactly("D1.1.1-2a");
    }

    @Test
    void startUpIndicatorsNeverGate() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        set(judgements, UNIT, 1, NOT_MET);

        assertThat(Scoring.unit(UNIT, judgements).stage()).isEqualTo(5);

        set(judgements, UNIT, 1, INSUFFICIENT_EVIDENCE);
        assertThat(Scoring.unit(UNIT, judgements).stage()).isEqualTo(5);
    }

    @Test
    void unansweredStartUpIndicatorsLeaveTheUnitComplete() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.remove("D1.1.1-1a");
        judgements.put("D1.1.1-1b", Verdict.of(NOT_ASSESSED));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(5);
        assertThat(score.complete()).isTrue();
        assertThat(score.unanswered()).isEqualTo(2);
    }

    // --- not applicable ------------------------------------------------------------------------

    @Test
    void notApplicableIndicatorsAreLeftOut() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.put("D1.1.1-3a", Verdict.of(NOT_APPLICABLE));
        judgements.put("D1.1.1-4b", Verdict.of(NOT_APPLICABLE));
        judgements.put("D1.1.1-5a", Verdict.of(NOT_MET));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(4);
        assertThat(score.notApplicable()).isEqualTo(2);
        assertThat(score.complete()).isTrue();
    }

    @Test
    void aStageWhoseIndicatorsAreAllNotApplicableGatesNothing() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        set(judgements, UNIT, 3, NOT_APPLICABLE);

        assertThat(Scoring.unit(UNIT, judgements).stage()).isEqualTo(5);

        set(judgements, UNIT, 4, NOT_MET);
        UnitScore score = Scoring.unit(UNIT, judgements);
        assertThat(score.stage()).as("passes the all-N/A stage 3, stops before 4").isEqualTo(3);
        assertThat(score.nextStageGaps()).containsExactly("D1.1.1-4a", "D1.1.1-4b");
    }

    @Test
    void notApplicableIndicatorsAreNeverGaps() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.put("D1.1.1-3a", Verdict.of(NOT_APPLICABLE));
        judgements.put("D1.1.1-3b", Verdict.of(NOT_MET));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(2);
        assertThat(score.nextStageGaps()).containsExactly("D1.1.1-3b");
    }

    // --- insufficient evidence -----------------------------------------------------------------

    @Test
    void insufficientEvidenceCountsAsNotMetAndIsCountedApart() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.put("D1.1.1-3a", Verdict.of(INSUFFICIENT_EVIDENCE));
        judgements.put("D1.1.1-5b", Verdict.of(INSUFFICIENT_EVIDENCE));
        judgements.put("D1.1.1-1a", Verdict.of(INSUFFICIENT_EVIDENCE));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(2);
        assertThat(score.complete()).as("a definite failure, nothing left open").isTrue();
        assertThat(score.potentialStage()).isEqualTo(2);
        assertThat(score.insufficientEvidence()).isEqualTo(3);
        assertThat(score.unanswered()).isZero();
        assertThat(score.nextStageGaps()).containsExactly("D1.1.1-3a");
    }

    // --- unanswered indicators -----------------------------------------------------------------

    @Test
    void unansweredAboveADefiniteFailureLeavesTheUnitComplete() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.put("D1.1.1-3a", Verdict.of(NOT_MET));
        judgements.remove("D1.1.1-4a");
        judgements.put("D1.1.1-5b", Verdict.of(NOT_ASSESSED));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(2);
        assertThat(score.complete()).isTrue();
        assertThat(score.potentialStage()).isEqualTo(2);
        assertThat(score.unanswered()).isEqualTo(2);
    }

    @Test
    void unansweredInTheNextStageMakesTheUnitIncomplete() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.remove("D1.1.1-3b");

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(2);
        assertThat(score.complete()).isFalse();
        assertThat(score.potentialStage()).isEqualTo(5);
        assertThat(score.unanswered()).isEqualTo(1);
        assertThat(score.nextStageGaps()).containsExactly("D1.1.1-3b");
    }

    @Test
    void potentialStageStopsAtTheFirstDefiniteFailure() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        judgements.put("D1.1.1-3b", Verdict.of(NOT_ASSESSED));
        judgements.put("D1.1.1-5a", Verdict.of(NOT_MET));

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(2);
        assertThat(score.complete()).isFalse();
        assertThat(score.potentialStage()).isEqualTo(4);
    }

    @Test
    void explicitNotAssessedIsTheSameAsNoJudgement() {
        Map<String, Verdict> missing = every(UNIT, MET);
        missing.remove("D1.1.1-4a");
        Map<String, Verdict> explicit = every(UNIT, MET);
        explicit.put("D1.1.1-4a", Verdict.of(NOT_ASSESSED));

        assertThat(Scoring.unit(UNIT, explicit)).isEqualTo(Scoring.unit(UNIT, missing));
        assertThat(Scoring.unit(UNIT, explicit).stage()).isEqualTo(3);
        assertThat(Scoring.unit(UNIT, explicit).complete()).isFalse();
    }

    @Test
    void aUnitWithNoJudgementsIsAtStartUpAndIncomplete() {
        UnitScore score = Scoring.unit(UNIT, Map.of());

        assertThat(score.stage()).isEqualTo(1);
        assertThat(score.complete()).isFalse();
        assertThat(score.potentialStage()).isEqualTo(5);
        assertThat(score.unanswered()).isEqualTo(10);
        assertThat(score.insufficientEvidence()).isZero();
        assertThat(score.notApplicable()).isZero();
        assertThat(score.nextStageGaps()).containsExactly("D1.1.1-2a", "D1.1.1-2b");
    }

    // --- next-stage gaps -----------------------------------------------------------------------

    @Test
    void nextStageGapsAreTheNotMetInsufficientAndUnansweredIndicatorsOfTheNextStageInFileOrder() {
        ScoringUnit unit = TestFrameworks.model().unit("D2.1.1", 1, 2, 3, 3, 3, 3, 3, 4, 5).build().units().getFirst();
        Map<String, Verdict> judgements = every(unit, MET);
        judgements.put("D2.1.1-3e", Verdict.of(NOT_MET));
        judgements.put("D2.1.1-3a", Verdict.of(INSUFFICIENT_EVIDENCE));
        judgements.remove("D2.1.1-3c");
        judgements.put("D2.1.1-3b", Verdict.of(NOT_APPLICABLE));
        // 3d stays met; a failure two stages up is not a gap of the next stage
        judgements.put("D2.1.1-5a", Verdict.of(NOT_MET));

        UnitScore score = Scoring.unit(unit, judgements);

        assertThat(score.stage()).isEqualTo(2);
        assertThat(score.nextStageGaps()).containsExactly("D2.1.1-3a", "D2.1.1-3c", "D2.1.1-3e");
    }

    @Test
    void nextStageGapsAreEmptyAtStageFive() {
        Map<String, Verdict> judgements = every(UNIT, MET);
        set(judgements, UNIT, 1, NOT_MET);

        UnitScore score = Scoring.unit(UNIT, judgements);

        assertThat(score.stage()).isEqualTo(5);
        assertThat(score.nextStageGaps()).isEmpty();
    }

    // --- factors and dimensions ----------------------------------------------------------------

    @Test
    void aFactorIsTheRangeOfItsUnitsStages() {
        Framework framework = TestFrameworks.model()
                .unit("D1.1.1", EVERY_STAGE_TWICE)
                .unit("D1.1.2", EVERY_STAGE_TWICE)
                .unit("D1.1.3", EVERY_STAGE_TWICE)
                .unit("D1.2.1", EVERY_STAGE_TWICE)
                .unit("D1.2.2", EVERY_STAGE_TWICE)
                .build();
        Map<String, Verdict> judgements = every(framework, MET);
        judgements.put("D1.1.1-3a", Verdict.of(NOT_MET));   // 2
        judgements.put("D1.1.2-5a", Verdict.of(NOT_MET));   // 4
        judgements.put("D1.1.3-4a", Verdict.of(NOT_MET));   // 3
        judgements.put("D1.2.1-4a", Verdict.of(NOT_MET));   // 3
        judgements.put("D1.2.2-4b", Verdict.of(NOT_MET));   // 3

        Map<String, FactorScore> factors = Scoring.score(framework, judgements).factorsById();

        assertThat(factors.get("D1.1")).isEqualTo(new FactorScore("D1.1", "D1", 2, 4, true, true));
        assertThat(factors.get("D1.1").isRange()).isTrue();
        assertThat(factors.get("D1.2")).isEqualTo(new FactorScore("D1.2", "D1", 3, 3, true, true));
        assertThat(factors.get("D1.2").isRange()).isFalse();
    }

    @Test
    void aFactorIsIncompleteWhenAnyOfItsUnitsIs() {
        Framework framework = TestFrameworks.model()
                .unit("D1.1.1", EVERY_STAGE_TWICE)
                .unit("D1.1.2", EVERY_STAGE_TWICE)
                .unit("D1.2.1", EVERY_STAGE_TWICE)
                .build();
        Map<String, Verdict> judgements = every(framework, MET);
        judgements.remove("D1.1.2-4a");
        // unanswered above a failure: the unit, and so its factor, stays complete
        judgements.put("D1.2.1-2a", Verdict.of(NOT_MET));
        judgements.remove("D1.2.1-3a");

        AssessmentScore score = Scoring.score(framework, judgements);

        assertThat(score.factorsById().get("D1.1")).isEqualTo(new FactorScore("D1.1", "D1", 3, 5, false, true));
        assertThat(score.factorsById().get("D1.2")).isEqualTo(new FactorScore("D1.2", "D1", 1, 1, true, true));
        assertThat(score.incompleteUnits()).isEqualTo(1);
    }

    @Test
    void anAspectLessFactorIsScoredAsItsOwnUnit() {
        Framework framework = TestFrameworks.model()
                .unit("D2.1.1", EVERY_STAGE_TWICE)
                .unit("D2.2", EVERY_STAGE_TWICE)
                .build();
        Map<String, Verdict> judgements = every(framework, MET);
        judgements.put("D2.2-4b", Verdict.of(INSUFFICIENT_EVIDENCE));

        AssessmentScore score = Scoring.score(framework, judgements);

        UnitScore unit = score.unitsById().get("D2.2");
        assertThat(unit.factorId()).isEqualTo("D2.2");
        assertThat(unit.dimensionId()).isEqualTo("D2");
        assertThat(unit.stage()).isEqualTo(3);
        assertThat(score.factorsById().get("D2.2")).isEqualTo(new FactorScore("D2.2", "D2", 3, 3, true, true));
    }

    @Test
    void scoresEveryUnitAndFactorInFileOrder() {
        Framework framework = TestFrameworks.model()
                .unit("D1.2.1", EVERY_STAGE_TWICE)
                .unit("D1.1", EVERY_STAGE_TWICE)
                .unit("D3.1.2", EVERY_STAGE_TWICE)
                .unit("D3.1.1", EVERY_STAGE_TWICE)
                .build();

        AssessmentScore score = Scoring.score(framework, Map.of());

        assertThat(score.units()).extracting(UnitScore::unitId).containsExactly("D1.2.1", "D1.1", "D3.1.2", "D3.1.1");
        assertThat(score.factors()).extracting(FactorScore::factorId).containsExactly("D1.2", "D1.1", "D3.1");
        assertThat(score.dimensions()).extracting(DimensionAverage::dimensionId).containsExactly("D1", "D3");
        assertThat(score.incompleteUnits()).isEqualTo(4);
    }

    @Test
    void dimensionAveragesAreMeansOfUnitStagesNotOfFactors() {
        Framework framework = TestFrameworks.model()
                .unit("D1.1.1", EVERY_STAGE_TWICE)
                .unit("D1.1.2", EVERY_STAGE_TWICE)
                .unit("D1.1.3", EVERY_STAGE_TWICE)
                .unit("D1.2", EVERY_STAGE_TWICE)
                .unit("D2.1.1", EVERY_STAGE_TWICE)
                .unit("D2.1.2", EVERY_STAGE_TWICE)
                .build();
        Map<String, Verdict> judgements = every(framework, MET);
        set(judgements, framework.unit("D1.1.1").orElseThrow(), 2, NOT_MET);   // 1
        set(judgements, framework.unit("D1.1.2").orElseThrow(), 2, NOT_MET);   // 1
        set(judgements, framework.unit("D1.1.3").orElseThrow(), 2, NOT_MET);   // 1
        // D1.2 at 5
        judgements.put("D2.1.1-4a", Verdict.of(NOT_MET));                        // 3
        judgements.put("D2.1.2-3a", Verdict.of(NOT_MET));                        // 2

        List<DimensionAverage> dimensions = Scoring.score(framework, judgements).dimensions();

        assertThat(dimensions).hasSize(2);
        assertThat(dimensions.get(0).dimensionId()).isEqualTo("D1");
        assertThat(dimensions.get(0).mean()).as("(1+1+1+5)/4, not the factor mean (1+5)/2").isCloseTo(2.0, within(1e-9));
        assertThat(dimensions.get(0).units()).isEqualTo(4);
        assertThat(dimensions.get(1).mean()).isCloseTo(2.5, within(1e-9));
        assertThat(dimensions.get(1).units()).isEqualTo(2);
    }

    @Test
    void theShipped2021ModelScoresEveryUnitWhenEverythingIsMet() {
        Framework framework = TestFrameworks.shipped("faro-national-2021");

        AssessmentScore all = Scoring.score(framework, every(framework, MET));
        AssessmentScore none = Scoring.score(framework, Map.of());

        assertThat(all.units()).hasSize(62).allSatisfy(u -> {
            assertThat(u.stage()).isEqualTo(5);
            assertThat(u.complete()).isTrue();
        });
        assertThat(all.dimensions()).extracting(DimensionAverage::mean).containsOnly(5.0);
        assertThat(all.dimensions().stream().mapToInt(DimensionAverage::units).sum()).isEqualTo(62);
        assertThat(all.factors()).hasSize(23);
        assertThat(none.units()).allSatisfy(u -> {
            assertThat(u.stage()).isEqualTo(1);
            assertThat(u.potentialStage()).isEqualTo(5);
        });
        assertThat(none.incompleteUnits()).isEqualTo(62);
    }

    // --- baseline ------------------------------------------------------------------------------

    private static final Framework BASELINE = TestFrameworks.baseline()
            .function("GV", "GV-01", "GV-02", "GV-03", "GV-04")
            .function("ID", "ID-01", "ID-02")
            .function("PR", "PR-01")
            .build();

    @Test
    void baselineGivesTheTierOfEveryControl() {
        Map<String, Verdict> judgements = new HashMap<>();
        judgements.put("GV-01", Verdict.tier(4));
        judgements.put("GV-02", Verdict.tier(0));
        judgements.put("GV-03", Verdict.of(NOT_APPLICABLE));
        judgements.put("ID-01", Verdict.of(NOT_ASSESSED));

        BaselineScore score = Scoring.baseline(BASELINE, judgements, 3);

        assertThat(score.controls()).containsExactly(
                new BaselineScore.Control("GV-01", "GV", 4, true),
                new BaselineScore.Control("GV-02", "GV", 0, true),
                new BaselineScore.Control("GV-03", "GV", null, false),
                new BaselineScore.Control("GV-04", "GV", null, true),
                new BaselineScore.Control("ID-01", "ID", null, true),
                new BaselineScore.Control("ID-02", "ID", null, true),
                new BaselineScore.Control("PR-01", "PR", null, true));
        assertThat(score.targetTier()).isEqualTo(3);
    }

    @Test
    void aFunctionIsTheMeanTierOfItsRatedControlsOnly() {
        Map<String, Verdict> judgements = new HashMap<>();
        judgements.put("GV-01", Verdict.tier(4));
        judgements.put("GV-02", Verdict.tier(1));
        judgements.put("GV-03", Verdict.of(NOT_APPLICABLE));
        // GV-04 unrated: not counted as 0
        judgements.put("ID-01", Verdict.tier(0));
        judgements.put("PR-01", Verdict.of(NOT_ASSESSED));

        List<BaselineScore.Function> functions = Scoring.baseline(BASELINE, judgements, 3).functions();

        assertThat(functions).extracting(BaselineScore.Function::functionId).containsExactly("GV", "ID", "PR");
        assertThat(functions.get(0).meanTier()).isCloseTo(2.5, within(1e-9));
        assertThat(functions.get(0).rated()).isEqualTo(2);
        assertThat(functions.get(0).controls()).as("GV-03 does not apply").isEqualTo(3);
        assertThat(functions.get(1).meanTier()).as("a tier of 0 is rated").isCloseTo(0.0, within(1e-9));
        assertThat(functions.get(1).rated()).isEqualTo(1);
        assertThat(functions.get(2).meanTier()).as("no rated control").isNull();
        assertThat(functions.get(2).rated()).isZero();
    }

    @Test
    void baselineGapsAreApplicableControlsBelowTheTargetOrUnrated() {
        Map<String, Verdict> judgements = new HashMap<>();
        judgements.put("GV-01", Verdict.tier(4));
        judgements.put("GV-02", Verdict.tier(2));
        judgements.put("GV-03", Verdict.of(NOT_APPLICABLE));
        judgements.put("GV-04", Verdict.tier(3));
        judgements.put("ID-01", Verdict.of(NOT_ASSESSED));
        // ID-02 never judged
        judgements.put("PR-01", Verdict.tier(0));

        BaselineScore score = Scoring.baseline(BASELINE, judgements, 3);

        assertThat(score.gaps()).containsExactly("GV-02", "ID-01", "ID-02", "PR-01");
    }

    @Test
    void baselineGapsFollowTheTargetTier() {
        Map<String, Verdict> judgements = new HashMap<>();
        judgements.put("GV-01", Verdict.tier(4));
        judgements.put("GV-02", Verdict.tier(2));
        judgements.put("GV-03", Verdict.tier(1));
        judgements.put("GV-04", Verdict.tier(3));
        judgements.put("ID-01", Verdict.of(NOT_APPLICABLE));
        judgements.put("ID-02", Verdict.of(NOT_APPLICABLE));
        judgements.put("PR-01", Verdict.tier(0));

        assertThat(Scoring.baseline(BASELINE, judgements, 4).gaps()).containsExactly("GV-02", "GV-03", "GV-04", "PR-01");
        assertThat(Scoring.baseline(BASELINE, judgements, 3).gaps()).containsExactly("GV-02", "GV-03", "PR-01");
        assertThat(Scoring.baseline(BASELINE, judgements, 2).gaps()).containsExactly("GV-03", "PR-01");
        assertThat(Scoring.baseline(BASELINE, judgements, 1).gaps()).containsExactly("PR-01");
        assertThat(Scoring.baseline(BASELINE, judgements, 1).targetTier()).isEqualTo(1);
    }

    @Test
    void theShippedBaselineScoresEveryControl() {
        Framework framework = TestFrameworks.shipped("faro-egov-baseline-1");
        Map<String, Verdict> judgements = new HashMap<>();
        framework.indicators().forEach(c -> judgements.put(c.id(), Verdict.tier(3)));

        BaselineScore score = Scoring.baseline(framework, judgements, 3);

        assertThat(score.controls()).hasSize(framework.indicators().size());
        assertThat(score.functions()).extracting(BaselineScore.Function::meanTier).containsOnly(3.0);
        assertThat(score.gaps()).isEmpty();
        assertThat(Scoring.baseline(framework, Map.of(), 3).gaps()).hasSize(framework.indicators().size());
    }

    // --- every combination against a reference -------------------------------------------------

    private static final List<Outcome> OUTCOMES = List.of(MET, NOT_MET, INSUFFICIENT_EVIDENCE, NOT_ASSESSED, NOT_APPLICABLE);

    /**
     * A unit with one indicator at each stage 1–5: every one of the 5^5 combinations of outcomes
     * (so all 5^4 of stages 2–5, under each start-up outcome), with "not assessed" once written
     * and once left out, scored as the reference below scores it.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyCombinationOfOutcomesScoresAsTheReference(boolean notAssessedWritten) {
        ScoringUnit unit = TestFrameworks.model().unit("D9.1.1", 1, 2, 3, 4, 5).build().units().getFirst();
        List<Indicator> indicators = unit.indicators();
        int combinations = 0;
        for (int code = 0; code < 5 * 5 * 5 * 5 * 5; code++) {
            Outcome[] byStage = new Outcome[6];
            Map<String, Verdict> judgements = new HashMap<>();
            int rest = code;
            for (Indicator indicator : indicators) {
                Outcome outcome = OUTCOMES.get(rest % 5);
                rest /= 5;
                byStage[indicator.stage()] = outcome;
                if (outcome != NOT_ASSESSED || notAssessedWritten) {
                    judgements.put(indicator.id(), Verdict.of(outcome));
                }
            }

            UnitScore actual = Scoring.unit(unit, judgements);

            String combination = java.util.Arrays.toString(byStage);
            int expectedStage = Reference.stage(byStage);
            assertThat(actual.stage()).as("stage of " + combination).isEqualTo(expectedStage);
            assertThat(actual.complete()).as("complete of " + combination).isEqualTo(Reference.complete(byStage));
            assertThat(actual.potentialStage()).as("potential of " + combination).isEqualTo(Reference.potential(byStage));
            assertThat(actual.nextStageGaps()).as("gaps of " + combination)
                    .isEqualTo(Reference.gaps(byStage, expectedStage, "D9.1.1"));
            assertThat(actual.insufficientEvidence()).as(combination).isEqualTo(Reference.count(byStage, INSUFFICIENT_EVIDENCE));
            assertThat(actual.unanswered()).as(combination).isEqualTo(Reference.count(byStage, NOT_ASSESSED));
            assertThat(actual.notApplicable()).as(combination).isEqualTo(Reference.count(byStage, NOT_APPLICABLE));
            boolean allAboveStartUpNotApplicable = byStage[2] == NOT_APPLICABLE && byStage[3] == NOT_APPLICABLE
                    && byStage[4] == NOT_APPLICABLE && byStage[5] == NOT_APPLICABLE;
            assertThat(actual.applicable()).as("applicable of " + combination).isEqualTo(!allAboveStartUpNotApplicable);
            combinations++;
        }
        assertThat(combinations).isEqualTo(3125);
    }

    @Test
    void aUnitWhoseIndicatorsAboveStartUpAllDoNotApplyIsLeftOutOfTheFactorRangeAndTheMean() {
        Framework framework = TestFrameworks.model().unit("D1.1.1", 1, 2, 3, 4, 5).unit("D1.1.2", 1, 2, 3, 4, 5).build();
        Map<String, Verdict> judgements = new HashMap<>();
        for (int stage = 2; stage <= 5; stage++) {
            judgements.put("D1.1.1-" + stage + "a", Verdict.of(NOT_APPLICABLE));
        }
        judgements.put("D1.1.2-2a", Verdict.of(MET));
        judgements.put("D1.1.2-3a", Verdict.of(NOT_MET));
        AssessmentScore score = Scoring.score(framework, judgements);
        assertThat(score.unitsById().get("D1.1.1").applicable()).isFalse();
        assertThat(score.unitsById().get("D1.1.1").nextStageGaps()).isEmpty();
        assertThat(score.factorsById().get("D1.1")).isEqualTo(new FactorScore("D1.1", "D1", 2, 2, true, true));
        assertThat(score.dimensions()).singleElement().satisfies(d -> {
            assertThat(d.mean()).isEqualTo(2.0);
            assertThat(d.units()).isEqualTo(1);
        });
    }

    /**
     * The rules written out the long way, for one indicator per stage ({@code byStage[1..5]}): a
     * stage is reached when the whole prefix 2..s passes; completeness is decided by trying every
     * way the open indicators could still be answered.
     */
    private static final class Reference {

        static int stage(Outcome[] byStage) {
            int reached = 1;
            for (int s = 2; s <= 5; s++) {
                if (prefixPasses(byStage, s, false)) {
                    reached = s;
                }
            }
            return reached;
        }

        static int potential(Outcome[] byStage) {
            int reached = 1;
            for (int s = 2; s <= 5; s++) {
                if (prefixPasses(byStage, s, true)) {
                    reached = s;
                }
            }
            return reached;
        }

        /** Every stage 2..s passes: met or not applicable (or still open, when {@code openPasses}). */
        private static boolean prefixPasses(Outcome[] byStage, int s, boolean openPasses) {
            for (int t = 2; t <= s; t++) {
                Outcome o = byStage[t];
                boolean passes = o == MET || o == NOT_APPLICABLE || (openPasses && o == NOT_ASSESSED);
                if (!passes) {
                    return false;
                }
            }
            return true;
        }

        /** Complete when no way of answering the open indicators met or not met changes the stage. */
        static boolean complete(Outcome[] byStage) {
            int now = stage(byStage);
            List<Integer> open = new ArrayList<>();
            for (int s = 1; s <= 5; s++) {
                if (byStage[s] == NOT_ASSESSED) {
                    open.add(s);
                }
            }
            for (int mask = 0; mask < (1 << open.size()); mask++) {
                Outcome[] answered = byStage.clone();
                for (int i = 0; i < open.size(); i++) {
                    answered[open.get(i)] = (mask & (1 << i)) != 0 ? MET : NOT_MET;
                }
                if (stage(answered) != now) {
                    return false;
                }
            }
            return true;
        }

        static List<String> gaps(Outcome[] byStage, int stage, String unitId) {
            if (stage == 5) {
                return List.of();
            }
            Outcome next = byStage[stage + 1];
            return next == MET || next == NOT_APPLICABLE ? List.of() : List.of(unitId + "-" + (stage + 1) + "a");
        }

        static int count(Outcome[] byStage, Outcome outcome) {
            int n = 0;
            for (int s = 1; s <= 5; s++) {
                if (byStage[s] == outcome) {
                    n++;
                }
            }
            return n;
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Every indicator of the unit judged with one outcome, in a map the test may change. */
    private static Map<String, Verdict> every(ScoringUnit unit, Outcome outcome) {
        Map<String, Verdict> judgements = new HashMap<>();
        unit.indicators().forEach(i -> judgements.put(i.id(), Verdict.of(outcome)));
        return judgements;
    }

    private static Map<String, Verdict> every(Framework framework, Outcome outcome) {
        Map<String, Verdict> judgements = new HashMap<>();
        framework.units().forEach(u -> judgements.putAll(every(u, outcome)));
        return judgements;
    }

    private static void set(Map<String, Verdict> judgements, ScoringUnit unit, int stage, Outcome outcome) {
        unit.atStage(stage).forEach(i -> judgements.put(i.id(), Verdict.of(outcome)));
    }
}
