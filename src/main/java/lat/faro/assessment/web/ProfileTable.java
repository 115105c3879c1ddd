package lat.faro.assessment.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.shared.web.FieldMessages;
import lat.faro.assessment.AssessmentScore;
import lat.faro.assessment.DimensionAverage;
import lat.faro.assessment.FactorScore;
import lat.faro.assessment.UnitScore;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.ScoringUnit;
import org.jspecify.annotations.Nullable;

/**
 * A maturity-model assessment's stages as its profile shows them: dimension by dimension, each
 * factor as the range of its aspects' stages and each aspect with its stage. The page's tables,
 * its charts and its CSV file are all made from this one arrangement, so they cannot disagree.
 */
record ProfileTable(List<DimensionPart> dimensions) {

    /**
     * @param mean the derived mean of the dimension's unit stages, formatted for the language;
     *             null when the dimension has no unit
     */
    record DimensionPart(String id, String name, String lang, @Nullable String mean, int units, List<FactorPart> factors,
            StageChart chart) {

        public String anchor() {
            return FieldMessages.anchor(id);
        }
    }

    /** {@code applicable} false when none of its units applies: it then has no range. */
    record FactorPart(String id, String name, String lang, int low, int high, boolean complete, boolean hasAspects,
            List<UnitPart> units, boolean applicable) {

        public boolean isRange() {
            return low != high;
        }

        public String anchor() {
            return FieldMessages.anchor(id);
        }
    }

    /** {@code applicable} false when every indicator above start-up was judged not applicable. */
    record UnitPart(String id, String name, String lang, int stage, boolean complete, boolean applicable) {

        public String anchor() {
            return FieldMessages.anchor(id);
        }
    }

    static ProfileTable of(Framework framework, AssessmentScore score, Locale locale) {
        Map<String, UnitScore> units = score.unitsById();
        Map<String, FactorScore> factors = score.factorsById();
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        List<DimensionPart> dimensions = new ArrayList<>();
        for (Dimension d : framework.dimensions()) {
            List<FactorPart> factorParts = new ArrayList<>();
            List<StageChart.Unit> charted = new ArrayList<>();
            for (Factor f : d.factors()) {
                List<UnitPart> unitParts = new ArrayList<>();
                for (ScoringUnit u : f.units()) {
                    UnitScore s = units.get(u.id());
                    unitParts.add(new UnitPart(u.id(), u.name().in(locale), u.name().languageFor(locale), s.stage(),
                            s.complete(), s.applicable()));
                    if (s.applicable()) {
                        charted.add(new StageChart.Unit(u.id(), s.stage(), s.complete()));
                    }
                }
                FactorScore fs = factors.get(f.id());
                factorParts.add(new FactorPart(f.id(), f.name().in(locale), f.name().languageFor(locale), fs.low(),
                        fs.high(), fs.complete(), f.hasAspects(), unitParts, fs.applicable()));
            }
            DimensionAverage average = score.dimensions().stream().filter(a -> a.dimensionId().equals(d.id()))
                    .findFirst().orElse(null);
            dimensions.add(new DimensionPart(d.id(), d.name().in(locale), d.name().languageFor(locale),
                    average == null ? null : decimal.format(average.mean()), average == null ? 0 : average.units(),
                    factorParts, StageChart.of(charted)));
        }
        return new ProfileTable(dimensions);
    }
}
