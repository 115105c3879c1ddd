package lat.faro.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests outside this package (the browser tests): a completed event whose last session ended
 * 95 days ago, one confirmed participant to whom the follow-up survey was sent, and the path of
 * that person's signed link, written straight to the database.
 */
public final class FollowUpFixture {

    private FollowUpFixture() {
    }

    /** The path {@code /training/follow-up/{token}} of a fresh, answerable follow-up link. */
    public static String link(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Instant now = context.getBean(Clock.class).instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime ended = at.minusDays(95);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_course (code, created_by, created_at, updated_at, version) values (?, 'fixture', ?, ?, 1)")
                .params("FUB-" + tag, at, at).update(keys, "id");
        long course = keys.getKeyAs(Long.class);
        jdbc.sql("insert into training_course_text (course_id, lang, title, description, objectives) values (?, 'es', ?, 'd', ?)")
                .params(course, "Gobierno de datos", "Inventariar los datos\nAsignar responsables\nPublicar datos abiertos").update();
        keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_event (course_id, country, city, online_url, modality, language, time_zone, capacity, "
                        + "registration_mode, status, created_by, created_at, updated_at, version) "
                        + "values (?, 'PE', 'Lima', 'https://meet.example.org/x', 'ONLINE', 'es', 'America/Lima', 10, 'OPEN', 'COMPLETED', "
                        + "'fixture', ?, ?, 1)")
                .params(course, at, at).update(keys, "id");
        long event = keys.getKeyAs(Long.class);
        jdbc.sql("insert into training_session (event_id, position, starts_at, ends_at) values (?, 1, ?, ?)")
                .params(event, ended.minusHours(3), ended).update();
        keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_registration (event_id, email, full_name, organisation, sector, status, consent_version, "
                        + "consented_at, registered_at, confirmed_at) values (?, ?, 'Ana Torres', 'PCM', 'GOVERNMENT', 'CONFIRMED', "
                        + "'2026-11', ?, ?, ?)")
                .params(event, "ana-" + tag + "@example.org", at, at, at).update(keys, "id");
        long registration = keys.getKeyAs(Long.class);
        jdbc.sql("insert into training_follow_up (registration_id, event_id, sent_at) values (?, ?, ?)").params(registration, event, at).update();
        String token = context.getBean(SignedLinks.class).issue(SignedLinks.Purpose.FOLLOW_UP_SURVEY, Long.toString(registration),
                now.plus(Duration.ofDays(60)));
        return "/training/follow-up/" + token;
    }
}
