package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;
import static lat.faro.training.TrainingCatalogue.instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder before a training event: one e-mail to each confirmed participant of an event
 * whose registration is open or which is running, once its first session starts within
 * {@code faro.training.reminder.before} and has not started yet. It is in the event's language,
 * lists every session in the venue's time zone, says where, links the event's page (and the
 * pre-test while the person can still take it), and carries the sessions as an iCalendar file.
 *
 * <p>Who gets none: waiting-list, cancelled and erased registrations, and a place confirmed less
 * than {@code faro.training.reminder.min-lead} before the first session starts (its confirmation
 * mail, just sent, already says when and where; a second mail minutes before the start helps
 * nobody). Someone confirmed earlier inside the window, say three hours before, gets theirs on the
 * job's next run.
 *
 * <p>Exactly once: each registration is claimed by setting {@code reminded_at} and the mail is
 * handed to the SMTP server inside that same transaction. The row lock makes a second runner (the
 * job on another instance, a run that overlaps) wait and then find it claimed; a failed send rolls
 * the claim back, so the next run tries again, and one failing address does not stop the others.
 * The event publication registry, which the registration mails use, would only retry at the next
 * restart; a job that runs every few minutes retries sooner. The one gap left is a crash after the
 * server accepted the mail and before the commit: then the person gets it twice rather than never.
 */
@Component
class TrainingReminders {

    private static final Logger log = LoggerFactory.getLogger(TrainingReminders.class);

    private final JdbcClient jdbc;
    private final TrainingEvents events;
    private final Registrations registrations;
    private final EventCalendar calendar;
    private final TrainingMailer mailer;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration before;
    private final Duration minLead;

    TrainingReminders(JdbcClient jdbc, TrainingEvents events, Registrations registrations, EventCalendar calendar,
            TrainingMailer mailer, MessageSource messages, TransactionTemplate tx, Clock clock,
            @Value("${faro.training.reminder.before}") Duration before,
            @Value("${faro.training.reminder.min-lead}") Duration minLead) {
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
        this.calendar = calendar;
        this.mailer = mailer;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
        this.before = before;
        this.minLead = minLead;
    }

    private record Due(long registration, long event, Instant confirmedAt, Instant firstStart) {
    }

