package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;
import static lat.faro.training.TrainingCatalogue.instant;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import lat.faro.directory.DirectoryQueries;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training events. Programme coordinators and administrators plan them; an event's trainers and
 * programme staff move it through its statuses. Who sees an event:
 * <ul>
 * <li>everyone, once registration has opened (never who trains it);</li>
 * <li>programme staff, all of them; national coordinators, those in their country; trainers,
 *     their own, whatever the status.</li>
 * </ul>
 * Anyone else asking for an event they may not see gets a 404, as for a missing one.
 */
@Service
@Transactional
public class TrainingEvents {

    private static final Pattern EMAIL = TrainingInput.EMAIL;
    static final int MAX_CAPACITY = 5000;

    private final JdbcClient jdbc;
    private final TrainingCatalogue catalogue;
    private final DirectoryQueries directory;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    TrainingEvents(JdbcClient jdbc, TrainingCatalogue catalogue, DirectoryQueries directory, Access access,
            ApplicationEventPublisher events, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.directory = directory;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public boolean canPlan() {
        return access.programmeWide(Role.ADMIN, Role.PROGRAMME_COORDINATOR);
    }

    /** Plans an event (status planned); 400 naming every bad field. */
    public EventView create(EventDraft draft) {
        if (!canPlan()) {
            throw new AccessDeniedException("training events");
        }
        String actor = String.valueOf(access.userName());
        ZoneId zone = check(draft);
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_event (course_id, country, city, venue, online_url, modality, language, time_zone, capacity, "
                        + "registration_mode, status, created_by, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .params(draft.courseId(), draft.country().strip().toUpperCase(Locale.ROOT), draft.city().strip(),
                        TrainingInput.blankToNull(draft.venue()), TrainingInput.blankToNull(draft.onlineUrl()), String.valueOf(draft.modality()),
                        draft.language(), zone.getId(), draft.capacity(), String.valueOf(draft.registrationMode()),
                        EventStatus.PLANNED.name(), actor, at(now), at(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        int position = 1;
        for (EventDraft.SessionDraft session : draft.sessions()) {
            jdbc.sql("insert into training_session (event_id, position, title, starts_at, ends_at) values (?, ?, ?, ?, ?)")
                    .params(id, position++, TrainingInput.blankToNull(session.title()),
                            at(session.startsAt().atZone(zone).toInstant()), at(session.endsAt().atZone(zone).toInstant()))
                    .update();
        }
        for (String trainer : draft.trainers().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().toList()) {
            jdbc.sql("insert into training_event_trainer (event_id, email) values (?, ?)").params(id, trainer).update();
        }
        position = 1;
        for (String partner : draft.partners()) {
            if (!partner.isBlank()) {
                jdbc.sql("insert into training_event_partner (event_id, position, name) values (?, ?, ?)")
                        .params(id, position++, partner.strip()).update();
            }
        }
        events.publishEvent(new TrainingEvent.EventCreated(id, draft.courseId(), draft.country().strip().toUpperCase(Locale.ROOT), actor));
        return event(id);
    }

    /**
     * Moves an event one step on: planned → registration open → running → completed → reported.
     * Any other step is a 409 naming the current status; a stale version too.
     */
    public EventView advance(long id, EventStatus target, int expectedVersion) {
        EventView event = event(id);
        if (!canRun(event)) {
            throw new AccessDeniedException("training event " + id);
        }
        if (event.status().next() != target) {
            throw InvalidFieldException.conflict("status", "training.event.step", event.status().name(), target.name());
        }
        int updated = jdbc.sql("update training_event set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(target.name(), at(clock.instant()), id, expectedVersion).update();
        if (updated == 0) {
            throw InvalidFieldException.conflict("version", "training.event.stale", event.version());
        }
        events.publishEvent(new TrainingEvent.EventStatusChanged(id, event.status(), target, String.valueOf(access.userName())));
        return event(id);
    }

    /** The events the current person may see, soonest first. */
    @Transactional(readOnly = true)
    public List<EventView> visible() {
        List<Long> ids = jdbc.sql("select e.id from training_event e left join training_session s on s.event_id = e.id and s.position = 1 "
                + "order by s.starts_at, e.id").query(Long.class).list();
        List<EventView> out = new ArrayList<>();
        for (long id : ids) {
            load(id).filter(this::canSee).map(this::shown).ifPresent(out::add);
        }
        return out;
    }

    /** One event, if the current person may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public EventView event(long id) {
        return load(id).filter(this::canSee).map(this::shown)
                .orElseThrow(() -> new NotFoundException("training.event.notFound", id));
    }

    /** Programme staff, and the event's own trainers, run it. */
    boolean canRun(EventView event) {
        return canPlan() || isTrainerOf(event);
    }

    /** Who may see the people registered: programme staff and the event's trainers. */
    boolean canSeePeople(EventView event) {
        return canRun(event);
    }

    boolean isTrainerOf(EventView event) {
        String user = access.userName();
        return user != null && access.hasRole(Role.TRAINER) && event.trainers().contains(user.toLowerCase(Locale.ROOT));
    }

    private boolean canSee(EventView event) {
        return event.status() != EventStatus.PLANNED || canPlan() || isTrainerOf(event)
                || access.coversCountry(event.country(), Role.NATIONAL_COORDINATOR);
    }

    /** The event as the current person may see it: trainers' addresses only for staff and trainers. */
    private EventView shown(EventView event) {
        if (canRun(event) || access.coversCountry(event.country(), Role.NATIONAL_COORDINATOR)) {
            return event;
        }
        return new EventView(event.id(), event.courseId(), event.courseCode(), event.courseTitle(), event.country(), event.city(),
                event.venue(), event.onlineUrl(), event.modality(), event.language(), event.timeZone(), event.capacity(),
                event.registrationMode(), event.status(), event.sessions(), List.of(), event.partners(), event.confirmed(),
                event.waitlisted(), event.version());
    }

    Optional<EventView> load(long id) {
        record Row(long id, long courseId, String country, String city, @Nullable String venue, @Nullable String onlineUrl,
                String modality, String language, String timeZone, int capacity, String mode, String status, int version) {
        }
        Optional<Row> row = jdbc.sql("select * from training_event where id = ?").param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("course_id"), rs.getString("country"), rs.getString("city"),
                        rs.getString("venue"), rs.getString("online_url"), rs.getString("modality"), rs.getString("language"),
                        rs.getString("time_zone"), rs.getInt("capacity"), rs.getString("registration_mode"), rs.getString("status"),
                        rs.getInt("version")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        ZoneId zone = ZoneId.of(r.timeZone());
        List<EventView.Session> sessions = jdbc.sql("select id, position, title, starts_at, ends_at from training_session "
                        + "where event_id = ? order by position").param(id)
                .query((rs, n) -> new EventView.Session(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                        ZonedDateTime.ofInstant(instant(rs, "starts_at"), zone), ZonedDateTime.ofInstant(instant(rs, "ends_at"), zone)))
                .list();
        List<String> trainers = jdbc.sql("select email from training_event_trainer where event_id = ? order by email").param(id)
                .query(String.class).list();
        List<String> partners = jdbc.sql("select name from training_event_partner where event_id = ? order by position").param(id)
                .query(String.class).list();
        int confirmed = count(id, RegistrationStatus.CONFIRMED);
        int waitlisted = count(id, RegistrationStatus.WAITLISTED);
        CourseView course = catalogue.course(r.courseId());
        return Optional.of(new EventView(r.id(), r.courseId(), course.code(), course.title(), r.country(), r.city(), r.venue(),
                r.onlineUrl(), EventDraft.Modality.valueOf(r.modality()), r.language(), r.timeZone(), r.capacity(),
                EventDraft.RegistrationMode.valueOf(r.mode()), EventStatus.valueOf(r.status()), sessions, trainers, partners,
                confirmed, waitlisted, r.version()));
    }

    int count(long eventId, RegistrationStatus status) {
        return jdbc.sql("select count(*) from training_registration where event_id = ? and status = ?")
                .params(eventId, status.name()).query(Integer.class).single();
    }

    private ZoneId check(EventDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (catalogue.find(draft.courseId()).isEmpty()) {
            problems.add(FieldProblem.at("course", "training.course.notFound", draft.courseId()));
        }
        if (draft.country() == null || !directory.isMemberState(draft.country().strip().toUpperCase(Locale.ROOT))) {
            problems.add(FieldProblem.at("country", "training.event.country", String.valueOf(draft.country())));
        }
        TrainingCatalogue.length(problems, "city", draft.city(), 1, 120);
        if (draft.venue() != null) {
            TrainingCatalogue.length(problems, "venue", draft.venue(), 0, 300);
        }
        if (draft.modality() == null) {
            problems.add(FieldProblem.at("modality", "training.field.required"));
        } else {
            if (draft.modality() != EventDraft.Modality.ONLINE && (draft.venue() == null || draft.venue().isBlank())) {
                problems.add(FieldProblem.at("venue", "training.event.venueRequired"));
            }
            if (draft.modality() != EventDraft.Modality.IN_PERSON && !isHttpsUrl(draft.onlineUrl())) {
                problems.add(FieldProblem.at("onlineUrl", "training.event.onlineUrl"));
            }
        }
        if (draft.onlineUrl() != null && !draft.onlineUrl().isBlank() && !isHttpsUrl(draft.onlineUrl())) {
            problems.add(FieldProblem.at("onlineUrl", "training.event.onlineUrl"));
        }
        if (!TrainingCatalogue.LANGUAGES.contains(String.valueOf(draft.language()))) {
            problems.add(FieldProblem.at("language", "training.course.language", String.valueOf(draft.language())));
        }
        ZoneId zone = ZoneId.of("UTC");
        try {
            zone = ZoneId.of(String.valueOf(draft.timeZone()).strip());
        } catch (DateTimeException e) {
            problems.add(FieldProblem.at("timeZone", "training.event.timeZone", String.valueOf(draft.timeZone())));
        }
        if (draft.capacity() < 1 || draft.capacity() > MAX_CAPACITY) {
            problems.add(FieldProblem.at("capacity", "training.event.capacity", MAX_CAPACITY));
        }
        if (draft.registrationMode() == null) {
            problems.add(FieldProblem.at("registrationMode", "training.field.required"));
        }
        if (draft.sessions().isEmpty()) {
            problems.add(FieldProblem.at("sessions", "training.event.noSessions"));
        }
        for (int i = 0; i < draft.sessions().size(); i++) {
            var session = draft.sessions().get(i);
            String at = "sessions[" + i + "]";
            if (session.startsAt() == null) {
                problems.add(FieldProblem.at(at + ".startsAt", "training.field.required"));
            }
            if (session.endsAt() == null) {
                problems.add(FieldProblem.at(at + ".endsAt", "training.field.required"));
            }
            if (session.startsAt() != null && session.endsAt() != null && !session.endsAt().isAfter(session.startsAt())) {
                problems.add(FieldProblem.at(at + ".endsAt", "training.event.sessionOrder"));
            }
            if (session.title() != null && session.title().strip().length() > 200) {
                problems.add(FieldProblem.at(at + ".title", "training.field.tooLong", 200));
            }
        }
        for (int i = 0; i < draft.trainers().size(); i++) {
            String trainer = draft.trainers().get(i);
            if (trainer == null || !EMAIL.matcher(trainer.strip()).matches()) {
                problems.add(FieldProblem.at("trainers[" + i + "]", "training.event.email", String.valueOf(trainer)));
            }
        }
        for (int i = 0; i < draft.partners().size(); i++) {
            if (draft.partners().get(i) != null && draft.partners().get(i).strip().length() > 200) {
                problems.add(FieldProblem.at("partners[" + i + "]", "training.field.tooLong", 200));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return zone;
    }

    private static boolean isHttpsUrl(@Nullable String url) {
        if (url == null || url.isBlank() || url.strip().length() > 500) {
            return false;
        }
        try {
            var uri = new java.net.URI(url.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
