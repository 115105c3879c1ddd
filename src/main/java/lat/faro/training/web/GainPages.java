package lat.faro.training.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lat.faro.shared.web.CsvFiles;
import lat.faro.training.EventView;
import lat.faro.training.Fraction;
import lat.faro.training.GainReport;
import lat.faro.training.LearnerGain;
import lat.faro.training.LearningGain;
import lat.faro.training.LearningTests;
import lat.faro.training.Question;
import lat.faro.training.QuestionDifficulty;
import lat.faro.training.TrainingEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The learning gain of an event for its trainers and programme staff: the cohort's figures after
 * Hake, each learner's scores and gain (by name, which only they see), the difficulty of each
 * question in each test, and the learners' gains as CSV.
 */
@Controller
class GainPages {

    record LearnerLine(String name, String pre, String post, String change, String gain) {
    }

    record DifficultyLine(int number, String text, String lang, int takers, int correct, String p) {
    }

    private final LearningTests tests;
    private final TrainingEvents trainingEvents;
    private final MessageSource messages;

    GainPages(LearningTests tests, TrainingEvents trainingEvents, MessageSource messages) {
        this.tests = tests;
        this.trainingEvents = trainingEvents;
        this.messages = messages;
    }

    @GetMapping("/training/events/{id}/gain")
    String gain(@PathVariable long id, Model model, Locale locale) {
        GainReport report = tests.gain(id);
        EventView event = trainingEvents.event(id);
        LearningGain g = report.gain();
        String undefined = messages.getMessage("gain.undefined", null, locale);
        List<LearnerLine> learners = new ArrayList<>();
        for (LearnerGain l : g.learners()) {
            learners.add(new LearnerLine(report.nameOf(l.participant()), percent(l.pre(), locale), percent(l.post(), locale),
                    decimal(l.change(), locale, true), l.gain() == null ? undefined : decimal(l.gain(), locale, false)));
        }
        model.addAttribute("event", event);
        model.addAttribute("courseTitle", event.courseTitle().in(locale));
        model.addAttribute("courseTitleLang", event.courseTitle().languageFor(locale));
        model.addAttribute("gain", g);
        model.addAttribute("classAverage", g.classAverageGain() == null ? undefined : decimal(g.classAverageGain(), locale, false));
        model.addAttribute("meanIndividual", g.meanIndividualGain() == null ? undefined
                : decimal(g.meanIndividualGain(), locale, false));
        model.addAttribute("meanPre", g.meanPre() == null ? undefined : percent(g.meanPre(), locale));
        model.addAttribute("meanPost", g.meanPost() == null ? undefined : percent(g.meanPost(), locale));
        model.addAttribute("attritionShare", g.attritionShare() == null ? undefined
                : percent(g.attritionShare().multiply(Fraction.HUNDRED), locale));
        model.addAttribute("learners", learners);
        model.addAttribute("preDifficulty", difficulty(report.questions(), g.preDifficulty(), locale, undefined));
        model.addAttribute("postDifficulty", difficulty(report.questions(), g.postDifficulty(), locale, undefined));
        return "training/gain";
    }

    /** The learners who took both tests, one line each, numbers with a decimal point whatever the language. */
    @GetMapping("/training/events/{id}/gain.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        GainReport report = tests.gain(id);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("gain.csv.registration", locale), text("gain.learner", locale), text("gain.pre", locale),
                text("gain.post", locale), text("gain.change", locale), text("gain.individual", locale)));
        for (LearnerGain l : report.gain().learners()) {
            rows.add(List.of(l.participant(), report.nameOf(l.participant()), l.pre().rounded().toPlainString(),
                    l.post().rounded().toPlainString(), l.change().rounded().toPlainString(),
                    l.gain() == null ? "" : l.gain().rounded().toPlainString()));
        }
        return CsvFiles.attachment("faro-learning-gain-" + id + ".csv", rows);
    }

    private static List<DifficultyLine> difficulty(List<Question> questions, List<QuestionDifficulty> difficulty, Locale locale,
            String undefined) {
        List<DifficultyLine> lines = new ArrayList<>();
        for (int i = 0; i < difficulty.size(); i++) {
            QuestionDifficulty d = difficulty.get(i);
            Question q = questions.get(i);
            lines.add(new DifficultyLine(q.position(), q.text().in(locale), q.text().languageFor(locale), d.takers(), d.correct(),
                    d.p() == null ? undefined : decimal(d.p(), locale, false)));
        }
        return lines;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A percentage given as 0–100, two decimals, as the page's language writes it. */
    private static String percent(Fraction value, Locale locale) {
        return TestPages.percent(value.rounded(), locale);
    }

    /** Two decimals as the page's language writes them; a change shows its sign. */
    private static String decimal(@Nullable Fraction value, Locale locale, boolean signed) {
        if (value == null) {
            return "";
        }
        NumberFormat format = lat.faro.shared.web.Numbers.twoDecimals(locale);
        BigDecimal rounded = value.rounded();
        String text = format.format(rounded);
        return signed && rounded.signum() > 0 ? "+" + text : text;
    }
}