    /** Sends the reminders due now; returns how many were sent (or logged, without an SMTP server). */
    int sendDue() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("select r.id, r.event_id, coalesce(r.confirmed_at, r.registered_at) as confirmed, f.first_start "
                        + "from training_registration r join training_event e on e.id = r.event_id "
                        + "join (select event_id, min(starts_at) as first_start from training_session group by event_id) f "
                        + "on f.event_id = e.id "
                        + "where r.status = ? and r.reminded_at is null and r.erased_at is null and e.status in (?, ?) "
                        + "and f.first_start > ? and f.first_start <= ? order by f.first_start, r.id")
                .params(RegistrationStatus.CONFIRMED.name(), EventStatus.REGISTRATION_OPEN.name(), EventStatus.RUNNING.name(),
                        at(now), at(now.plus(before)))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("event_id"), instant(rs, "confirmed"), instant(rs, "first_start")))
                .list();
        Map<Long, EventView> loaded = new HashMap<>();
        int sent = 0;
        for (Due d : due) {
            if (d.confirmedAt().isAfter(d.firstStart().minus(minLead))) {
                continue;
            }
            try {
                EventView event = loaded.computeIfAbsent(d.event(), id -> events.load(id).orElseThrow());
                Boolean done = tx.execute(status -> remind(d.registration(), event, now));
                if (Boolean.TRUE.equals(done)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // The claim is rolled back with the failed send: the next run tries this one again.
                log.warn("Reminder for registration {} not sent, to be retried: {}", d.registration(), e.toString());
            }
        }
        return sent;
    }

    /** Claims the registration and sends its reminder, in the caller's transaction; false if no longer due. */
    private boolean remind(long registrationId, EventView event, Instant now) {
        int claimed = jdbc.sql("update training_registration set reminded_at = ? "
                        + "where id = ? and reminded_at is null and status = ? and erased_at is null")
                .params(at(now), registrationId, RegistrationStatus.CONFIRMED.name()).update();
        if (claimed == 0) {
            return false;
        }
        RegistrationView registration = registrations.internal(registrationId);
        Locale locale = Locale.forLanguageTag(event.language());
        String subject = messages.getMessage("training.reminder.subject", new Object[] {event.courseTitle().in(locale),
                event.sessions().isEmpty() ? "" : event.sessions().getFirst().startsAt()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))}, locale);
        String body = body(event, registration, locale, now);
        mailer.send(registration.email(), subject, body, locale, "the reminder for registration " + registrationId,
                new TrainingMailer.Attachment(EventCalendar.fileName(event.id()), calendar.of(event).getBytes(StandardCharsets.UTF_8),
                        EventCalendar.MEDIA_TYPE));
        return true;
    }

    private String body(EventView event, RegistrationView registration, Locale locale, Instant now) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        List<String> sessions = new ArrayList<>();
        for (EventView.Session s : event.sessions()) {
            String end = s.endsAt().toLocalDate().equals(s.startsAt().toLocalDate()) ? s.endsAt().format(time)
                    : s.endsAt().format(date) + ", " + s.endsAt().format(time);
            sessions.add("- " + s.startsAt().format(date) + ", " + s.startsAt().format(time) + "–" + end
                    + (s.title() == null ? "" : " (" + s.title() + ")"));
        }
        String place = event.modality() == EventDraft.Modality.ONLINE ? "" : EventCalendar.where(event);
        if (event.modality() != EventDraft.Modality.IN_PERSON && event.onlineUrl() != null) {
            String online = messages.getMessage("training.reminder.online", new Object[] {event.onlineUrl()}, locale);
            place = place.isEmpty() ? online : place + "; " + online;
        }
        Object[] args = {registration.fullName(), event.courseTitle().in(locale), event.timeZone(), String.join("\n", sessions), place,
                calendar.pageUrl(event.id())};
        StringBuilder text = new StringBuilder(messages.getMessage("training.reminder.body", args, locale));
        preTest(event, registration, now).ifPresent(link -> text.append("\n\n")
                .append(messages.getMessage("training.reminder.preTest", new Object[] {link}, locale)));
        text.append("\n\n").append(messages.getMessage("training.reminder.calendar", args, locale));
        return text.toString();
    }

    /** The pre-test's address, if the course has questions and this person can still take it now. */
    private Optional<String> preTest(EventView event, RegistrationView registration, Instant now) {
        int questions = jdbc.sql("select count(*) from training_question q join training_question_bank b "
                        + "on b.course_id = q.course_id and b.version = q.bank_version where q.course_id = ?")
                .param(event.courseId()).query(Integer.class).single();
        int taken = jdbc.sql("select count(*) from training_test_attempt where registration_id = ? and kind = ?")
                .params(registration.id(), TestKind.PRE.name()).query(Integer.class).single();
        Instant confirmedAt = jdbc.sql("select coalesce(confirmed_at, registered_at) from training_registration where id = ?")
                .param(registration.id()).query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
        LearningTests.Window window = LearningTests.window(event, TestKind.PRE, confirmedAt);
        if (questions == 0 || taken > 0 || window.notYetOpen(now) || window.closed(now)) {
            return Optional.empty();
        }
        return Optional.of(calendar.pageUrl(event.id()) + "/tests/" + TestKind.PRE.name());
    }

    /** The reminder job: every {@code faro.training.reminder.every}, on one instance at a time. */
    @Configuration(proxyBeanMethods = false)
    static class ReminderJob {

        @Bean
        RecurringTask<Void> trainingReminderJob(TrainingReminders reminders, @Value("${faro.training.reminder.every}") Duration every) {
            return Tasks.recurring("training-reminders", Schedules.fixedDelay(every))
                    .execute((instance, context) -> reminders.sendDue());
        }
    }
}
