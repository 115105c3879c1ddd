package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per session. An event's trainers and programme staff keep each session's roster,
 * marking each confirmed registration present or absent, while the event runs and, for late
 * corrections, once it is completed. Participants may also check in themselves with the
 * session's code (shown by the trainer, also as a link for a QR code), which works only from
 * {@link #CHECK_IN_OPENS_BEFORE} before the session starts until it ends.
 *
 * <p>At most one mark per session and registration: marking or checking in again writes nothing
 * when the mark would not change. Who may see an event follows {@link TrainingEvents}: a 404 for
 * an event the person may not see, a 403 for one they see but do not run.
 */
@Service
@Transactional
public class Attendance {

    /**
     * How long before a session's start its check-in code starts to work (it works until the
     * session ends): people arrive early and check in at the door.
     */
    public static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(30);

    /** {@link #CHECK_IN_OPENS_BEFORE} in minutes, for the messages that tell it. */
    public static final long CHECK_IN_OPENS_MINUTES = CHECK_IN_OPENS_BEFORE.toMinutes();

    /** Letters and digits that are hard to confuse when read aloud or from a screen: no 0/O, 1/I/L. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    private static final int CODE_ATTEMPTS = 10;

    private final JdbcClient jdbc;
    private final TrainingEvents trainingEvents;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final SecureRandom random = new SecureRandom();

    Attendance(JdbcClient jdbc, TrainingEvents trainingEvents, Access access, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.trainingEvents = trainingEvents;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current person keeps the event's rosters: its trainers and programme staff. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // no database: pages ask it while rendering
    public boolean canTake(EventView event) {
        return trainingEvents.canRun(event);
    }

    /** A session's roster: the confirmed registrations by name, each with its mark. */
    @Transactional(readOnly = true)
    public Roster roster(long eventId, long sessionId) {
        EventView event = run(eventId);
        EventView.Session session = session(event, sessionId);
        List<Roster.Line> lines = jdbc.sql("select r.id, r.full_name, r.organisation, r.email, a.present, a.method, a.recorded_at "
                        + "from training_registration r left join training_attendance a on a.registration_id = r.id and a.session_id = ? "
                        + "where r.event_id = ? and r.status = ? order by lower(r.full_name), r.id")
                .params(sessionId, eventId, RegistrationStatus.CONFIRMED.name())
                .query((rs, n) -> line(rs)).list();
        return new Roster(event, session, markable(event.status()), lines);
    }

    /**
     * Marks a confirmed registration present or absent at a session. 409 naming the event's status
     * unless it runs or is completed; 404 for a registration of another event; 409 for one that is
     * not confirmed. Marking again with the same value writes nothing.
     */
    public Roster.Line mark(long eventId, long sessionId, long registrationId, boolean present) {
        EventView event = run(eventId);
        session(event, sessionId);
        if (!markable(event.status())) {
            throw InvalidFieldException.conflict("status", "training.attendance.notRunning", status(event.status()));
        }
        String registration = jdbc.sql("select status from training_registration where id = ? and event_id = ?")
                .params(registrationId, eventId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("training.registration.notFound", registrationId));
        if (!RegistrationStatus.CONFIRMED.name().equals(registration)) {
            throw InvalidFieldException.conflict("registration", "training.attendance.notConfirmed");
        }
        Optional<Boolean> current = stored(sessionId, registrationId);
        if (current.isEmpty() || current.get() != present) {
            String actor = actor();
            Instant now = clock.instant();
            boolean written = current.isPresent() ? update(sessionId, registrationId, present, actor, now) > 0
                    : insert(sessionId, registrationId, present, AttendanceMethod.ROSTER, actor, now) > 0
                            || update(sessionId, registrationId, present, actor, now) > 0; // someone inserted first
            if (written) {
                events.publishEvent(new TrainingEvent.AttendanceMarked(eventId, sessionId, registrationId, present, actor));
            }
        }
        return jdbc.sql("select r.id, r.full_name, r.organisation, r.email, a.present, a.method, a.recorded_at "
                        + "from training_registration r join training_attendance a on a.registration_id = r.id "
                        + "where a.session_id = ? and r.id = ?")
                .params(sessionId, registrationId).query((rs, n) -> line(rs)).single();
    }

    /**
     * The session's check-in code, made on first request: six characters from {@link #ALPHABET},
     * drawn with {@link SecureRandom}. The same code every time after that.
     */
    public CheckInCode checkInCode(long eventId, long sessionId) {
        EventView event = run(eventId);
        EventView.Session session = session(event, sessionId);
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Optional<String> code = jdbc.sql("select code from training_session_code where session_id = ?").param(sessionId)
                    .query(String.class).optional();
            if (code.isPresent()) {
                return new CheckInCode(event, session, code.get(), path(code.get()), CheckInWindow.of(session).opens());
            }
            // Nothing when another request made this session's code first, or (rarely) another session holds this one.
            int made = jdbc.sql("insert into training_session_code (session_id, code, created_at) values (?, ?, ?) "
                            + "on conflict do nothing")
                    .params(sessionId, newCode(random), at(clock.instant())).update();
            if (made > 0) {
                events.publishEvent(new TrainingEvent.CheckInCodeCreated(eventId, sessionId, actor()));
            }
        }
        throw new IllegalStateException("no free check-in code after " + CODE_ATTEMPTS + " attempts");
    }

    /**
     * Checks the signed-in person in at the session of a code. 404 for a code of no session, and
     * for a person without a confirmed registration for its event (without naming the event); 409
     * outside the session's check-in window, saying when the session runs in the venue's time,
     * and while the event is not running. Checking in again writes nothing and says so.
     */
    public CheckIn checkIn(@Nullable String code) {
        String user = access.userName();
        if (user == null) {
            throw new AccessDeniedException("check-in");
        }
        String typed = normalise(code);
        if (typed.isEmpty()) {
            throw InvalidFieldException.invalid("code", "training.field.required");
        }
        record Found(long sessionId, long eventId) {
        }
        Found found = (typed.length() != CODE_LENGTH ? Optional.<Found>empty()
                : jdbc.sql("select c.session_id, s.event_id from training_session_code c join training_session s on s.id = c.session_id "
                                + "where c.code = ?")
                        .param(typed).query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2))).optional())
                .orElseThrow(() -> new NotFoundException("training.checkIn.unknownCode"));
        long registrationId = jdbc.sql("select id from training_registration where event_id = ? and email = ? and status = ?")
                .params(found.eventId(), user.toLowerCase(Locale.ROOT), RegistrationStatus.CONFIRMED.name())
                .query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("training.checkIn.notRegistered"));
        EventView event = trainingEvents.load(found.eventId()).orElseThrow();
        EventView.Session session = session(event, found.sessionId());
        CheckInWindow window = CheckInWindow.of(session);
        Instant now = clock.instant();
        switch (window.at(now)) {
            case TOO_EARLY -> throw InvalidFieldException.conflict("code", "training.checkIn.tooEarly", when(session, event));
            case OVER -> throw InvalidFieldException.conflict("code", "training.checkIn.over", when(session, event));
            case OPEN -> { }
        }
        if (event.status() != EventStatus.RUNNING) {
            throw InvalidFieldException.conflict("code", "training.checkIn.notRunning", status(event.status()));
        }
        Optional<Boolean> current = stored(session.id(), registrationId);
        boolean written;
        if (current.isEmpty()) {
            written = insert(session.id(), registrationId, true, AttendanceMethod.CHECK_IN, user, now) > 0;
        } else {
            // Marked absent before arriving late: the check-in turns the mark to present.
            written = !current.get() && jdbc.sql("update training_attendance set present = ?, method = ?, recorded_by = ?, "
                            + "recorded_at = ? where session_id = ? and registration_id = ? and present = ?")
                    .params(true, AttendanceMethod.CHECK_IN.name(), user, at(now), session.id(), registrationId, false)
                    .update() > 0;
        }
        if (written) {
            events.publishEvent(new TrainingEvent.CheckedIn(event.id(), session.id(), registrationId, user));
        }
        return new CheckIn(event.id(), event.courseTitle(), session, event.timeZone(), !written);
    }

    /**
     * Each confirmed registration's attendance rate: the sessions held (started by now) at which
     * it was marked present, divided by the sessions held; zero while none has been held.
     */
    @Transactional(readOnly = true)
    public Map<Long, Fraction> rate(long eventId) {
        return rates(run(eventId));
    }

    /** {@link #rate} without asking who wants it, for the module's own rules (completion, certificates). */
    Map<Long, Fraction> rates(EventView event) {
        Instant now = clock.instant();
        long held = event.sessions().stream().filter(s -> !s.startsAt().toInstant().isAfter(now)).count();
        Map<Long, Long> present = new LinkedHashMap<>();
        jdbc.sql("select a.registration_id, count(*) from training_attendance a join training_session s on s.id = a.session_id "
                        + "where s.event_id = ? and s.starts_at <= ? and a.present = ? group by a.registration_id")
                .params(event.id(), at(now), true)
                .query((rs, n) -> present.put(rs.getLong(1), rs.getLong(2))).list();
        Map<Long, Fraction> rates = new LinkedHashMap<>();
        for (long id : jdbc.sql("select id from training_registration where event_id = ? and status = ? order by id")
                .params(event.id(), RegistrationStatus.CONFIRMED.name()).query(Long.class).list()) {
            rates.put(id, held == 0 ? Fraction.ZERO : Fraction.of(present.getOrDefault(id, 0L), held));
        }
        return rates;
    }

    /** The check-in code as typed: case, spaces and dashes do not matter. */
    static String normalise(@Nullable String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String path(String code) {
        return "/training/check-in?code=" + code;
    }

    /** A fresh code: {@link #CODE_LENGTH} characters of {@link #ALPHABET}, each drawn from {@code random}. */
    static String newCode(java.util.random.RandomGenerator random) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The event, if the person may see it (404 otherwise) and runs it (403 otherwise). */
    private EventView run(long eventId) {
        EventView event = trainingEvents.event(eventId);
        if (!trainingEvents.canRun(event)) {
            throw new AccessDeniedException("attendance of training event " + eventId);
        }
        return event;
    }

    private static EventView.Session session(EventView event, long sessionId) {
        return event.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("training.session.notFound", sessionId));
    }

    private static boolean markable(EventStatus status) {
        return status == EventStatus.RUNNING || status == EventStatus.COMPLETED;
    }

    /** The status's name in the reader's language, resolved when the message is. */
    private static DefaultMessageSourceResolvable status(EventStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"training.status." + status.name()}, status.name());
    }

    /** The session's date, start, end and time zone, in the venue's time and the reader's language. */
    private static Object[] when(EventView.Session session, EventView event) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return new Object[] {session.startsAt().format(date), session.startsAt().format(time), session.endsAt().format(time),
                event.timeZone(), CHECK_IN_OPENS_MINUTES};
    }

    private Optional<Boolean> stored(long sessionId, long registrationId) {
        return jdbc.sql("select present from training_attendance where session_id = ? and registration_id = ?")
                .params(sessionId, registrationId).query(Boolean.class).optional();
    }

    /** One row, or nothing when the session and registration have one already. */
    private int insert(long sessionId, long registrationId, boolean present, AttendanceMethod method, String actor, Instant now) {
        return jdbc.sql("insert into training_attendance (session_id, registration_id, present, method, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(sessionId, registrationId, present, method.name(), actor, at(now)).update();
    }

    private int update(long sessionId, long registrationId, boolean present, String actor, Instant now) {
        return jdbc.sql("update training_attendance set present = ?, method = ?, recorded_by = ?, recorded_at = ? "
                        + "where session_id = ? and registration_id = ? and present <> ?")
                .params(present, AttendanceMethod.ROSTER.name(), actor, at(now), sessionId, registrationId, present).update();
    }

    private static Roster.Line line(ResultSet rs) throws SQLException {
        Object present = rs.getObject("present");
        String method = rs.getString("method");
        OffsetDateTime recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
        return new Roster.Line(rs.getLong("id"), rs.getString("full_name"), rs.getString("organisation"), rs.getString("email"),
                present == null ? null : rs.getBoolean("present"), method == null ? null : AttendanceMethod.valueOf(method),
                recordedAt == null ? null : recordedAt.toInstant());
    }

    private String actor() {
        return String.valueOf(access.userName());
    }
}
