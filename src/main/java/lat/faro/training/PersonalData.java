package lat.faro.training;

import static lat.faro.training.TrainingCatalogue.at;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lat.faro.shared.security.Access;

/**
 * A training participant's personal data: they may download it and have it erased, and it is
 * erased by itself once the retention period after an event's last session has passed.
 * Erasure anonymises rather than deletes: the registration keeps its event, status, sector and
 * gender, so places, attendance and every aggregate figure stay as they were, while the name,
 * e-mail, organisation and job title are gone for good.
 */
@Service
@Transactional
public class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);
    static final String ERASED = "—";

    /** One registration as its holder downloads it. */
    public record RegistrationRecord(long registration, long event, String course, String country, String status, String email,
            String fullName, String organisation, @Nullable String jobTitle, String sector, @Nullable String gender,
            String consentVersion, Instant consentedAt, Instant registeredAt) {
    }

    /** Present or absent at one session, as the trainer marked it or as the person checked in. */
    public record AttendanceRecord(long registration, long session, boolean present, String method, Instant recordedAt) {
    }

    /** A pre- or post-test taken: the score as submitted. */
    public record TestRecord(long registration, String test, int points, int possible, Instant submittedAt) {
    }

    /** The answers to an event's reaction survey. */
    public record ReactionRecord(long registration, int relevance, int clarity, int trainer, int materials, int recommend,
            @Nullable String comment, Instant submittedAt) {
    }

    /** A certificate issued, with its status. */
    public record CertificateRecord(long registration, String code, String course, Instant issuedAt, @Nullable Instant revokedAt,
            @Nullable String revokedReason) {
    }

    /** Everything Faro's training module holds about one person. */
    public record Export(String format, int version, String email, Instant exportedAt, List<RegistrationRecord> registrations,
            List<AttendanceRecord> attendance, List<TestRecord> tests, List<ReactionRecord> reactionSurveys,
            List<FollowUps.Record> followUps, List<CertificateRecord> certificates) {
    }

    private final JdbcClient jdbc;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period retention;
    private final FollowUps followUps;

    PersonalData(JdbcClient jdbc, Access access, ApplicationEventPublisher events, Clock clock,
            @Value("${faro.training.retention}") Period retention, FollowUps followUps) {
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    /** The signed-in person's data; 403 for the anonymous. */
    @Transactional(readOnly = true)
    public Export export() {
        String email = self();
        List<RegistrationRecord> registrations = jdbc.sql("select r.*, e.country, c.code from training_registration r "
                        + "join training_event e on e.id = r.event_id join training_course c on c.id = e.course_id "
                        + "where r.email = ? and r.erased_at is null order by r.registered_at, r.id")
                .param(email)
                .query((rs, n) -> new RegistrationRecord(rs.getLong("id"), rs.getLong("event_id"), rs.getString("code"),
                        rs.getString("country"), rs.getString("status"), rs.getString("email"), rs.getString("full_name"),
                        rs.getString("organisation"), rs.getString("job_title"), rs.getString("sector"), rs.getString("gender"),
                        rs.getString("consent_version"), TrainingCatalogue.instant(rs, "consented_at"),
                        TrainingCatalogue.instant(rs, "registered_at")))
                .list();
        List<Long> ids = registrations.stream().map(RegistrationRecord::registration).toList();
        if (ids.isEmpty()) {
            return new Export("faro-personal-data", 2, email, clock.instant(), registrations, List.of(), List.of(), List.of(),
                    followUps.records(ids), List.of());
        }
        String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        List<AttendanceRecord> attendance = jdbc.sql("select registration_id, session_id, present, method, recorded_at from training_attendance "
                        + "where registration_id in (" + in + ") order by recorded_at, session_id").params(ids)
                .query((rs, n) -> new AttendanceRecord(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4),
                        TrainingCatalogue.instant(rs, "recorded_at")))
                .list();
        List<TestRecord> tests = jdbc.sql("select registration_id, kind, points, possible, submitted_at from training_test_attempt "
                        + "where registration_id in (" + in + ") order by submitted_at, id").params(ids)
                .query((rs, n) -> new TestRecord(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        TrainingCatalogue.instant(rs, "submitted_at")))
                .list();
        List<ReactionRecord> reactions = jdbc.sql("select registration_id, relevance, clarity, trainer, materials, recommend, comment, "
                        + "submitted_at from training_survey_response where registration_id in (" + in + ") order by submitted_at, id")
                .params(ids)
                .query((rs, n) -> new ReactionRecord(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7), TrainingCatalogue.instant(rs, "submitted_at")))
                .list();
        List<CertificateRecord> certificates = jdbc.sql("select registration_id, code, course, issued_at, revoked_at, revoked_reason "
                        + "from training_certificate where registration_id in (" + in + ") order by issued_at, id").params(ids)
                .query((rs, n) -> new CertificateRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        TrainingCatalogue.instant(rs, "issued_at"),
                        rs.getObject(5) == null ? null : TrainingCatalogue.instant(rs, "revoked_at"), rs.getString(6)))
                .list();
        return new Export("faro-personal-data", 2, email, clock.instant(), registrations, attendance, tests, reactions,
                followUps.records(ids), certificates);
    }

    /**
     * Erases the signed-in person's training data at once: their registrations are anonymised
     * (waiting-list places are cancelled first, so nobody waits under no name). Returns how many
     * registrations were erased; a second call erases nothing more.
     */
    public int eraseMine() {
        String email = self();
        List<Long> ids = jdbc.sql("select id from training_registration where email = ? and erased_at is null").param(email)
                .query(Long.class).list();
        for (long id : ids) {
            anonymise(id);
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new TrainingEvent.PersonalDataErased(ids.size(), "self", "participant"));
        }
        return ids.size();
    }

    /** Erases every registration of events whose last session ended more than the retention period ago. */
    public int applyRetention() {
        Instant limit = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        List<Long> ids = jdbc.sql("select r.id from training_registration r where r.erased_at is null and "
                        + "(select max(s.ends_at) from training_session s where s.event_id = r.event_id) < ?")
                .param(at(limit)).query(Long.class).list();
        for (long id : ids) {
            anonymise(id);
        }
        if (!ids.isEmpty()) {
            log.info("Retention: erased the personal data of {} registrations of events ended before {}", ids.size(), limit);
            events.publishEvent(new TrainingEvent.PersonalDataErased(ids.size(), "retention", "system"));
        }
        return ids.size();
    }

    private void anonymise(long id) {
        followUps.erase(id);
        // Free text may name or describe the person; the ratings stay for the figures.
        jdbc.sql("update training_survey_response set comment = null where registration_id = ?").param(id).update();
        // A certificate names its holder: it goes too, revoked, so that its code no longer vouches for anyone.
        jdbc.sql("update training_certificate set participant = ?, signed_json = '', "
                        + "revoked_reason = coalesce(revoked_reason, 'erased'), revoked_at = coalesce(revoked_at, ?) where registration_id = ?")
                .params(ERASED, at(clock.instant()), id).update();
        jdbc.sql("update training_registration set status = case when status = 'WAITLISTED' then 'CANCELLED' else status end, "
                        + "email = ?, full_name = ?, organisation = ?, job_title = null, invitation_nonce = null, erased_at = ? where id = ?")
                .params("erased-" + id + "@erased.invalid", ERASED, ERASED, at(clock.instant()), id).update();
    }

    private String self() {
        String user = access.userName();
        if (user == null) {
            throw new AccessDeniedException("personal data");
        }
        return user.toLowerCase(Locale.ROOT);
    }

    /** The retention job: once a day, on one instance. */
    @Configuration(proxyBeanMethods = false)
    static class RetentionJob {

        @Bean
        RecurringTask<Void> trainingRetention(PersonalData data) {
            return Tasks.recurring("training-retention", Schedules.daily(LocalTime.of(3, 15)))
                    .execute((instance, context) -> data.applyRetention());
        }
    }
}
