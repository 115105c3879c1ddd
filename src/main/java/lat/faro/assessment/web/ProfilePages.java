package lat.faro.assessment.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.BaselineScore;
import lat.faro.assessment.EvidenceView;
import lat.faro.assessment.RoundView;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.ScoringUnit;
import lat.faro.framework.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A country's (or agency's) profile: the stage of every aspect and the range of every factor,
 * charted and tabled, with the same table as a CSV file; for a baseline, each function's mean
 * tier and the controls below the target. The public sees published assessments only; the
 * people working on one see it in any status, under a banner saying it is not published.
 */
@Controller
class ProfilePages {

    /** A function of a baseline with its mean tier of the rated controls, formatted; null when none is rated. */
    record FunctionRow(String id, String name, String lang, @Nullable String mean, int rated, int controls) {}

    /** A control below the target tier. */
    record GapRow(String id, String name, String lang, String function, String functionLang, @Nullable Integer tier) {}

    /** An evidence item with the name of the aspect (or function) of its indicator. */
    record EvidenceRow(EvidenceView item, String unitName, String unitLang) {}

    private final AssessmentManagement management;
    private final SubjectNames subjects;
    private final MessageSource messages;

    ProfilePages(AssessmentManagement management, SubjectNames subjects, MessageSource messages) {
        this.management = management;
        this.subjects = subjects;
        this.messages = messages;
    }

    @GetMapping("/assessments/{id}/profile")
    String profile(@PathVariable long id, Model model, Locale locale) {
        AssessmentView a = management.assessment(id);
        Framework framework = management.framework(a);
        RoundView round = management.round(a.roundId());
        model.addAttribute("assessment", a);
        model.addAttribute("round", round);
        model.addAttribute("framework", framework);
        model.addAttribute("subject", subjects.of(a, locale));
        model.addAttribute("baseline", framework.isBaseline());
        if (framework.isBaseline()) {
            BaselineScore score = management.baselineScore(id, null);
            model.addAttribute("functions", functions(framework, score, locale));
            model.addAttribute("gaps", gaps(framework, score, locale));
            model.addAttribute("targetTier", score.targetTier());
        } else {
            model.addAttribute("table", ProfileTable.of(framework, management.score(id), locale));
        }
        List<EvidenceRow> evidence = new ArrayList<>();
        for (EvidenceView e : management.evidence(id)) {
            Texts unit = framework.unitOf(e.indicatorId()).map(ScoringUnit::name).orElse(new Texts(Map.of()));
            evidence.add(new EvidenceRow(e, unit.in(locale), unit.languageFor(locale)));
        }
        model.addAttribute("evidence", evidence);
        return "assessment/profile";
    }

    /** The profile's table as CSV: UTF-8 with a byte-order mark (so spreadsheets read the accents), headers in the page's language. */
    @GetMapping("/assessments/{id}/profile.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        AssessmentView a = management.assessment(id);
        Framework framework = management.framework(a);
        List<List<String>> rows = new ArrayList<>();
        if (framework.isBaseline()) {
            rows.add(List.of(text("assessment.profile.csv.function", locale), text("assessment.profile.csv.functionName", locale),
                    text("assessment.profile.meanTier", locale), text("assessment.profile.rated", locale),
                    text("assessment.profile.controls", locale)));
            for (FunctionRow f : functions(framework, management.baselineScore(id, null), locale)) {
                rows.add(List.of(f.id(), f.name(), f.mean() == null ? "" : f.mean(), Integer.toString(f.rated()),
                        Integer.toString(f.controls())));
            }
        } else {
            rows.add(List.of(text("assessment.profile.csv.dimension", locale), text("assessment.profile.csv.dimensionName", locale),
                    text("assessment.profile.csv.factor", locale), text("assessment.profile.csv.factorName", locale),
                    text("assessment.profile.csv.factorStages", locale), text("assessment.profile.csv.aspect", locale),
                    text("assessment.profile.csv.aspectName", locale), text("assessment.profile.stageNumber", locale),
                    text("assessment.profile.stageName", locale), text("assessment.profile.csv.complete", locale)));
            ProfileTable table = ProfileTable.of(framework, management.score(id), locale);
            for (ProfileTable.DimensionPart d : table.dimensions()) {
                for (ProfileTable.FactorPart f : d.factors()) {
                    String range = !f.applicable() ? text("assessment.profile.notApplicable", locale) : f.isRange()
                            ? text("stage." + f.low(), locale) + "–" + text("stage." + f.high(), locale)
                            : text("stage." + f.low(), locale);
                    for (ProfileTable.UnitPart u : f.units()) {
                        rows.add(List.of(d.id(), d.name(), f.id(), f.name(), range, u.id(), u.name(),
                                u.applicable() ? Integer.toString(u.stage()) : "",
                                u.applicable() ? text("stage." + u.stage(), locale) : text("assessment.profile.notApplicable", locale),
                                text(u.complete() ? "assessment.pages.yes" : "assessment.pages.no", locale)));
                    }
                }
            }
        }
        String fileName = "faro-profile-" + a.country() + "-" + a.id() + "-r" + a.revision() + ".csv";
        return lat.faro.shared.web.CsvFiles.attachment(fileName, rows);
    }



    private static List<FunctionRow> functions(Framework framework, BaselineScore score, Locale locale) {
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        List<FunctionRow> rows = new ArrayList<>();
        for (BaselineScore.Function f : score.functions()) {
            Texts name = framework.nameOf(f.functionId()).orElse(new Texts(Map.of()));
            rows.add(new FunctionRow(f.functionId(), name.in(locale), name.languageFor(locale),
                    f.meanTier() == null ? null : decimal.format(f.meanTier()), f.rated(), f.controls()));
        }
        return rows;
    }

    private static List<GapRow> gaps(Framework framework, BaselineScore score, Locale locale) {
        Map<String, BaselineScore.Control> controls = score.controls().stream()
                .collect(Collectors.toMap(BaselineScore.Control::controlId, Function.identity()));
        List<GapRow> rows = new ArrayList<>();
        for (String id : score.gaps()) {
            Indicator control = framework.indicator(id).orElse(null);
            BaselineScore.Control c = controls.get(id);
            if (control == null || c == null) {
                continue;
            }
            Texts function = framework.nameOf(c.functionId()).orElse(new Texts(Map.of()));
            rows.add(new GapRow(id, control.name().in(locale), control.name().languageFor(locale), function.in(locale),
                    function.languageFor(locale), c.tier()));
        }
        return rows;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
