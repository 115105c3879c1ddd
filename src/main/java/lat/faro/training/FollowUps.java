package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lat.faro.shared.AuditableEvent;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up survey (Kirkpatrick level 3: was it applied on the job?). Once an event is
 * completed, each confirmed participant is mailed, once, a personal signed link
 * ({@link SignedLinks.Purpose#FOLLOW_UP_SURVEY}, subject the registration id) when
 * {@code faro.training.follow-up.after} has passed since the last session; the link works until
 * {@code faro.training.follow-up.window-end} after it. The link is the credential: no account is
 * needed, opening it changes nothing, and one answer per registration is kept. Erased people are
 * not mailed and their links stop working. The event's trainers and programme staff read the
 * results without names.
 */
@Service
@Transactional
public class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    /** Longest texts accepted. */
    public static final int MAX_CHANGE = 2000;
    public static final int MAX_OTHER = 300;

    /** What may have got in the way of applying what was learned; {@code NONE} stands alone. */
    public enum Barrier { NONE, TIME, MANAGEMENT, RESOURCES, ROLE, OTHER }

    /** Sent after commit; the mail listener turns it into the e-mail with the link. */
    public record Sent(long eventId, long registrationId) implements AuditableEvent {
        @Override public String action() { return "training.follow-up.sent"; }
        @Override public String actor() { return "system"; }
        @Override public String subject() { return "registration:" + registrationId; }
        @Override public Map<String, String> details() { return Map.of("event", Long.toString(eventId)); }
    }

    /** Why a link does not open the form. */
    public enum Refusal { MALFORMED, TAMPERED, EXPIRED, WRONG_PURPOSE, WITHDRAWN, ANSWERED }

    /** A link that opens the form: the event and the course's objectives in the language asked for. */
    public record Invitation(long registrationId, EventView event, List<String> objectives) {
    }

    /** Thrown for a link that does not (or no longer) open the form. */
    public static final class LinkRefused extends RuntimeException {
        private final Refusal reason;

        LinkRefused(Refusal reason) {
            super("follow-up link refused: " + reason);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /**
     * One answer as typed, every value as it came from the form (the service parses and names what is wrong).
     *
     * @param applied    "1" (nothing) to "5" (nearly everything)
     * @param objectives positions (from 1) of the course's objectives applied
     * @param barriers   names of {@link Barrier}s
     */
    public record Answer(@Nullable String applied, List<String> objectives, List<String> barriers, @Nullable String otherBarrier,
            @Nullable String change) {
    }

    /** The results of an event's follow-up survey, without names. */
    public record Results(int sent, int answered, int[] applied, @Nullable Fraction mean, List<String> objectives,
            int[] objectiveCounts, Map<Barrier, Integer> barriers, List<String> otherBarriers, List<String> changes) {

        /** Answers over links sent; null before any was sent. */
        public @Nullable Fraction rate() {
            return sent == 0 ? null : Fraction.of(answered, sent);
        }
    }

    private final JdbcClient jdbc;
    private final TrainingEvents events;
    private final TrainingCatalogue catalogue;
    private final SignedLinks links;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Period after;
    private final Period windowEnd;

    FollowUps(JdbcClient jdbc, TrainingEvents events, TrainingCatalogue catalogue, SignedLinks links, ApplicationEventPublisher publisher,
            Clock clock, @Value("${faro.training.follow-up.after:P90D}") Period after,
            @Value("${faro.training.follow-up.window-end:P183D}") Period windowEnd) {
        Instant reference = Instant.parse("2026-01-01T00:00:00Z");
        if (after.isNegative() || !plus(reference, windowEnd).isAfter(plus(reference, after))) {
            throw new IllegalStateException("faro.training.follow-up.window-end (" + windowEnd
                    + ") must be longer than faro.training.follow-up.after (" + after + "), and neither negative");
        }
        this.jdbc = jdbc;
        this.events = events;
        this.catalogue = catalogue;
        this.links = links;
        this.publisher = publisher;
        this.clock = clock;
        this.after = after;
        this.windowEnd = windowEnd;
    }

    /**
     * Records the sending of the follow-up survey to every confirmed, not erased participant of a
     * completed or reported event whose last session ended between the window's end and
     * {@code after} ago, and not sent to yet; each mail leaves after commit. A registration is
     * recorded once (its primary key), so running again mails nobody twice. Returns how many.
     */
    public int sendDue() {
        Instant now = clock.instant();
        record Due(long registration, long event) {
        }
        List<Due> due = jdbc.sql("select r.id, r.event_id from training_registration r join training_event e on e.id = r.event_id "
                        + "join (select event_id, max(ends_at) as last_end from training_session group by event_id) x on x.event_id = r.event_id "
                        + "where r.status = 'CONFIRMED' and r.erased_at is null and e.status in ('COMPLETED', 'REPORTED') "
                        + "and x.last_end <= ? and x.last_end > ? "
                        + "and not exists (select 1 from training_follow_up f where f.registration_id = r.id) order by r.id")
                .params(at(minus(now, after)), at(minus(now, windowEnd)))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2))).list();
        for (Due d : due) {
            jdbc.sql("insert into training_follow_up (registration_id, event_id, sent_at) values (?, ?, ?)")
                    .params(d.registration(), d.event(), at(now)).update();
            publisher.publishEvent(new Sent(d.event(), d.registration()));
        }
        if (!due.isEmpty()) {
            log.info("Follow-up survey: {} links to send", due.size());
        }
        return due.size();
    }

    /** What the mail needs: the person, the event, a fresh link and its expiry; empty when erased or past the window. */
    record Letter(String email, String fullName, EventView event, String token, Instant expiresAt) {
    }

    Optional<Letter> letter(long registrationId) {
        record Row(long event, String email, String name, @Nullable Object erased) {
        }
        Optional<Row> row = jdbc.sql("select r.event_id, r.email, r.full_name, r.erased_at from training_registration r "
                        + "join training_follow_up f on f.registration_id = r.id where r.id = ?").param(registrationId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4))).optional();
        if (row.isEmpty() || row.get().erased() != null) {
            return Optional.empty();
        }
        EventView event = events.load(row.get().event()).orElseThrow();
        Instant expiresAt = windowEndOf(event);
        if (!expiresAt.isAfter(clock.instant())) {
            return Optional.empty();
        }
        String token = links.issue(SignedLinks.Purpose.FOLLOW_UP_SURVEY, Long.toString(registrationId), expiresAt);
        return Optional.of(new Letter(row.get().email(), row.get().name(), event, token, expiresAt));
    }

    /** The form a link opens, in the language asked for; {@link LinkRefused} otherwise. Reading changes nothing. */
    @Transactional(readOnly = true)
    public Invitation open(String token, Locale locale) {
        long registration = verified(token);
        if (answered(registration)) {
            throw new LinkRefused(Refusal.ANSWERED);
        }
        EventView event = eventOf(registration);
        return new Invitation(registration, event, objectives(event, locale));
    }

    /**
     * Records the answer given through a link: {@link LinkRefused} for a link that does not open the
     * form (also {@link Refusal#ANSWERED} the second time), 400 naming each bad field otherwise.
     */
    public void answer(String token, Answer answer, Locale locale) {
        long registration = verified(token);
        // The sending's row serialises two submissions of one person; the unique constraint is the last word.
        jdbc.sql("select registration_id from training_follow_up where registration_id = ? for update").param(registration)
                .query(Long.class).single();
        if (answered(registration)) {
            throw new LinkRefused(Refusal.ANSWERED);
        }
        EventView event = eventOf(registration);
        int objectiveCount = objectives(event, locale).size();
        List<FieldProblem> problems = new ArrayList<>();
        Integer applied = number(answer.applied());
        if (applied == null || applied < 1 || applied > 5) {
            problems.add(FieldProblem.at("applied", "training.followup.applied.required"));
        }
        Set<Integer> objectives = new java.util.TreeSet<>();
        for (String value : answer.objectives()) {
            Integer position = number(value);
            if (position == null || position < 1 || position > objectiveCount) {
                problems.add(FieldProblem.at("objectives", "training.followup.objectives.unknown"));
                break;
            }
            objectives.add(position);
        }
        Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        for (String value : answer.barriers()) {
            Optional<Barrier> barrier = Arrays.stream(Barrier.values()).filter(b -> b.name().equals(value)).findFirst();
            if (barrier.isEmpty()) {
                problems.add(FieldProblem.at("barriers", "training.followup.barriers.unknown"));
                break;
            }
            barriers.add(barrier.get());
        }
        String other = TrainingInput.blankToNull(answer.otherBarrier());
        String change = TrainingInput.blankToNull(answer.change());
        if (other != null && !barriers.contains(Barrier.NONE)) {
            barriers.add(Barrier.OTHER); // writing it says it
        }
        if (barriers.contains(Barrier.NONE) && (barriers.size() > 1 || other != null)) {
            problems.add(FieldProblem.at("barriers", "training.followup.barriers.none"));
        }
        if (barriers.contains(Barrier.OTHER) && other == null) {
            problems.add(FieldProblem.at("otherBarrier", "training.followup.other.required"));
        }
        if (other != null && other.length() > MAX_OTHER) {
            problems.add(FieldProblem.at("otherBarrier", "training.followup.other.tooLong", MAX_OTHER));
        }
        if (change != null && change.length() > MAX_CHANGE) {
            problems.add(FieldProblem.at("change", "training.followup.change.tooLong", MAX_CHANGE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var generated = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_follow_up_response (event_id, registration_id, applied, other_barrier, change_made, submitted_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(event.id(), registration, applied, other, change, at(clock.instant()))
                .update(generated, "id");
        long response = generated.getKeyAs(Long.class);
        for (int position : objectives) {
            jdbc.sql("insert into training_follow_up_objective (response_id, position) values (?, ?)").params(response, position).update();
        }
        for (Barrier barrier : barriers) {
            jdbc.sql("insert into training_follow_up_barrier (response_id, barrier) values (?, ?)").params(response, barrier.name()).update();
        }
    }

    /** The results, for the event's trainers and programme staff (403 for anyone else); objectives in the language asked for. */
    @Transactional(readOnly = true)
    public Results results(long eventId, Locale locale) {
        EventView event = events.event(eventId);
        if (!events.canRun(event)) {
            throw new AccessDeniedException("follow-up of event " + eventId);
        }
        int sent = jdbc.sql("select count(*) from training_follow_up where event_id = ?").param(eventId).query(Integer.class).single();
        int[] applied = new int[5];
        List<String> others = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        jdbc.sql("select applied, other_barrier, change_made from training_follow_up_response where event_id = ? order by submitted_at, id")
                .param(eventId).query(rs -> {
                    applied[rs.getInt(1) - 1]++;
                    if (rs.getString(2) != null) {
                        others.add(rs.getString(2));
                    }
                    if (rs.getString(3) != null) {
                        changes.add(rs.getString(3));
                    }
                });
        int answered = Arrays.stream(applied).sum();
        long sum = 0;
        for (int r = 0; r < 5; r++) {
            sum += (long) (r + 1) * applied[r];
        }
        List<String> objectives = objectives(event, locale);
        int[] objectiveCounts = new int[objectives.size()];
        jdbc.sql("select o.position, count(*) from training_follow_up_objective o join training_follow_up_response r on r.id = o.response_id "
                        + "where r.event_id = ? group by o.position").param(eventId)
                .query(rs -> {
                    int position = rs.getInt(1);
                    if (position <= objectiveCounts.length) {
                        objectiveCounts[position - 1] = rs.getInt(2);
                    }
                });
        Map<Barrier, Integer> barriers = new EnumMap<>(Barrier.class);
        for (Barrier b : Barrier.values()) {
            barriers.put(b, 0);
        }
        jdbc.sql("select b.barrier, count(*) from training_follow_up_barrier b join training_follow_up_response r on r.id = b.response_id "
                        + "where r.event_id = ? group by b.barrier").param(eventId)
                .query(rs -> {
                    barriers.put(Barrier.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return new Results(sent, answered, applied, answered == 0 ? null : Fraction.of(sum, answered), objectives, objectiveCounts,
                barriers, others, changes);
    }

    /** A person's follow-up, as they download it with the rest of their data. */
    public record Record(long registration, long event, Instant sentAt, @Nullable Instant answeredAt, @Nullable Integer applied,
            List<Integer> objectives, List<String> barriers, @Nullable String otherBarrier, @Nullable String change) {
    }

    /** The follow-ups of these registrations (the caller has checked they are the person's own). */
    List<Record> records(List<Long> registrations) {
        List<Record> out = new ArrayList<>();
        for (long id : registrations) {
            jdbc.sql("select f.event_id, f.sent_at, r.id, r.submitted_at, r.applied, r.other_barrier, r.change_made from training_follow_up f "
                            + "left join training_follow_up_response r on r.registration_id = f.registration_id where f.registration_id = ?")
                    .param(id).query((rs, n) -> {
                        long response = rs.getLong(3);
                        boolean answered = !rs.wasNull();
                        List<Integer> objectives = answered ? jdbc.sql("select position from training_follow_up_objective "
                                + "where response_id = ? order by position").param(response).query(Integer.class).list() : List.of();
                        List<String> barriers = answered ? jdbc.sql("select barrier from training_follow_up_barrier "
                                + "where response_id = ? order by barrier").param(response).query(String.class).list() : List.of();
                        return new Record(id, rs.getLong(1), TrainingCatalogue.instant(rs, "sent_at"),
                                answered ? TrainingCatalogue.instant(rs, "submitted_at") : null, answered ? rs.getInt(5) : null,
                                objectives, barriers, rs.getString(6), rs.getString(7));
                    }).optional().ifPresent(out::add);
        }
        return out;
    }

    /** On erasure: the person's own words go; the ratings, objectives and barriers stay as anonymous figures. */
    void erase(long registration) {
        jdbc.sql("update training_follow_up_response set other_barrier = null, change_made = null where registration_id = ?")
                .param(registration).update();
    }

    /** The registration a genuine link names, if it was sent and the person not erased; {@link LinkRefused} otherwise. */
    private long verified(String token) {
        long registration;
        switch (links.verify(token, SignedLinks.Purpose.FOLLOW_UP_SURVEY)) {
            case SignedLinks.Verified.Refused refused -> throw new LinkRefused(switch (refused.reason()) {
                case MALFORMED -> Refusal.MALFORMED;
                case TAMPERED -> Refusal.TAMPERED;
                case EXPIRED -> Refusal.EXPIRED;
                case WRONG_PURPOSE -> Refusal.WRONG_PURPOSE;
            });
            case SignedLinks.Verified.Valid valid -> {
                try {
                    registration = Long.parseLong(valid.subject());
                } catch (NumberFormatException e) {
                    throw new LinkRefused(Refusal.MALFORMED); // genuine but not ours to read: never issued by this class
                }
            }
        }
        boolean live = jdbc.sql("select count(*) from training_follow_up f join training_registration r on r.id = f.registration_id "
                        + "where f.registration_id = ? and r.erased_at is null").param(registration).query(Long.class).single() > 0;
        if (!live) {
            throw new LinkRefused(Refusal.WITHDRAWN);
        }
        return registration;
    }

    private boolean answered(long registration) {
        return jdbc.sql("select count(*) from training_follow_up_response where registration_id = ?").param(registration)
                .query(Long.class).single() > 0;
    }

    private EventView eventOf(long registration) {
        long event = jdbc.sql("select event_id from training_follow_up where registration_id = ?").param(registration)
                .query(Long.class).single();
        return events.load(event).orElseThrow();
    }

    /** The course's learning objectives, one per line, in the language asked for (Spanish when it lacks one). */
    private List<String> objectives(EventView event, Locale locale) {
        String text = catalogue.find(event.courseId()).map(c -> c.objectives().in(locale)).orElse("");
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Instant windowEndOf(EventView event) {
        return plus(event.sessions().getLast().endsAt().toInstant(), windowEnd);
    }

    private static Instant plus(Instant instant, Period period) {
        return instant.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    private static Instant minus(Instant instant, Period period) {
        return instant.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null || text.isBlank() || text.strip().length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
