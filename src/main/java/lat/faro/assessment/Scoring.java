package lat.faro.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.ScoringUnit;

/**
 * The scoring rules, as pure functions of a framework and the judgements (by indicator id).
 *
 * <ul>
 *   <li>A unit is at stage s ≥ 2 when every indicator of stages 2..s is met; otherwise at stage 1,
 *       start-up, the floor: start-up indicators describe, they do not gate.</li>
 *   <li>Not-applicable indicators are left out (a stage whose indicators are all not applicable
 *       gates nothing; a unit whose indicators of stages 2..5 are all not applicable does not
 *       apply and is left out of ranges and means). "Insufficient evidence" counts as not met and
 *       is counted apart.</li>
 *   <li>A unit is incomplete when an unanswered indicator could still change its stage: answering
 *       every open one "met" would give a higher stage.</li>
 *   <li>A factor is the range of its units' stages; dimension means are derived figures.</li>
 *   <li>Baseline: tier per control, function = mean tier of its rated controls, gaps = controls
 *       below the target tier (unrated applicable controls count as gaps).</li>
 * </ul>
 */
public final class Scoring {

    private Scoring() {
    }

    public static AssessmentScore score(Framework framework, Map<String, Verdict> judgements) {
        List<UnitScore> units = new ArrayList<>(framework.units().size());
        for (ScoringUnit unit : framework.units()) {
            units.add(unit(unit, judgements));
        }
        Map<String, UnitScore> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.unitId(), u));
        List<FactorScore> factors = new ArrayList<>();
        List<DimensionAverage> dimensions = new ArrayList<>();
        for (Dimension d : framework.dimensions()) {
            int sum = 0;
            int count = 0;
            boolean dimensionComplete = true;
            for (Factor f : d.factors()) {
                int low = 5;
                int high = 1;
                boolean complete = true;
                boolean applicable = false;
                for (ScoringUnit u : f.units()) {
                    UnitScore s = byId.get(u.id());
                    if (!s.applicable()) {
                        continue;
                    }
                    applicable = true;
                    low = Math.min(low, s.stage());
                    high = Math.max(high, s.stage());
                    complete &= s.complete();
                    sum += s.stage();
                    count++;
                }
                dimensionComplete &= complete;
                factors.add(applicable ? new FactorScore(f.id(), d.id(), low, high, complete, true)
                        : new FactorScore(f.id(), d.id(), 0, 0, true, false));
            }
            if (count > 0) {
                dimensions.add(new DimensionAverage(d.id(), (double) sum / count, count, dimensionComplete));
            }
        }
        return new AssessmentScore(units, factors, dimensions);
    }

    public static UnitScore unit(ScoringUnit unit, Map<String, Verdict> judgements) {
        // Per stage: is there a definite failure (not met / insufficient), an open indicator?
        boolean[] failed = new boolean[6];
        boolean anyApplicableAboveStartUp = false;
        boolean anyAboveStartUp = false;
        boolean[] open = new boolean[6];
        int insufficient = 0;
        int unanswered = 0;
        int notApplicable = 0;
        for (Indicator indicator : unit.indicators()) {
            Verdict v = judgements.get(indicator.id());
            Outcome outcome = v == null ? Outcome.NOT_ASSESSED : v.outcome();
            int s = indicator.stage();
            if (s >= 2) {
                anyAboveStartUp = true;
                anyApplicableAboveStartUp |= outcome != Outcome.NOT_APPLICABLE;
            }
            switch (outcome) {
                case MET -> { }
                case NOT_APPLICABLE -> notApplicable++;
                case NOT_ASSESSED, RATED -> {
                    unanswered++;
                    open[s] = true;
                }
                case INSUFFICIENT_EVIDENCE -> {
                    insufficient++;
                    failed[s] = true;
                }
                case NOT_MET -> failed[s] = true;
            }
        }
        int stage = 1;
        while (stage < 5 && !failed[stage + 1] && !open[stage + 1]) {
            stage++;
        }
        int potential = 1;
        while (potential < 5 && !failed[potential + 1]) {
            potential++;
        }
        List<String> gaps = new ArrayList<>();
        if (stage < 5) {
            for (Indicator indicator : unit.atStage(stage + 1)) {
                Verdict v = judgements.get(indicator.id());
                Outcome outcome = v == null ? Outcome.NOT_ASSESSED : v.outcome();
                if (outcome != Outcome.MET && outcome != Outcome.NOT_APPLICABLE) {
                    gaps.add(indicator.id());
                }
            }
        }
        boolean applicable = anyApplicableAboveStartUp || !anyAboveStartUp;
        return new UnitScore(unit.id(), unit.factorId(), unit.dimensionId(), stage, potential == stage, potential,
                insufficient, unanswered, notApplicable, applicable ? gaps : List.of(), applicable);
    }

    public static BaselineScore baseline(Framework framework, Map<String, Verdict> judgements, int targetTier) {
        List<BaselineScore.Control> controls = new ArrayList<>();
        List<BaselineScore.Function> functions = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (ScoringUnit function : framework.units()) {
            int sum = 0;
            int rated = 0;
            int applicableControls = 0;
            for (Indicator control : function.indicators()) {
                Verdict v = judgements.get(control.id());
                boolean applicable = v == null || v.outcome() != Outcome.NOT_APPLICABLE;
                Integer tier = v != null && v.outcome() == Outcome.RATED ? v.tier() : null;
                controls.add(new BaselineScore.Control(control.id(), function.id(), tier, applicable));
                if (applicable) {
                    applicableControls++;
                }
                if (tier != null) {
                    sum += tier;
                    rated++;
                }
                if (applicable && (tier == null || tier < targetTier)) {
                    gaps.add(control.id());
                }
            }
            functions.add(new BaselineScore.Function(function.id(), rated == 0 ? null : (double) sum / rated, rated,
                    applicableControls));
        }
        return new BaselineScore(controls, functions, targetTier, gaps);
    }
}
