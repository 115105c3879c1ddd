package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;
import static lat.faro.training.TrainingCatalogue.instant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre- and post-tests of training events: taking them, their results and the event's
 * learning gain.
 *
 * <ul>
 * <li>Who takes them: the signed-in person, for their own confirmed registration only.</li>
 * <li>When: the pre-test from the person's confirmation until the event's first session starts;
 *     the post-test from the start of its last session until {@value #POST_TEST_DAYS} days after
 *     that session ends (late enough for an online cohort to catch up, early enough that the
 *     score still measures the event).</li>
 * <li>Once: a second submission of the same test is a 409 naming the test and when it was
 *     submitted, and writes nothing; the database's unique constraint on (event, registration,
 *     test) holds even if two submissions race. A submission is written whole or not at all.</li>
 * <li>What: the questions of the course's {@link QuestionBank}, scored by {@link TestScore}
 *     (all or nothing per question). An event uses the bank version in which its first test was
 *     taken, so its pre- and post-test are the same test even if the bank changes meanwhile.</li>
 * <li>Results: each person their own (see {@link TestResult} for when explanations show); the
 *     event's trainers and programme staff every result and the gain; anyone else a 404 for a
 *     result and a 403 for the gain.</li>
 * </ul>
 */
@Service
@Transactional
public class LearningTests {

    /** How many days after the event's last session ends the post-test stays open. */
    public static final int POST_TEST_DAYS = 14;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final JdbcClient jdbc;
    private final TrainingEvents trainingEvents;
    private final QuestionBank bank;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningTests(JdbcClient jdbc, TrainingEvents trainingEvents, QuestionBank bank, Access access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.trainingEvents = trainingEvents;
        this.bank = bank;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** When a test is open: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). */
    record Window(@Nullable Instant opensAt, Instant closesAt) {

        boolean notYetOpen(Instant now) {
            return opensAt != null && now.isBefore(opensAt);
        }

        boolean closed(Instant now) {
            return !now.isBefore(closesAt);
        }
    }

    /** The test's window for a person confirmed at {@code confirmedAt} (null: no confirmed place). */
    static Window window(EventView event, TestKind kind, @Nullable Instant confirmedAt) {
        if (kind == TestKind.PRE) {
            Instant firstStart = event.sessions().stream().map(s -> s.startsAt().toInstant()).min(Comparator.naturalOrder()).orElseThrow();
            return new Window(confirmedAt, firstStart);
        }
        Instant lastStart = event.sessions().stream().map(s -> s.startsAt().toInstant()).max(Comparator.naturalOrder()).orElseThrow();
        Instant lastEnd = event.sessions().stream().map(s -> s.endsAt().toInstant()).max(Comparator.naturalOrder()).orElseThrow();
        return new Window(lastStart, lastEnd.plus(Duration.ofDays(POST_TEST_DAYS)));
    }

    /** The test as the signed-in person may take it now; 404 for an event they may not see. */
    @Transactional(readOnly = true)
    public TestPaper paper(long eventId, TestKind kind) {
        EventView event = trainingEvents.event(eventId);
        Optional<Holder> holder = holder(eventId).filter(Holder::confirmed);
        Window window = window(event, kind, holder.map(Holder::confirmedAt).orElse(null));
        if (holder.isEmpty()) {
            return new TestPaper(eventId, kind, TestPaper.Availability.NOT_PARTICIPANT, null, window.closesAt(), null, List.of());
        }
        Optional<Stored> submitted = stored(eventId, holder.get().id(), kind);
        if (submitted.isPresent()) {
            return new TestPaper(eventId, kind, TestPaper.Availability.SUBMITTED, window.opensAt(), window.closesAt(),
                    submitted.get().submittedAt(), List.of());
        }
        Instant now = clock.instant();
        TestPaper.Availability availability = window.notYetOpen(now) ? TestPaper.Availability.NOT_YET_OPEN
                : window.closed(now) ? TestPaper.Availability.CLOSED : TestPaper.Availability.OPEN;
        List<Question> questions = availability == TestPaper.Availability.OPEN
                ? bank.questions(event.courseId(), versionFor(event)) : List.of();
        if (availability == TestPaper.Availability.OPEN && questions.isEmpty()) {
            availability = TestPaper.Availability.NO_QUESTIONS;
        }
        List<TestPaper.Item> items = questions.stream().map(q -> new TestPaper.Item(q.id(), q.position(), q.kind(), q.text(),
                q.options().stream().map(o -> new TestPaper.Choice(o.id(), o.text())).toList())).toList();
        return new TestPaper(eventId, kind, availability, window.opensAt(), window.closesAt(), null, items);
    }

