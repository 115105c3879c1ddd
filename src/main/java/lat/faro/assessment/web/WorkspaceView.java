package lat.faro.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lat.faro.assessment.AssessmentScore;
import lat.faro.assessment.BaselineScore;
import lat.faro.assessment.DimensionAverage;
import lat.faro.assessment.EvidenceView;
import lat.faro.assessment.FactorScore;
import lat.faro.assessment.JudgementView;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.UnitScore;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.ScoringUnit;
import lat.faro.framework.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What the workspace pages show, as records the templates read: the sections a framework is worked
 * in, the overview's progress rows and, per indicator, the block with its judgement form and
 * evidence. Built from the service's answers; decides nothing about permissions or scores.
 */
final class WorkspaceView {

    private WorkspaceView() {
    }

    /**
     * What one workspace page covers: a factor of a maturity model (with its aspects, or itself as
     * its only unit), or a function of a baseline (one unit holding its controls).
     */
    record Section(String id, Texts name, String dimensionId, List<ScoringUnit> units, boolean aspects) {

        int indicatorCount() {
            return units.stream().mapToInt(u -> u.indicators().size()).sum();
        }
    }

    /** Every section of the framework in file order. */
    static List<Section> sections(Framework framework) {
        List<Section> sections = new ArrayList<>();
        for (Dimension d : framework.dimensions()) {
            if (framework.isBaseline()) {
                framework.unit(d.id()).ifPresent(u -> sections.add(new Section(d.id(), d.name(), d.id(), List.of(u), false)));
            } else {
                for (Factor f : d.factors()) {
                    sections.add(new Section(f.id(), f.name(), d.id(), f.units(), f.hasAspects()));
                }
            }
        }
        return sections;
    }

