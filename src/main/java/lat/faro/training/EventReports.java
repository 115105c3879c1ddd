package lat.faro.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of a training event, for its trainers and programme staff: places taken, attendance
 * per session and per person, each person's test scores and gain, the cohort's gain after Hake
 * with attrition, people by sector and gender, the reaction survey, and the certificates issued. The PDF and the XLSX
 * are both made from it.
 */
@Service
@Transactional(readOnly = true)
public class EventReports {

    /** A session and how many of the confirmed people were marked present at it. */
    public record SessionLine(int position, EventView.Session session, int present, int of) {
    }

    /** A confirmed person: attendance rate, scores in percent (null when not taken) and gain (null when undefined). */
    public record PersonLine(long registration, String name, String organisation, String sector, Fraction attendance,
            @Nullable Fraction pre, @Nullable Fraction post, @Nullable Fraction gain, @Nullable String certificate) {
    }

    public record Report(EventView event, int confirmed, int waitlisted, int cancelled, List<SessionLine> sessions,
            List<PersonLine> people, LearningGain gain, Map<String, Integer> bySector, Map<String, Integer> byGender,
            int certificatesValid, int certificatesRevoked, Surveys.Summary feedback) {
    }

    private final JdbcClient jdbc;
    private final TrainingEvents events;
    private final Attendance attendance;
    private final LearningTests tests;
    private final Surveys surveys;

    EventReports(JdbcClient jdbc, TrainingEvents events, Attendance attendance, LearningTests tests, Surveys surveys) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.events = events;
        this.attendance = attendance;
        this.tests = tests;
    }

    public Report of(long eventId) {
        EventView event = events.event(eventId);
        if (!events.canRun(event)) {
            throw new AccessDeniedException("report of event " + eventId);
        }
        Map<String, Integer> byStatus = new HashMap<>();
        jdbc.sql("select status, count(*) from training_registration where event_id = ? group by status").param(eventId)
                .query(rs -> {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                });
        int confirmed = byStatus.getOrDefault("CONFIRMED", 0);
        Map<Long, Integer> presentBySession = new HashMap<>();
        jdbc.sql("select a.session_id, count(*) from training_attendance a join training_registration r on r.id = a.registration_id "
                        + "where r.event_id = ? and r.status = 'CONFIRMED' and a.present = ? group by a.session_id")
                .params(eventId, true).query(rs -> {
                    presentBySession.put(rs.getLong(1), rs.getInt(2));
                });
        List<SessionLine> sessions = new ArrayList<>();
        for (EventView.Session session : event.sessions()) {
            sessions.add(new SessionLine(session.position(), session, presentBySession.getOrDefault(session.id(), 0), confirmed));
        }
        Map<Long, Fraction> rates = attendance.rates(event);
        LearningGain gain = tests.gain(eventId).gain();
        Map<String, LearnerGain> learners = new HashMap<>();
        gain.learners().forEach(l -> learners.put(l.participant(), l));
        Map<Long, Fraction[]> scores = new HashMap<>();
        jdbc.sql("select registration_id, kind, points, possible from training_test_attempt where event_id = ?").param(eventId)
                .query(rs -> {
                    Fraction[] pair = scores.computeIfAbsent(rs.getLong(1), k -> new Fraction[2]);
                    pair["PRE".equals(rs.getString(2)) ? 0 : 1] = new TestScore(rs.getInt(3), rs.getInt(4)).percent();
                });
        Map<Long, String> certificates = new HashMap<>();
        int[] certificateCounts = new int[2];
        jdbc.sql("select registration_id, code, revoked_at from training_certificate where event_id = ?").param(eventId)
                .query(rs -> {
                    boolean revoked = rs.getObject(3) != null;
                    certificateCounts[revoked ? 1 : 0]++;
                    certificates.put(rs.getLong(1), new VerificationCode(rs.getString(2)).grouped() + (revoked ? " (revoked)" : ""));
                });
        List<PersonLine> people = new ArrayList<>();
        Map<String, Integer> bySector = new TreeMap<>();
        Map<String, Integer> byGender = new TreeMap<>();
        jdbc.sql("select id, full_name, organisation, sector, gender from training_registration where event_id = ? "
                        + "and status = 'CONFIRMED' order by full_name, id").param(eventId)
                .query(rs -> {
                    long id = rs.getLong(1);
                    Fraction[] pair = scores.getOrDefault(id, new Fraction[2]);
                    LearnerGain learner = learners.get(Long.toString(id));
                    people.add(new PersonLine(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rates.getOrDefault(id, Fraction.ZERO), pair[0], pair[1], learner == null ? null : learner.gain(),
                            certificates.get(id)));
                    bySector.merge(rs.getString(4), 1, Integer::sum);
                    byGender.merge(rs.getString(5) == null ? "NOT_GIVEN" : rs.getString(5), 1, Integer::sum);
                });
        return new Report(event, confirmed, byStatus.getOrDefault("WAITLISTED", 0), byStatus.getOrDefault("CANCELLED", 0), sessions,
                people, gain, bySector, byGender, certificateCounts[0], certificateCounts[1], surveys.summary(eventId));
    }
}