    /**
     * Submits the signed-in person's answers (question id → chosen option ids; a question left out
     * or with nothing chosen is unanswered and earns nothing). 404 for an event they may not see;
     * 409 when they hold no confirmed place, have already submitted this test, the test is not
     * open, or the course has no questions; 400 naming each answer that does not fit the test.
     */
    public TestResult submit(long eventId, TestKind kind, Map<Long, Set<Long>> answers) {
        EventView event = trainingEvents.event(eventId);
        // One submission at a time per event: the check for an earlier attempt and the bank version are exact.
        jdbc.sql("select id from training_event where id = ? for update").param(eventId).query(Long.class).single();
        Holder holder = holder(eventId).filter(Holder::confirmed)
                .orElseThrow(() -> InvalidFieldException.conflict("registration", "training.test.notParticipant"));
        ZoneId zone = ZoneId.of(event.timeZone());
        Optional<Stored> earlier = stored(eventId, holder.id(), kind);
        if (earlier.isPresent()) {
            throw alreadySubmitted(kind, earlier.get().submittedAt(), zone);
        }
        Window window = window(event, kind, holder.confirmedAt());
        Instant now = clock.instant();
        if (window.notYetOpen(now)) {
            throw InvalidFieldException.conflict("kind", "training.test.notYetOpen", kind.ordinal(), when(window.opensAt(), zone));
        }
        if (window.closed(now)) {
            throw InvalidFieldException.conflict("kind", "training.test.closed", kind.ordinal(), when(window.closesAt(), zone));
        }
        int version = versionFor(event);
        List<Question> questions = bank.questions(event.courseId(), version);
        if (questions.isEmpty()) {
            throw InvalidFieldException.conflict("kind", "training.test.noQuestions");
        }
        Map<Long, Set<Long>> chosen = check(questions, answers);
        List<AnswerKey> keys = questions.stream().map(Question::key).toList();
        TestScore score = TestScore.of(keys, asStrings(chosen));
        long attempt;
        try {
            var generated = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into training_test_attempt (event_id, registration_id, kind, bank_version, submitted_at, points, possible) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(eventId, holder.id(), kind.name(), version, at(now), score.points(), score.possible())
                    .update(generated, "id");
            attempt = generated.getKeyAs(Long.class);
        } catch (DuplicateKeyException raced) {
            // Only a submission that bypassed the event's lock gets here, within this instant; the failed insert has
            // aborted the transaction on PostgreSQL, so the other row cannot be read for its exact time.
            throw alreadySubmitted(kind, now, zone);
        }
        chosen.forEach((question, options) -> options.forEach(option -> jdbc.sql(
                        "insert into training_test_answer (attempt_id, question_id, option_id) values (?, ?, ?)")
                .params(attempt, question, option).update()));
        events.publishEvent(new TrainingEvent.TestSubmitted(eventId, holder.id(), kind, attempt, String.valueOf(access.userName())));
        return result(attempt, event, true);
    }

    /** The signed-in person's own result of an event's test, if they submitted it; 404 for an event they may not see. */
    @Transactional(readOnly = true)
    public Optional<TestResult> mine(long eventId, TestKind kind) {
        EventView event = trainingEvents.event(eventId);
        return holder(eventId).flatMap(h -> stored(eventId, h.id(), kind)).map(s -> result(s.id(), event, true));
    }