    static Optional<Section> section(Framework framework, String id) {
        return sections(framework).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The section an indicator (or control) is worked in. */
    static Optional<Section> sectionOf(Framework framework, String indicatorId) {
        return framework.unitOf(indicatorId)
                .flatMap(u -> section(framework, framework.isBaseline() ? u.dimensionId() : u.factorId()));
    }

    /** A value safe as an HTML id and a CSS selector: {@code D1.1.1-2a} becomes {@code i-D1_1_1-2a}. */
    static String domId(String prefix, String elementId) {
        return prefix + "-" + elementId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static boolean answered(@Nullable JudgementView j) {
        return j != null && j.outcome() != Outcome.NOT_ASSESSED;
    }

    // ---- the overview -------------------------------------------------------------------------

    /**
     * One line of the progress table.
     *
     * @param stages   the factor's stage range (maturity model), null for a baseline function
     * @param meanTier the function's mean tier (baseline), null for a factor or while none is rated
     */
    record SectionRow(Section section, String domId, int answered, int total, int incompleteUnits, int toConfirm,
            @Nullable FactorScore stages, @Nullable Double meanTier) {
    }

    /** A dimension (or baseline function group) with its rows and its derived mean, if any. */
    record DimensionRow(String id, Texts name, List<SectionRow> rows, int answered, int total, @Nullable Double mean) {
    }

    static List<DimensionRow> progress(Framework framework, Map<String, JudgementView> judged,
            @Nullable AssessmentScore score, @Nullable BaselineScore baseline) {
        Map<String, UnitScore> units = score == null ? Map.of() : score.unitsById();
        Map<String, FactorScore> factors = score == null ? Map.of() : score.factorsById();
        List<Section> sections = sections(framework);
        List<DimensionRow> rows = new ArrayList<>();
        for (Dimension d : framework.dimensions()) {
            List<SectionRow> sectionRows = new ArrayList<>();
            int answered = 0;
            int total = 0;
            for (Section s : sections) {
                if (!s.dimensionId().equals(d.id())) {
                    continue;
                }
                int sectionAnswered = 0;
                int toConfirm = 0;
                int incomplete = 0;
                for (ScoringUnit u : s.units()) {
                    UnitScore us = units.get(u.id());
                    if (us != null && !us.complete()) {
                        incomplete++;
                    }
                    for (Indicator i : u.indicators()) {
                        JudgementView j = judged.get(i.id());
                        if (answered(j)) {
                            sectionAnswered++;
                        }
                        if (j != null && j.carriedOver()) {
                            toConfirm++;
                        }
                    }
                }
                Double meanTier = baseline == null ? null : baseline.functions().stream()
                        .filter(f -> f.functionId().equals(s.id())).findFirst()
                        .map(BaselineScore.Function::meanTier).orElse(null);
                sectionRows.add(new SectionRow(s, domId("p", s.id()), sectionAnswered, s.indicatorCount(), incomplete,
                        toConfirm, factors.get(s.id()), meanTier));
                answered += sectionAnswered;
                total += s.indicatorCount();
            }
            Double mean = score == null ? null : score.dimensions().stream()
                    .filter(a -> a.dimensionId().equals(d.id())).findFirst().map(DimensionAverage::mean).orElse(null);
            rows.add(new DimensionRow(d.id(), d.name(), sectionRows, answered, total, mean));
        }
        return rows;
    }

    // ---- the factor workspace -------------------------------------------------------------------

    /** A unit's stage (maturity model) or mean tier (baseline), shown above its indicators and updated on save. */
    record UnitStatus(String domId, @Nullable UnitScore score, BaselineScore.@Nullable Function function) {
    }

    /** The indicators of one stage (stage 0 for a baseline's controls). */
    record StageGroup(int stage, List<IndicatorBlock> indicators) {
    }

    /** An aspect, or a factor worked as its own unit, with its status and its indicators by stage. */
    record UnitBlock(ScoringUnit unit, String domId, boolean aspect, UnitStatus status, List<StageGroup> stages) {
    }

    /**
     * Everything one indicator's block shows: the saved judgement, the form (with what the person
     * typed when the save failed), messages by field, the evidence and the evidence form.
     *
     * @param alert        shown with role=alert: someone saved meanwhile, or the assessment changed status
     * @param notice       shown with role=status: saved, evidence added or removed
     * @param evidenceOpen the add-evidence form starts open (it had errors)
     */
    record IndicatorBlock(long assessmentId, Indicator indicator, String domId, boolean baseline, boolean editable,
            @Nullable JudgementView saved, WorkspaceForms.Judgement form, Map<String, String> errors,
            @Nullable String alert, @Nullable String notice, List<EvidenceView> evidence,
            WorkspaceForms.Evidence evidenceForm, Map<String, String> evidenceErrors, boolean evidenceOpen) {

        /** The outcomes offered: the maturity-model choices, or rated / not applicable / not assessed for a control. */
        public List<Outcome> outcomes() {
            return baseline ? List.of(Outcome.RATED, Outcome.NOT_APPLICABLE, Outcome.NOT_ASSESSED) : Outcome.FOR_INDICATORS;
        }

        /** The colour of the saved outcome's tag. */
        public String tone() {
            if (saved == null) {
                return "";
            }
            return switch (saved.outcome()) {
                case MET -> "tag--ok";
                case NOT_MET, INSUFFICIENT_EVIDENCE -> "tag--bad";
                default -> "";
            };
        }

        /** The HTML id of one of the block's fields. */
        public String field(String name) {
            return domId + "-" + name;
        }

        /** aria-describedby for a field: its hint (when it has one) and its error (when there is one). */
        public @Nullable String describedBy(String name, boolean hint, boolean evidenceField) {
            boolean error = (evidenceField ? evidenceErrors : errors).containsKey(name);
            String ids = ((hint ? field(name) + "-hint " : "") + (error ? field(name) + "-error" : "")).strip();
            return ids.isEmpty() ? null : ids;
        }
    }

    static IndicatorBlock block(long assessmentId, Indicator indicator, boolean baseline, boolean editable,
            @Nullable JudgementView saved, List<EvidenceView> evidence) {
        return new IndicatorBlock(assessmentId, indicator, domId("i", indicator.id()), baseline, editable, saved,
                WorkspaceForms.Judgement.of(saved), Map.of(), null, null, evidence, WorkspaceForms.Evidence.empty(),
                Map.of(), false);
    }

    static List<StageGroup> stages(ScoringUnit unit, boolean baseline, java.util.function.Function<Indicator, IndicatorBlock> block) {
        if (baseline) {
            return List.of(new StageGroup(0, unit.indicators().stream().map(block).toList()));
        }
        List<StageGroup> groups = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            List<Indicator> atStage = unit.atStage(stage);
            if (!atStage.isEmpty()) {
                groups.add(new StageGroup(stage, atStage.stream().map(block).toList()));
            }
        }
        return groups;
    }
}
