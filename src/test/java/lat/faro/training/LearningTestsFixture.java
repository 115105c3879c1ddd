package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Courses with a question bank, events around now, registrations and submissions through the API,
 * for the tests of pre- and post-tests. Time is the real clock: events are planned with sessions
 * before or after now, and {@link #sessionsMoveBack} shifts an event's sessions into the past, as
 * if the course had taken place, so that one cohort can take both tests.
 */
final class LearningTestsFixture {

    static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    static final String TRAINER = "docente.pruebas@example.org";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    LearningTestsFixture(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** Four questions: two single-choice (keys A and B), two multiple-choice (keys A+B and B). */
    static final String BANK = """
            {"questions": [
              {"kind": "SINGLE", "text": {"es": "¿Qué es un CSIRT?", "en": "What is a CSIRT?"},
               "explanation": {"es": "Un equipo de respuesta a incidentes.", "en": "An incident response team."},
               "options": [{"text": {"es": "Un equipo de respuesta", "en": "A response team"}, "correct": true},
                           {"text": {"es": "Un antivirus"}, "correct": false},
                           {"text": {"es": "Una norma"}, "correct": false}]},
              {"kind": "SINGLE", "text": {"es": "¿Cuál es el primer paso ante un incidente?"},
               "explanation": {"es": "Primero se contiene."},
               "options": [{"text": {"es": "Apagar todo"}, "correct": false}, {"text": {"es": "Contener"}, "correct": true}]},
              {"kind": "MULTIPLE", "text": {"es": "¿Qué datos guarda un registro de incidentes?"},
               "explanation": {"es": "La hora y los sistemas afectados."},
               "options": [{"text": {"es": "La hora"}, "correct": true}, {"text": {"es": "Los sistemas afectados"}, "correct": true},
                           {"text": {"es": "El color del logo"}, "correct": false}]},
              {"kind": "MULTIPLE", "text": {"es": "¿Quién coordina con el CSIRT nacional?"},
               "explanation": {"es": "El punto de contacto designado."},
               "options": [{"text": {"es": "Cualquiera"}, "correct": false}, {"text": {"es": "El punto de contacto"}, "correct": true},
                           {"text": {"es": "Nadie"}, "correct": false}]}]}
            """;

    /** A course with its question bank: the ids of its questions and, per question, of its options. */
    record Course(long id, long[] questions, long[][] options) {

        long option(int question, char letter) {
            return options[question][letter - 'A'];
        }
    }

    Course course() throws Exception {
        String code = "PRUEBA-" + UUID.randomUUID().toString().substring(0, 8);
        String body = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "texts": {"es": {"title": "Respuesta a incidentes %s", "description": "Curso.",
                                 "objectives": "Responder"}}, "modules": [], "elements": []}
                                """.formatted(code, code)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String bank = mvc.perform(put("/api/v1/training/courses/" + id + "/questions").with(coordinator()).with(csrf())
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content(BANK))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return parse(id, bank);
    }

    static Course parse(long course, String bank) {
        List<Number> ids = JsonPath.read(bank, "$.questions[*].id");
        long[] questions = ids.stream().mapToLong(Number::longValue).toArray();
        long[][] options = new long[questions.length][];
        for (int i = 0; i < questions.length; i++) {
            List<Number> o = JsonPath.read(bank, "$.questions[" + i + "].options[*].id");
            options[i] = o.stream().mapToLong(Number::longValue).toArray();
        }
        return new Course(course, questions, options);
    }

    /** An event of the course, open for registration, with one session from {@code start} to {@code end} in Montevideo. */
    long event(Course course, LocalDateTime start, LocalDateTime end) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"course": %d, "country": "UY", "city": "Montevideo", "venue": "Torre Ejecutiva", "modality": "IN_PERSON",
                                 "language": "es", "timeZone": "America/Montevideo", "capacity": 5, "registrationMode": "OPEN",
                                 "sessions": [{"startsAt": "%s", "endsAt": "%s"}], "trainers": ["%s"]}
                                """.formatted(course.id(), start, end, TRAINER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/v1/training/events/" + id + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        return id;
    }

    /** An event whose only session is tomorrow: the pre-test is open. */
    long upcoming(Course course) throws Exception {
        LocalDateTime start = now().plusDays(1);
        return event(course, start, start.plusHours(4));
    }

    static LocalDateTime now() {
        return LocalDateTime.now(MONTEVIDEO).truncatedTo(ChronoUnit.MINUTES);
    }

    long register(long event, String email, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "%s", "organisation": "Ministerio", "sector": "GOVERNMENT",
                                 "consentVersion": "2026-11"}
                                """.formatted(email, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Answers as "question index → option letters", e.g. {@code answers(course, "0:A", "2:AB")}. */
    static String answers(Course course, String... chosen) {
        StringJoiner json = new StringJoiner(", ", "{\"answers\": {", "}}");
        for (String c : chosen) {
            int question = c.charAt(0) - '0';
            StringJoiner options = new StringJoiner(", ", "[", "]");
            for (char letter : c.substring(2).toCharArray()) {
                options.add(Long.toString(course.option(question, letter)));
            }
            json.add("\"" + course.questions()[question] + "\": " + options);
        }
        return json.toString();
    }

    ResultActions submit(long event, String kind, RequestPostProcessor who, String answers) throws Exception {
        return mvc.perform(post("/api/v1/training/events/" + event + "/tests/" + kind).with(who).with(csrf())
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(answers));
    }

    long attempts(long event) {
        return jdbc.sql("select count(*) from training_test_attempt where event_id = ?").param(event).query(Long.class).single();
    }

    long answerRows(long event) {
        return jdbc.sql("select count(*) from training_test_answer w join training_test_attempt a on a.id = w.attempt_id "
                + "where a.event_id = ?").param(event).query(Long.class).single();
    }

    /** The event's sessions move back by {@code by}: the course took place meanwhile. */
    void sessionsMoveBack(long event, Duration by) {
        for (var session : jdbc.sql("select id, starts_at, ends_at from training_session where event_id = ?").param(event)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class)}).list()) {
            jdbc.sql("update training_session set starts_at = ?, ends_at = ? where id = ?")
                    .params(((OffsetDateTime) session[1]).minus(by), ((OffsetDateTime) session[2]).minus(by), session[0])
                    .update();
        }
    }
}
