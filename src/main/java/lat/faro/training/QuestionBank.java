package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;
import static lat.faro.training.TrainingCatalogue.instant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lat.faro.framework.Texts;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank of each course, from which its events' pre- and post-tests are drawn.
 * Programme coordinators and administrators write it; they and the trainers of the course's
 * events read it with its key.
 *
 * <p>Saving replaces the whole bank, from the version read (a stale one is a 409 and nothing is
 * written), after checking every field: 1 to {@value #MAX_QUESTIONS} questions, each with its
 * kind, its Spanish text and explanation, and {@value #MIN_OPTIONS} to {@value #MAX_OPTIONS}
 * options with Spanish texts, of which a single-choice question marks exactly one correct and a
 * multiple-choice question at least one. Every problem is named by its field, e.g.
 * {@code questions[2].options[0].text.es}.
 *
 * <p>Questions are never changed in place: a save writes them anew under the next version. An
 * event whose tests someone has already taken keeps the version they were taken in (see
 * {@link LearningTests}), so its pre- and post-test stay the same test.
 */
@Service
@Transactional
public class QuestionBank {

    static final int MAX_QUESTIONS = 100;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 8;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_EXPLANATION = 4000;
    private static final int MAX_OPTION = 500;

    private final JdbcClient jdbc;
    private final TrainingCatalogue catalogue;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionBank(JdbcClient jdbc, TrainingCatalogue catalogue, Access access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current person may write question banks. */
    public boolean canManage() {
        return catalogue.canManage();
    }

    /**
     * The course's bank with its key, for programme staff and the trainers of the course's events;
     * 404 for an unknown course, 403 for anyone else.
     */
    @Transactional(readOnly = true)
    public QuestionBankView bank(long courseId) {
        catalogue.course(courseId);
        if (!mayRead(courseId)) {
            throw new AccessDeniedException("question bank of course " + courseId);
        }
        return current(courseId);
    }

    /** Whether the current person may read the course's bank: programme staff and the trainers of its events. */
    @Transactional(readOnly = true)
    public boolean mayRead(long courseId) {
        return canManage() || trainsCourse(courseId);
    }

    /**
     * How far a version of the course's bank is in use: the events whose tests were taken in it
     * and those attempts. Such events keep that version whatever is saved later. Readable as
     * {@link #bank}: 404 for an unknown course, 403 for anyone else.
     */
    @Transactional(readOnly = true)
    public BankVersionUse use(long courseId, int version) {
        catalogue.course(courseId);
        if (!mayRead(courseId)) {
            throw new AccessDeniedException("question bank of course " + courseId);
        }
        return jdbc.sql("select count(distinct a.event_id) as events, count(*) as attempts from training_test_attempt a "
                        + "join training_event e on e.id = a.event_id where e.course_id = ? and a.bank_version = ?")
                .params(courseId, version)
                .query((rs, n) -> new BankVersionUse(version, rs.getInt("events"), rs.getInt("attempts"))).single();
    }

    /**
     * Replaces the course's questions if the bank is still at {@code expectedVersion} (0 when it
     * has none yet). 403 unless programme staff; 400 naming every bad field; 409 for a stale
     * version. Nothing is written unless everything is right.
     */
    public QuestionBankView save(long courseId, int expectedVersion, List<QuestionDraft> questions) {
        if (!canManage()) {
            throw new AccessDeniedException("question bank of course " + courseId);
        }
        catalogue.course(courseId);
        check(questions);
        String actor = String.valueOf(access.userName());
        Instant now = clock.instant();
        int current = version(courseId);
        int next = expectedVersion + 1;
        int updated;
        if (expectedVersion == 0 && current == 0) {
            try {
                updated = jdbc.sql("insert into training_question_bank (course_id, version, updated_by, updated_at) values (?, 1, ?, ?)")
                        .params(courseId, actor, at(now)).update();
            } catch (DuplicateKeyException raced) {
                // Someone saved the first version at the same moment. The failed insert has aborted the transaction on
                // PostgreSQL, so the bank cannot be read again here: theirs is version 1.
                throw stale(1);
            }
        } else {
            updated = jdbc.sql("update training_question_bank set version = ?, updated_by = ?, updated_at = ? "
                            + "where course_id = ? and version = ?")
                    .params(next, actor, at(now), courseId, expectedVersion).update();
        }
        if (updated == 0) {
            throw stale(version(courseId));
        }
        write(courseId, next, questions);
        events.publishEvent(new TrainingEvent.QuestionBankSaved(courseId, next, questions.size(), actor));
        return current(courseId);
    }

    private static InvalidInputException stale(int current) {
        return new InvalidInputException(List.of(FieldProblem.at("version", "training.bank.stale", current)), true);
    }

    /** The current version of the course's bank; 0 when it has none. */
    int version(long courseId) {
        return jdbc.sql("select version from training_question_bank where course_id = ?").param(courseId)
                .query(Integer.class).optional().orElse(0);
    }

    /** The questions of one version of the course's bank, in order; empty for version 0. */
    List<Question> questions(long courseId, int version) {
        record Row(long id, int position, QuestionKind kind) {
        }
        List<Row> rows = jdbc.sql("select id, position, kind from training_question where course_id = ? and bank_version = ? "
                        + "order by position")
                .params(courseId, version)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind"))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> texts = new HashMap<>();
        Map<Long, Map<String, String>> explanations = new HashMap<>();
        jdbc.sql("select t.question_id, t.lang, t.wording, t.explanation from training_question_text t "
                        + "join training_question q on q.id = t.question_id where q.course_id = ? and q.bank_version = ?")
                .params(courseId, version)
                .query(rs -> {
                    long question = rs.getLong("question_id");
                    texts.computeIfAbsent(question, q -> new HashMap<>()).put(rs.getString("lang"), rs.getString("wording"));
                    String explanation = rs.getString("explanation");
                    if (explanation != null) {
                        explanations.computeIfAbsent(question, q -> new HashMap<>()).put(rs.getString("lang"), explanation);
                    }
                });
        Map<Long, Map<String, String>> optionTexts = new HashMap<>();
        jdbc.sql("select ot.option_id, ot.lang, ot.wording from training_option_text ot "
                        + "join training_question_option o on o.id = ot.option_id join training_question q on q.id = o.question_id "
                        + "where q.course_id = ? and q.bank_version = ?")
                .params(courseId, version)
                .query(rs -> {
                    optionTexts.computeIfAbsent(rs.getLong("option_id"), o -> new HashMap<>()).put(rs.getString("lang"), rs.getString("wording"));
                });
        Map<Long, List<Question.Option>> options = new HashMap<>();
        jdbc.sql("select o.id, o.question_id, o.correct from training_question_option o join training_question q on q.id = o.question_id "
                        + "where q.course_id = ? and q.bank_version = ? order by o.question_id, o.position")
                .params(courseId, version)
                .query(rs -> {
                    long id = rs.getLong("id");
                    options.computeIfAbsent(rs.getLong("question_id"), q -> new ArrayList<>())
                            .add(new Question.Option(id, new Texts(optionTexts.getOrDefault(id, Map.of())), rs.getBoolean("correct")));
                });
        return rows.stream().map(r -> new Question(r.id(), r.position(), r.kind(), new Texts(texts.getOrDefault(r.id(), Map.of())),
                new Texts(explanations.getOrDefault(r.id(), Map.of())), options.getOrDefault(r.id(), List.of()))).toList();
    }

    private QuestionBankView current(long courseId) {
        record Row(int version, Instant updatedAt) {
        }
        Optional<Row> row = jdbc.sql("select version, updated_at from training_question_bank where course_id = ?").param(courseId)
                .query((rs, n) -> new Row(rs.getInt("version"), instant(rs, "updated_at"))).optional();
        return row.map(r -> new QuestionBankView(courseId, r.version(), questions(courseId, r.version()), r.updatedAt()))
                .orElseGet(() -> new QuestionBankView(courseId, 0, List.of(), null));
    }

    private boolean trainsCourse(long courseId) {
        String user = access.userName();
        return user != null && access.hasRole(Role.TRAINER) && jdbc.sql("select count(*) from training_event_trainer t "
                        + "join training_event e on e.id = t.event_id where e.course_id = ? and t.email = ?")
                .params(courseId, user.toLowerCase(Locale.ROOT)).query(Integer.class).single() > 0;
    }

    private void write(long courseId, int version, List<QuestionDraft> questions) {
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft draft = questions.get(i);
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into training_question (course_id, bank_version, position, kind) values (?, ?, ?, ?)")
                    .params(courseId, version, i + 1, String.valueOf(draft.kind())).update(keys, "id");
            long question = keys.getKeyAs(Long.class);
            for (var text : cleaned(draft.text()).entrySet()) {
                jdbc.sql("insert into training_question_text (question_id, lang, wording, explanation) values (?, ?, ?, ?)")
                        .params(question, text.getKey(), text.getValue(), cleaned(draft.explanation()).get(text.getKey())).update();
            }
            for (int j = 0; j < draft.options().size(); j++) {
                QuestionDraft.OptionDraft option = draft.options().get(j);
                var optionKeys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("insert into training_question_option (question_id, position, correct) values (?, ?, ?)")
                        .params(question, j + 1, option.correct()).update(optionKeys, "id");
                long id = optionKeys.getKeyAs(Long.class);
                for (var text : cleaned(option.text()).entrySet()) {
                    jdbc.sql("insert into training_option_text (option_id, lang, wording) values (?, ?, ?)")
                            .params(id, text.getKey(), text.getValue()).update();
                }
            }
        }
    }

    /** The non-blank texts, stripped. */
    private static Map<String, String> cleaned(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((lang, text) -> {
            if (text != null && !text.isBlank()) {
                out.put(lang, text.strip());
            }
        });
        return out;
    }

    static void check(List<QuestionDraft> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (questions.isEmpty()) {
            problems.add(FieldProblem.at("questions", "training.bank.noQuestions"));
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(FieldProblem.at("questions", "training.bank.tooManyQuestions", MAX_QUESTIONS));
        }
        for (int i = 0; i < questions.size(); i++) {
            String at = "questions[" + i + "]";
            QuestionDraft question = questions.get(i);
            if (question == null) {
                problems.add(FieldProblem.at(at, "training.field.required"));
                continue;
            }
            if (question.kind() == null) {
                problems.add(FieldProblem.at(at + ".kind", "training.field.required"));
            }
            texts(problems, at + ".text", question.text(), MAX_TEXT);
            texts(problems, at + ".explanation", question.explanation(), MAX_EXPLANATION);
            for (String lang : question.explanation().keySet()) {
                boolean hasExplanation = !isBlank(question.explanation().get(lang));
                if (hasExplanation && TrainingCatalogue.LANGUAGES.contains(lang) && isBlank(question.text().get(lang))) {
                    // an explanation in a language the question is not written in would explain a text nobody sees
                    problems.add(FieldProblem.at(at + ".text." + lang, "training.bank.textForExplanation"));
                }
            }
            int options = question.options().size();
            if (options < MIN_OPTIONS || options > MAX_OPTIONS) {
                problems.add(FieldProblem.at(at + ".options", "training.bank.optionCount", MIN_OPTIONS, MAX_OPTIONS, options));
            }
            Set<String> seen = new HashSet<>();
            int correct = 0;
            for (int j = 0; j < options; j++) {
                QuestionDraft.OptionDraft option = question.options().get(j);
                String optionAt = at + ".options[" + j + "]";
                if (option == null) {
                    problems.add(FieldProblem.at(optionAt, "training.field.required"));
                    continue;
                }
                texts(problems, optionAt + ".text", option.text(), MAX_OPTION);
                String spanish = option.text().get("es");
                if (!isBlank(spanish) && !seen.add(spanish.strip().toLowerCase(Locale.ROOT))) {
                    problems.add(FieldProblem.at(optionAt + ".text.es", "training.bank.sameOption"));
                }
                if (option.correct()) {
                    correct++;
                }
            }
            if (question.kind() == QuestionKind.SINGLE && correct != 1) {
                problems.add(FieldProblem.at(at + ".options", "training.bank.singleCorrect", correct));
            }
            if (question.kind() == QuestionKind.MULTIPLE && correct == 0) {
                problems.add(FieldProblem.at(at + ".options", "training.bank.multipleCorrect"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A text per language: Spanish required, known languages only, none too long. */
    private static void texts(List<FieldProblem> problems, String at, Map<String, String> texts, int max) {
        if (isBlank(texts.get("es"))) {
            problems.add(FieldProblem.at(at + ".es", "training.course.spanishRequired"));
        }
        texts.forEach((lang, text) -> {
            if (!TrainingCatalogue.LANGUAGES.contains(lang)) {
                problems.add(FieldProblem.at(at + "." + lang, "training.course.language", lang));
            } else if (text != null && text.strip().length() > max) {
                problems.add(FieldProblem.at(at + "." + lang, "training.field.tooLong", max));
            }
        });
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
