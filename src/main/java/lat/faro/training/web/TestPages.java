package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.framework.Texts;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.training.EventView;
import lat.faro.training.LearningTests;
import lat.faro.training.Question;
import lat.faro.training.QuestionKind;
import lat.faro.training.TestKind;
import lat.faro.training.TestPaper;
import lat.faro.training.TestResult;
import lat.faro.training.TrainingEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's pre- and post-test pages: the test as a form (radio buttons for single-choice
 * questions, check boxes for multiple-choice ones, each question a fieldset) and the result with
 * the explanations. Plain forms: they work without JavaScript. Options are sent as
 * {@code q<question id>=<option id>}.
 */
@Controller
class TestPages {

    /** A question of the form, with the options the person chose (kept when the form comes back with a message). */
    record ItemLine(long id, int number, boolean multiple, String text, String lang, List<ChoiceLine> choices, @Nullable String error) {
    }

    record ChoiceLine(long id, String text, String lang, boolean checked) {
    }

    /** A question of the result. */
    record MarkedLine(int number, String text, String lang, boolean correct, List<OptionLine> options, String explanation,
            String explanationLang) {
    }

    record OptionLine(String text, String lang, boolean chosen, boolean correct) {
    }

    private final LearningTests tests;
    private final TrainingEvents trainingEvents;
    private final MessageSource messages;

    TestPages(LearningTests tests, TrainingEvents trainingEvents, MessageSource messages) {
        this.tests = tests;
        this.trainingEvents = trainingEvents;
        this.messages = messages;
    }

    @GetMapping("/training/events/{id}/tests/{kind}")
    String test(@PathVariable long id, @PathVariable String kind, Model model, Locale locale) {
        return testPage(id, kind(kind), model, locale, Map.of(), Map.of());
    }

    @PostMapping("/training/events/{id}/tests/{kind}")
    String submit(@PathVariable long id, @PathVariable String kind, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        TestKind test = kind(kind);
        Map<Long, Set<Long>> answers = new LinkedHashMap<>();
        try {
            answers = answers(form);
            tests.submit(id, test, answers);
            redirect.addFlashAttribute("notice", "submitted");
            return "redirect:/training/events/" + id + "/tests/" + test.name() + "/result";
        } catch (InvalidInputException | InvalidFieldException e) {
            response.setStatus(e instanceof InvalidFieldException f && f.isConflict() ? HttpStatus.CONFLICT.value()
                    : HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            if (e instanceof InvalidInputException invalid) {
                for (FieldProblem p : invalid.problems()) {
                    errors.putIfAbsent(p.field(), messages.getMessage(p.code(), p.args(), p.code(), locale));
                }
            } else {
                errors.putAll(FieldMessages.of(e, Set.of(), messages, locale));
            }
            return testPage(id, test, model, locale, answers, errors);
        }
    }

    @GetMapping("/training/events/{id}/tests/{kind}/result")
    String result(@PathVariable long id, @PathVariable String kind, Model model, Locale locale) {
        TestKind test = kind(kind);
        EventView event = trainingEvents.event(id);
        TestResult result = tests.mine(id, test).orElseThrow(() -> new NotFoundException("training.test.notTaken"));
        List<MarkedLine> marked = new ArrayList<>();
        for (TestResult.Marked m : result.questions()) {
            Question q = m.question();
            marked.add(new MarkedLine(q.position(), q.text().in(locale), q.text().languageFor(locale), m.correct(),
                    q.options().stream().map(o -> new OptionLine(o.text().in(locale), o.text().languageFor(locale),
                            m.chosen().contains(o.id()), o.correct())).toList(),
                    q.explanation().in(locale), q.explanation().languageFor(locale)));
        }
        event(model, event, locale);
        model.addAttribute("kind", test.name());
        model.addAttribute("result", result);
        model.addAttribute("percent", percent(result.score().rounded(), locale));
        model.addAttribute("submittedAt", when(result.submittedAt(), event, locale));
        model.addAttribute("marked", marked);
        return "training/test-result";
    }

    private String testPage(long id, TestKind kind, Model model, Locale locale, Map<Long, Set<Long>> chosen, Map<String, String> errors) {
        EventView event = trainingEvents.event(id);
        TestPaper paper = tests.paper(id, kind);
        List<ItemLine> items = new ArrayList<>();
        for (TestPaper.Item item : paper.items()) {
            Set<Long> mine = chosen.getOrDefault(item.id(), Set.of());
            items.add(new ItemLine(item.id(), item.position(), item.kind() == QuestionKind.MULTIPLE, item.text().in(locale),
                    item.text().languageFor(locale), item.choices().stream().map(c -> new ChoiceLine(c.id(), c.text().in(locale),
                            c.text().languageFor(locale), mine.contains(c.id()))).toList(), errors.get("answers." + item.id())));
        }
        event(model, event, locale);
        model.addAttribute("kind", kind.name());
        model.addAttribute("paper", paper);
        model.addAttribute("items", items);
        model.addAttribute("errors", errors);
        model.addAttribute("opensAt", paper.opensAt() == null ? "" : when(paper.opensAt(), event, locale));
        model.addAttribute("closesAt", when(paper.closesAt(), event, locale));
        model.addAttribute("submittedAt", paper.submittedAt() == null ? "" : when(paper.submittedAt(), event, locale));
        return "training/test";
    }

    private static void event(Model model, EventView event, Locale locale) {
        Texts title = event.courseTitle();
        model.addAttribute("event", event);
        model.addAttribute("courseTitle", title.in(locale));
        model.addAttribute("courseTitleLang", title.languageFor(locale));
    }

    /** The form's answers: {@code q<question id>} → option ids; anything else sent is ignored, a bad number is named. */
    private static Map<Long, Set<Long>> answers(MultiValueMap<String, String> form) {
        Map<Long, Set<Long>> answers = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        form.forEach((name, values) -> {
            if (!name.matches("q\\d{1,18}")) {
                return;
            }
            long question = Long.parseLong(name.substring(1));
            Set<Long> options = new HashSet<>();
            for (String value : values) {
                if (value != null && value.strip().matches("\\d{1,18}")) {
                    options.add(Long.parseLong(value.strip()));
                } else if (value != null && !value.isBlank()) {
                    problems.add(FieldProblem.at("answers." + question, "training.test.unknownOption", question));
                }
            }
            answers.put(question, options);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }

    /** PRE or POST; anything else is no page at all. */
    static TestKind kind(String kind) {
        for (TestKind k : TestKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw new NotFoundException("training.test.unknownKind", kind);
    }

    static String when(Instant instant, EventView event, Locale locale) {
        ZoneId zone = ZoneId.of(event.timeZone());
        var at = instant.atZone(zone);
        return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)) + ", "
                + at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)) + " (" + zone.getId() + ")";
    }

    /** A percentage (0–100, two decimals) as the page's language writes it, e.g. 66,67 %. */
    static String percent(BigDecimal percent, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(percent.movePointLeft(2));
    }
}
