package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.training.BankVersionUse;
import lat.faro.training.CourseView;
import lat.faro.training.Question;
import lat.faro.training.QuestionBank;
import lat.faro.training.QuestionBankView;
import lat.faro.training.QuestionDraft;
import lat.faro.training.QuestionKind;
import lat.faro.training.TrainingCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A course's question bank as pages: the current version's questions with their key and whether
 * tests were already taken in it (programme staff and the trainers of the course's events), a
 * preview of the test as participants see it, and for programme staff a form per question to add,
 * change, remove or move one. Every change goes through {@link QuestionBank#save} like the API:
 * the whole bank from the version the page showed, checked as a whole, written as the next
 * version; a version saved meanwhile by someone else is a 409 with the person's text kept. Plain
 * forms that work without JavaScript; questions are addressed by their position (1, 2, …).
 */
@Controller
class QuestionBankPages {

    private static final String BASE = "/training/courses/{id}/questions";
    private static final List<String> LANGUAGE_ORDER = List.of("es", "en", "pt", "fr");

    /** A question of the list or the preview, in the reader's language. */
    record QuestionLine(int number, String kind, String text, String lang, List<OptionLine> options, String explanation,
            String explanationLang, String languages) {
    }

    record OptionLine(long id, String text, String lang, boolean correct) {
    }

    private final QuestionBank bank;
    private final TrainingCatalogue catalogue;
    private final MessageSource messages;

    QuestionBankPages(QuestionBank bank, TrainingCatalogue catalogue, MessageSource messages) {
        this.bank = bank;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @GetMapping(BASE)
    String list(@PathVariable long id, Model model, Locale locale) {
        QuestionBankView view = bank.bank(id);
        BankVersionUse use = bank.use(id, view.version());
        course(model, id, locale);
        model.addAttribute("bank", view);
        model.addAttribute("use", use);
        model.addAttribute("questions", lines(view, locale));
        model.addAttribute("canEdit", bank.canManage());
        model.addAttribute("updatedAt", view.updatedAt() == null ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                        .format(view.updatedAt().atZone(ZoneId.systemDefault())));
        return "training/questions";
    }

    @GetMapping(BASE + "/preview")
    String preview(@PathVariable long id, Model model, Locale locale) {
        QuestionBankView view = bank.bank(id);
        course(model, id, locale);
        model.addAttribute("bank", view);
        model.addAttribute("questions", lines(view, locale));
        return "training/questions-preview";
    }

    @GetMapping(BASE + "/new")
    String addForm(@PathVariable long id, Model model, Locale locale) {
        QuestionBankView view = editable(id);
        return form(model, id, locale, view.version(), 0, QuestionForm.blank(), languages(id, List.of()), Map.of(), null);
    }

    @PostMapping(BASE + "/new")
    String add(@PathVariable long id, @RequestParam MultiValueMap<String, String> sent, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        QuestionBankView view = editable(id);
        List<String> languages = languages(id, List.of());
        QuestionForm form = QuestionForm.read(sent, languages, sent.containsKey("another"));
        int expected = version(sent);
        if (sent.containsKey("another")) {
            return form(model, id, locale, expected, 0, form, languages, Map.of(), null);
        }
        if (view.version() != expected) {
            return conflict(model, id, locale, view, 0, form, languages, response);
        }
        List<QuestionDraft> drafts = drafts(view);
        QuestionDraft draft = form.draft();
        drafts.add(draft);
        return save(id, expected, drafts, drafts.size() - 1, "added", redirect, problems -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id, locale, expected, 0, form, languages, form.errors(problems, drafts.size() - 1, messages, locale), null);
        }, () -> conflict(model, id, locale, bank.bank(id), 0, form, languages, response));
    }

    @GetMapping(BASE + "/{number}/edit")
    String editForm(@PathVariable long id, @PathVariable int number, Model model, Locale locale) {
        QuestionBankView view = editable(id);
        Question question = at(view, number);
        return form(model, id, locale, view.version(), number, QuestionForm.of(question), languages(id, List.of(question)), Map.of(),
                null);
    }

    @PostMapping(BASE + "/{number}/edit")
    String edit(@PathVariable long id, @PathVariable int number, @RequestParam MultiValueMap<String, String> sent, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        QuestionBankView view = editable(id);
        int expected = version(sent);
        List<String> languages = languages(id, number <= view.questions().size() ? List.of(at(view, number)) : List.of());
        QuestionForm form = QuestionForm.read(sent, languages, sent.containsKey("another"));
        if (sent.containsKey("another")) {
            return form(model, id, locale, expected, number, form, languages, Map.of(), null);
        }
        if (view.version() != expected) {
            return conflict(model, id, locale, view, number, form, languages, response);
        }
        List<QuestionDraft> drafts = drafts(view);
        at(view, number);
        drafts.set(number - 1, form.draft());
        return save(id, expected, drafts, number - 1, "changed", redirect, problems -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id, locale, expected, number, form, languages, form.errors(problems, number - 1, messages, locale), null);
        }, () -> conflict(model, id, locale, bank.bank(id), number, form, languages, response));
    }

    @PostMapping(BASE + "/{number}/remove")
    String remove(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) @Nullable String version,
            RedirectAttributes redirect, Locale locale) {
        QuestionBankView view = editable(id);
        if (view.version() != version(version)) {
            return stale(id, redirect, view.version(), locale);
        }
        at(view, number);
        List<QuestionDraft> drafts = drafts(view);
        drafts.remove(number - 1);
        return change(id, view.version(), drafts, "removed", redirect, locale);
    }

    @PostMapping(BASE + "/{number}/move")
    String move(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String direction, RedirectAttributes redirect, Locale locale) {
        QuestionBankView view = editable(id);
        if (view.version() != version(version)) {
            return stale(id, redirect, view.version(), locale);
        }
        at(view, number);
        int to = "up".equals(direction) ? number - 1 : "down".equals(direction) ? number + 1 : number;
        if (to < 1 || to > view.questions().size() || to == number) {
            return "redirect:/training/courses/" + id + "/questions";
        }
        List<QuestionDraft> drafts = drafts(view);
        drafts.add(to - 1, drafts.remove(number - 1));
        return change(id, view.version(), drafts, "moved", redirect, locale);
    }

    /** The bank for someone about to change it: 403 unless programme staff, 404 for an unknown course. */
    private QuestionBankView editable(long id) {
        if (!bank.canManage()) {
            throw new AccessDeniedException("question bank of course " + id);
        }
        return bank.bank(id);
    }

    private interface Refusal {
        String page(List<FieldProblem> problems);
    }

    private interface Conflict {
        String page();
    }

    /** Saves the bank; the form again with the problems of question {@code index}, or the conflict page. */
    private String save(long id, int expected, List<QuestionDraft> drafts, int index, String notice, RedirectAttributes redirect,
            Refusal refused, Conflict conflict) {
        try {
            QuestionBankView saved = bank.save(id, expected, drafts);
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeNumber", index + 1);
            redirect.addFlashAttribute("noticeVersion", saved.version());
            return "redirect:/training/courses/" + id + "/questions#question-" + (index + 1);
        } catch (InvalidInputException e) {
            if (e.isConflict()) {
                return conflict.page();
            }
            return refused.page(e.problems());
        }
    }

    /** Saves a removal or a move from the list; back to the list with the outcome or the refusal. */
    private String change(long id, int expected, List<QuestionDraft> drafts, String notice, RedirectAttributes redirect, Locale locale) {
        try {
            QuestionBankView saved = bank.save(id, expected, drafts);
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeVersion", saved.version());
            return "redirect:/training/courses/" + id + "/questions";
        } catch (InvalidInputException e) {
            if (e.isConflict()) {
                return stale(id, redirect, bank.bank(id).version(), locale);
            }
            FieldProblem first = e.problems().getFirst();
            redirect.addFlashAttribute("refusal", messages.getMessage(first.code(), first.args(), first.code(), locale));
            return "redirect:/training/courses/" + id + "/questions";
        }
    }

    private String stale(long id, RedirectAttributes redirect, int version, Locale locale) {
        redirect.addFlashAttribute("refusal", messages.getMessage("qbank.refused.stale", new Object[] {version}, locale));
        return "redirect:/training/courses/" + id + "/questions";
    }

    /**
     * Someone saved the bank after the page was read: nothing is written, the form comes back with
     * what the person typed and what question {@code number} now says, ready to save over the
     * newer version if they still want to; when the bank no longer has that question, saving adds
     * theirs.
     */
    private String conflict(Model model, long id, Locale locale, QuestionBankView now, int number, QuestionForm form,
            List<String> languages, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        QuestionLine current = number >= 1 && number <= now.questions().size()
                ? line(now.questions().get(number - 1), locale) : null;
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("version", messages.getMessage(number == 0 ? "qbank.conflict.add"
                : current == null ? "qbank.conflict.gone" : "qbank.conflict.edit", new Object[] {now.version(), number}, locale));
        return form(model, id, locale, now.version(), current == null ? 0 : number, form, languages, errors, current);
    }

    private String form(Model model, long id, Locale locale, int version, int number, QuestionForm form, List<String> languages,
            Map<String, String> errors, @Nullable QuestionLine current) {
        course(model, id, locale);
        model.addAttribute("version", version);
        model.addAttribute("number", number);
        model.addAttribute("form", form);
        model.addAttribute("textLanguages", languages);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", QuestionForm.summary(errors));
        model.addAttribute("current", current);
        model.addAttribute("maxRows", QuestionForm.MAX_ROWS);
        model.addAttribute("kinds", java.util.Arrays.stream(QuestionKind.values()).map(Enum::name).toList());
        return "training/question-form";
    }

    private void course(Model model, long id, Locale locale) {
        CourseView course = catalogue.course(id);
        model.addAttribute("course", course);
        model.addAttribute("courseTitle", course.title().in(locale));
        model.addAttribute("courseTitleLang", course.title().languageFor(locale));
    }

    /**
     * The languages a question is written in on the form: Spanish, then the course's other
     * languages and any the question already has (so that saving it keeps every translation).
     */
    private List<String> languages(long id, List<Question> questions) {
        Set<String> found = new LinkedHashSet<>();
        found.add("es");
        found.addAll(catalogue.course(id).title().byLanguage().keySet());
        for (Question q : questions) {
            found.addAll(q.text().byLanguage().keySet());
            found.addAll(q.explanation().byLanguage().keySet());
            q.options().forEach(o -> found.addAll(o.text().byLanguage().keySet()));
        }
        return LANGUAGE_ORDER.stream().filter(found::contains).toList();
    }

    private static Question at(QuestionBankView view, int number) {
        if (number < 1 || number > view.questions().size()) {
            throw new NotFoundException("qbank.notFound", number);
        }
        return view.questions().get(number - 1);
    }

    /** The stored questions as drafts, to save them again around the one changed. */
    private static List<QuestionDraft> drafts(QuestionBankView view) {
        List<QuestionDraft> drafts = new ArrayList<>();
        for (Question q : view.questions()) {
            drafts.add(new QuestionDraft(q.kind(), q.text().byLanguage(), q.explanation().byLanguage(),
                    q.options().stream().map(o -> new QuestionDraft.OptionDraft(o.text().byLanguage(), o.correct())).toList()));
        }
        return drafts;
    }

    /** The version the page was read at; -1 (always stale) when missing or not a number. */
    private static int version(MultiValueMap<String, String> sent) {
        return version(sent.getFirst("version"));
    }

    private static int version(@Nullable String value) {
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    private List<QuestionLine> lines(QuestionBankView view, Locale locale) {
        return view.questions().stream().map(q -> line(q, locale)).toList();
    }

    private QuestionLine line(Question q, Locale locale) {
        return new QuestionLine(q.position(), q.kind().name(), q.text().in(locale), q.text().languageFor(locale),
                q.options().stream().map(o -> new OptionLine(o.id(), o.text().in(locale), o.text().languageFor(locale), o.correct()))
                        .toList(),
                q.explanation().in(locale), q.explanation().languageFor(locale),
                LANGUAGE_ORDER.stream().filter(q.text().byLanguage()::containsKey)
                        .map(l -> messages.getMessage("training.language." + l, null, l, locale)).collect(Collectors.joining(", ")));
    }
}
