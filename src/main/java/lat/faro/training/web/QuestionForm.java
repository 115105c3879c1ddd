package lat.faro.training.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.FieldProblem;
import lat.faro.training.Question;
import lat.faro.training.QuestionDraft;
import lat.faro.training.QuestionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * One question of a bank as its form holds it: what the person typed, kept as typed so that the
 * form comes back with it, and the draft the service checks. Choices are rows of a fixed number
 * (one more on request, up to the service's maximum); a row left blank and unticked is ignored, so
 * the draft's option {@code j} is the form's row {@link #rowOf}{@code (j)}. Fields are named
 * {@code kind}, {@code text.<lang>}, {@code explanation.<lang>}, {@code option.<row>.<lang>} and
 * {@code option.<row>.correct}.
 */
final class QuestionForm {

    /** The most choice rows the form offers: the service's maximum of options. */
    static final int MAX_ROWS = 8;
    static final int MIN_ROWS = 4;
    private static final Pattern OPTION = Pattern.compile("options\\[(\\d+)](?:\\.text\\.(\\w+))?");
    private static final Pattern ROW_FIELD = Pattern.compile("option\\.(\\d{1,2})\\..+");

    /** A row of choices: its text per language and whether it is marked correct. */
    record Row(int index, Map<String, String> text, boolean correct) {
    }

    /** A message of the summary, with the id of the field it is about (null when there is none). */
    record Problem(@Nullable String anchor, String message) {
    }

    private final @Nullable String kind;
    private final Map<String, String> text;
    private final Map<String, String> explanation;
    private final List<Row> rows;
    private final List<Integer> draftRows = new ArrayList<>();

    private QuestionForm(@Nullable String kind, Map<String, String> text, Map<String, String> explanation, List<Row> rows) {
        this.kind = kind;
        this.text = text;
        this.explanation = explanation;
        this.rows = rows;
    }

    /** An empty form of a new question: single choice, {@value #MIN_ROWS} blank rows. */
    static QuestionForm blank() {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < MIN_ROWS; r++) {
            rows.add(new Row(r, Map.of(), false));
        }
        return new QuestionForm(QuestionKind.SINGLE.name(), Map.of(), Map.of(), rows);
    }

    /** A stored question in the form, with a blank row to add a choice if there is room. */
    static QuestionForm of(Question question) {
        List<Row> rows = new ArrayList<>();
        for (Question.Option option : question.options()) {
            rows.add(new Row(rows.size(), option.text().byLanguage(), option.correct()));
        }
        while (rows.size() < Math.min(MAX_ROWS, Math.max(MIN_ROWS, question.options().size() + 1))) {
            rows.add(new Row(rows.size(), Map.of(), false));
        }
        return new QuestionForm(question.kind().name(), question.text().byLanguage(), question.explanation().byLanguage(), rows);
    }

    /** What the form sent, in the given languages; {@code extraRow} adds a blank row (the "another choice" button). */
    static QuestionForm read(MultiValueMap<String, String> form, List<String> languages, boolean extraRow) {
        int count = 0;
        String sent = form.getFirst("rows");
        if (sent != null && sent.strip().matches("\\d{1,2}")) {
            count = Integer.parseInt(sent.strip());
        }
        for (String key : form.keySet()) {
            Matcher m = ROW_FIELD.matcher(key);
            if (m.matches()) {
                count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
            }
        }
        count = Math.min(MAX_ROWS, Math.max(MIN_ROWS, count + (extraRow ? 1 : 0)));
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            rows.add(new Row(r, texts(form, "option." + r + ".", languages), form.containsKey("option." + r + ".correct")));
        }
        return new QuestionForm(form.getFirst("kind"), texts(form, "text.", languages), texts(form, "explanation.", languages), rows);
    }

    private static Map<String, String> texts(MultiValueMap<String, String> form, String prefix, List<String> languages) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : languages) {
            String value = form.getFirst(prefix + lang);
            if (value != null) {
                out.put(lang, value);
            }
        }
        return out;
    }

    /** The draft for the service: the rows with some text or a mark, blank texts left out. */
    QuestionDraft draft() {
        draftRows.clear();
        List<QuestionDraft.OptionDraft> options = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> texts = filled(row.text());
            if (texts.isEmpty() && !row.correct()) {
                continue;
            }
            draftRows.add(row.index());
            options.add(new QuestionDraft.OptionDraft(texts, row.correct()));
        }
        return new QuestionDraft(WebInputs.parse(QuestionKind.class, kind), filled(text), filled(explanation), options);
    }

    /** The form's row of the draft's option {@code j}. */
    int rowOf(int j) {
        return j < draftRows.size() ? draftRows.get(j) : j;
    }

    /**
     * The service's problems with this question (the {@code index}-th of the bank) by the form's
     * field names: {@code kind}, {@code text.es}, {@code options}, {@code option.2.es}; anything
     * else under {@link FieldMessages#GENERAL}. The first message of a field stays.
     */
    Map<String, String> errors(List<FieldProblem> problems, int index, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String prefix = "questions[" + index + "].";
        for (FieldProblem p : problems) {
            String message = messages.getMessage(p.code(), p.args(), p.code(), locale);
            String field = FieldMessages.GENERAL;
            if (p.field().startsWith(prefix)) {
                String rest = p.field().substring(prefix.length());
                Matcher option = OPTION.matcher(rest);
                if (option.matches()) {
                    int row = rowOf(Integer.parseInt(option.group(1)));
                    field = option.group(2) == null ? "option." + row + ".es" : "option." + row + "." + option.group(2);
                } else if (rest.equals("kind") || rest.equals("options") || rest.matches("(text|explanation)\\.\\w+")) {
                    field = rest;
                }
            }
            errors.putIfAbsent(field, message);
        }
        return errors;
    }

    /** The errors as the summary lists them, each linked to its field's id. */
    static List<Problem> summary(Map<String, String> errors) {
        List<Problem> out = new ArrayList<>();
        errors.forEach((field, message) -> out.add(new Problem(anchor(field), message)));
        return out;
    }

    private static @Nullable String anchor(String field) {
        if (field.equals(FieldMessages.GENERAL) || field.equals("version")) {
            return null;
        }
        if (field.equals("kind")) {
            return "kind-SINGLE";
        }
        return field.replace('.', '-');
    }

    private static Map<String, String> filled(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((lang, value) -> {
            if (value != null && !value.isBlank()) {
                out.put(lang, value);
            }
        });
        return out;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public Map<String, String> getText() {
        return text;
    }

    public Map<String, String> getExplanation() {
        return explanation;
    }

    public List<Row> getRows() {
        return rows;
    }
}