    /** One attempt, for the person who made it, the event's trainers and programme staff; 404 for anyone else. */
    @Transactional(readOnly = true)
    public TestResult attempt(long attemptId) {
        record Row(long eventId, String email) {
        }
        Row row = jdbc.sql("select a.event_id, r.email from training_test_attempt a join training_registration r "
                        + "on r.id = a.registration_id where a.id = ?")
                .param(attemptId).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFoundException("training.test.attemptNotFound", attemptId));
        EventView event = trainingEvents.load(row.eventId()).orElseThrow();
        String user = access.userName();
        boolean holder = user != null && user.equalsIgnoreCase(row.email());
        if (!holder && !trainingEvents.canSeePeople(event)) {
            throw new NotFoundException("training.test.attemptNotFound", attemptId);
        }
        return result(attemptId, event, holder);
    }

    /** Whether the current person may read the event's learning gain. */
    public boolean mayReadGain(EventView event) {
        return trainingEvents.canSeePeople(event);
    }

    /**
     * The event's learning gain: scores, each learner's gain, the cohort's gains after Hake,
     * attrition and the difficulty of each question. For the event's trainers and programme
     * staff; 404 for an event the person may not see, 403 for anyone else who sees it.
     */
    @Transactional(readOnly = true)
    public GainReport gain(long eventId) {
        EventView event = trainingEvents.event(eventId);
        if (!mayReadGain(event)) {
            throw new AccessDeniedException("learning gain of event " + eventId);
        }
        int version = versionFor(event);
        List<Question> questions = bank.questions(event.courseId(), version);
        List<AnswerKey> keys = questions.stream().map(Question::key).toList();
        record Row(long id, long registration, TestKind kind, int points, int possible) {
        }
        List<Row> rows = jdbc.sql("select id, registration_id, kind, points, possible from training_test_attempt where event_id = ? "
                        + "order by submitted_at, id")
                .param(eventId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("registration_id"), TestKind.valueOf(rs.getString("kind")),
                        rs.getInt("points"), rs.getInt("possible")))
                .list();
        Map<Long, Map<Long, Set<Long>>> answers = answersOfEvent(eventId);
        List<Attempt> pre = new ArrayList<>();
        List<Attempt> post = new ArrayList<>();
        for (Row row : rows) {
            Attempt attempt = new Attempt(Long.toString(row.registration()), new TestScore(row.points(), row.possible()).percent(),
                    asStrings(answers.getOrDefault(row.id(), Map.of())));
            (row.kind() == TestKind.PRE ? pre : post).add(attempt);
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select id, full_name from training_registration where event_id = ?").param(eventId)
                .query(rs -> {
                    names.put(Long.toString(rs.getLong("id")), rs.getString("full_name"));
                });
        return new GainReport(eventId, version, questions, LearningGain.of(keys, pre, keys, post), names);
    }

    /**
     * The bank version the event's tests use: the one its first test was taken in, or, before
     * anyone took one, the course's current version.
     */
    private int versionFor(EventView event) {
        int taken = jdbc.sql("select coalesce(max(bank_version), 0) from training_test_attempt where event_id = ?").param(event.id())
                .query(Integer.class).single();
        return taken > 0 ? taken : bank.version(event.courseId());
    }

    private TestResult result(long attemptId, EventView event, boolean asHolder) {
        record Row(long registration, TestKind kind, int version, Instant submittedAt, int points, int possible) {
        }
        Row row = jdbc.sql("select registration_id, kind, bank_version, submitted_at, points, possible from training_test_attempt where id = ?")
                .param(attemptId)
                .query((rs, n) -> new Row(rs.getLong("registration_id"), TestKind.valueOf(rs.getString("kind")), rs.getInt("bank_version"),
                        instant(rs, "submitted_at"), rs.getInt("points"), rs.getInt("possible")))
                .single();
        boolean explained = !asHolder || trainingEvents.canSeePeople(event) || row.kind() == TestKind.POST
                || stored(event.id(), row.registration(), TestKind.POST).isPresent()
                || window(event, TestKind.POST, null).closed(clock.instant());
        List<TestResult.Marked> marked = new ArrayList<>();
        if (explained) {
            Map<Long, Set<Long>> chosen = answersOf(attemptId);
            for (Question question : bank.questions(event.courseId(), row.version())) {
                Set<Long> options = chosen.getOrDefault(question.id(), Set.of());
                marked.add(new TestResult.Marked(question, options, options.equals(question.correctOptions())));
            }
        }
        return new TestResult(attemptId, event.id(), row.registration(), row.kind(), row.submittedAt(),
                new TestScore(row.points(), row.possible()), explained, marked);
    }

    /** The answers, checked against the test: every problem named by its question as {@code answers.<id>}. */
    private static Map<Long, Set<Long>> check(List<Question> questions, Map<Long, Set<Long>> answers) {
        Map<Long, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
        for (var answer : new java.util.TreeMap<>(answers).entrySet()) {
            String at = "answers." + answer.getKey();
            Question question = byId.get(answer.getKey());
            Set<Long> options = answer.getValue() == null ? Set.of() : new TreeSet<>(answer.getValue());
            if (question == null) {
                problems.add(FieldProblem.at(at, "training.test.unknownQuestion", answer.getKey()));
                continue;
            }
            Set<Long> known = question.options().stream().map(Question.Option::id).collect(Collectors.toSet());
            if (!known.containsAll(options)) {
                problems.add(FieldProblem.at(at, "training.test.unknownOption", question.position()));
            } else if (question.kind() == QuestionKind.SINGLE && options.size() > 1) {
                problems.add(FieldProblem.at(at, "training.test.oneOnly", question.position()));
            } else if (!options.isEmpty()) {
                chosen.put(question.id(), options);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return chosen;
    }

    private static Map<String, Set<String>> asStrings(Map<Long, Set<Long>> answers) {
        Map<String, Set<String>> out = new HashMap<>();
        answers.forEach((q, options) -> out.put(Long.toString(q), options.stream().map(o -> Long.toString(o)).collect(Collectors.toSet())));
        return out;
    }

    private Map<Long, Set<Long>> answersOf(long attemptId) {
        Map<Long, Set<Long>> out = new HashMap<>();
        jdbc.sql("select question_id, option_id from training_test_answer where attempt_id = ?").param(attemptId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), q -> new HashSet<>()).add(rs.getLong(2));
                });
        return out;
    }

    private Map<Long, Map<Long, Set<Long>>> answersOfEvent(long eventId) {
        Map<Long, Map<Long, Set<Long>>> out = new HashMap<>();
        jdbc.sql("select w.attempt_id, w.question_id, w.option_id from training_test_answer w "
                        + "join training_test_attempt a on a.id = w.attempt_id where a.event_id = ?")
                .param(eventId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), a -> new HashMap<>()).computeIfAbsent(rs.getLong(2), q -> new HashSet<>())
                            .add(rs.getLong(3));
                });
        return out;
    }

    private static InvalidFieldException alreadySubmitted(TestKind kind, Instant submittedAt, ZoneId zone) {
        return InvalidFieldException.conflict("kind", "training.test.alreadySubmitted", kind.ordinal(), when(submittedAt, zone));
    }

    /** A time as the event's participants read it: local to the event, with its zone. */
    private static String when(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).format(WHEN) + " (" + zone.getId() + ")";
    }

    /** The signed-in person's registration for the event. */
    private record Holder(long id, RegistrationStatus status, Instant confirmedAt) {

        boolean confirmed() {
            return status == RegistrationStatus.CONFIRMED;
        }
    }

    private Optional<Holder> holder(long eventId) {
        String user = access.userName();
        if (user == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, status, registered_at, confirmed_at from training_registration where event_id = ? and email = ?")
                .params(eventId, user.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Holder(rs.getLong("id"), RegistrationStatus.valueOf(rs.getString("status")),
                        rs.getObject("confirmed_at") == null ? instant(rs, "registered_at") : instant(rs, "confirmed_at")))
                .optional();
    }

    private record Stored(long id, Instant submittedAt) {
    }

    private Optional<Stored> stored(long eventId, long registrationId, TestKind kind) {
        return jdbc.sql("select id, submitted_at from training_test_attempt where event_id = ? and registration_id = ? and kind = ?")
                .params(eventId, registrationId, kind.name())
                .query((rs, n) -> new Stored(rs.getLong("id"), instant(rs, "submitted_at"))).optional();
    }
}
