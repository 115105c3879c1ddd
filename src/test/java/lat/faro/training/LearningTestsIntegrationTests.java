package lat.faro.training;

import static lat.faro.training.LearningTestsFixture.MONTEVIDEO;
import static lat.faro.training.LearningTestsFixture.TRAINER;
import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Question banks, pre- and post-tests and the learning gain through the API: every bad field of a
 * bank named, each test once and only in its window, each person their own result, the gain for
 * the event's trainers and staff only, and its figures against a hand count.
 *
 * <p>Time is the real clock: events are planned with sessions before or after now; to let one
 * cohort take both tests, {@link LearningTestsFixture#sessionsMoveBack} shifts the event's sessions
 * into the past between the two, as if the course had taken place.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LearningTestsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    LearningTestsFixture f;

    @BeforeEach
    void fixture() {
        f = new LearningTestsFixture(mvc, jdbc);
    }

    @Test
    void aBadBankNamesEveryFieldAndWritesNothingAndOnlyStaffWriteIt() throws Exception {
        LearningTestsFixture.Course course = f.course();
        String bad = """
                {"questions": [
                  {"kind": "SINGLE", "text": {"es": "Dos correctas"}, "explanation": {"es": "e"},
                   "options": [{"text": {"es": "a"}, "correct": true}, {"text": {"es": "b"}, "correct": true}]},
                  {"kind": "MULTIPLE", "text": {"es": "Ninguna correcta"}, "explanation": {"es": "e"},
                   "options": [{"text": {"es": "a"}, "correct": false}]},
                  {"text": {"en": "No kind, no Spanish", "de": "Deutsch"}, "explanation": {"en": "e"},
                   "options": [{"text": {"en": "only English"}, "correct": true}, {"text": {"es": "b"}, "correct": false},
                               {"text": {"es": "B "}, "correct": false}]}]}
                """;
        mvc.perform(put("/api/v1/training/courses/" + course.id() + "/questions").with(coordinator()).with(csrf())
                        .header("If-Match", "1").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("questions[0].options", "questions[1].options",
                        "questions[1].options", "questions[2].kind", "questions[2].text.es", "questions[2].text.de",
                        "questions[2].explanation.es", "questions[2].options[0].text.es", "questions[2].options[2].text.es")))
                .andExpect(jsonPath("$.errors[?(@.field == 'questions[0].options')].message").value(hasItem(
                        "A single-choice question has exactly one correct option; this one has 2.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'questions[1].options')].message").value(containsInAnyOrder(
                        "A question has 2 to 8 options; this one has 1.",
                        "A multiple-choice question has at least one correct option.")));
        mvc.perform(get("/api/v1/training/courses/" + course.id() + "/questions").with(coordinator()))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.questions.length()").value(4));
        assertThat(jdbc.sql("select count(*) from training_question where course_id = ?").param(course.id()).query(Long.class).single())
                .isEqualTo(4);

        // An empty bank, and a stale version: refused, nothing written.
        mvc.perform(put("/api/v1/training/courses/" + course.id() + "/questions").with(coordinator()).with(csrf())
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{\"questions\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("questions"));
        mvc.perform(put("/api/v1/training/courses/" + course.id() + "/questions").with(coordinator()).with(csrf())
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content(LearningTestsFixture.BANK))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("version"));

        // Writing: programme staff only, refused before the body is read.
        for (RequestPostProcessor who : List.of(trainer(TRAINER), participant("p@example.org"))) {
            mvc.perform(put("/api/v1/training/courses/" + course.id() + "/questions").with(who).with(csrf())
                            .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("not even JSON"))
                    .andExpect(status().isForbidden());
        }
        // Reading the key: staff and the trainers of the course's events, not a participant nor another trainer.
        mvc.perform(get("/api/v1/training/courses/" + course.id() + "/questions").with(participant("p@example.org")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/courses/" + course.id() + "/questions").with(trainer(TRAINER)))
                .andExpect(status().isForbidden());
        f.upcoming(course);
        mvc.perform(get("/api/v1/training/courses/" + course.id() + "/questions").with(trainer(TRAINER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions[0].options[0].correct").value(true));
        mvc.perform(get("/api/v1/training/courses/" + course.id() + "/questions").with(trainer("otra@example.org")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTestSubmittedTwiceIsRefusedWithWhenAndWrittenOnce() throws Exception {
        LearningTestsFixture.Course course = f.course();
        long event = f.upcoming(course);
        f.register(event, "ana@example.org", "Ana");
        RequestPostProcessor ana = participant("ana@example.org");

        // The paper: open, the questions without the key.
        mvc.perform(get("/api/v1/training/events/" + event + "/tests/PRE").with(ana))
                .andExpect(status().isOk()).andExpect(jsonPath("$.availability").value("OPEN"))
                .andExpect(jsonPath("$.questions.length()").value(4))
                .andExpect(jsonPath("$.questions[0].options[0].correct").doesNotExist());

        f.submit(event, "PRE", ana, f.answers(course, "0:A", "1:A", "2:AB"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.points").value(2)).andExpect(jsonPath("$.possible").value(4))
                .andExpect(jsonPath("$.percent").value(50.0))
                // The post-test asks the same questions: no key after the pre-test.
                .andExpect(jsonPath("$.explained").value(false)).andExpect(jsonPath("$.questions").isEmpty());
        assertThat(f.attempts(event)).isEqualTo(1);
        assertThat(f.answerRows(event)).isEqualTo(4);

        String date = LocalDateTime.now(MONTEVIDEO).toLocalDate().toString();
        f.submit(event, "PRE", ana, f.answers(course, "0:A", "1:B", "2:AB", "3:B"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("You already submitted the pre-test on " + date)))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("(America/Montevideo)")));
        assertThat(f.attempts(event)).isEqualTo(1);
        assertThat(f.answerRows(event)).isEqualTo(4);
        mvc.perform(get("/api/v1/training/events/" + event + "/tests/PRE/result").with(ana))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points").value(2));
        mvc.perform(get("/api/v1/training/events/" + event + "/tests/PRE").with(ana))
                .andExpect(jsonPath("$.availability").value("SUBMITTED")).andExpect(jsonPath("$.questions").isEmpty());

        // A database that already holds the attempt refuses a second row whatever the application checks.
        long registration = jdbc.sql("select registration_id from training_test_attempt where event_id = ?").param(event)
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "insert into training_test_attempt (event_id, registration_id, kind, bank_version, submitted_at, points, possible) "
                                + "values (?, ?, 'PRE', 1, current_timestamp, 0, 4)").params(event, registration).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void answersThatDoNotFitTheTestAreNamedAndNothingIsWritten() throws Exception {
        LearningTestsFixture.Course course = f.course();
        LearningTestsFixture.Course other = f.course();
        long event = f.upcoming(course);
        f.register(event, "bea@example.org", "Bea");
        RequestPostProcessor bea = participant("bea@example.org");
        f.submit(event, "PRE", bea, f.answers(course, "0:AB"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers." + course.questions()[0]))
                .andExpect(jsonPath("$.errors[0].message").value("Question 1 takes one option only."));
        f.submit(event, "PRE", bea, "{\"answers\": {\"" + other.questions()[0] + "\": [" + other.option(0, 'A') + "], \""
                        + course.questions()[1] + "\": [" + course.option(0, 'A') + "]}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("answers." + other.questions()[0],
                        "answers." + course.questions()[1])));
        assertThat(f.attempts(event)).isZero();
        // Nothing chosen at all is a valid (if poor) attempt: every question unanswered.
        f.submit(event, "PRE", bea, "{\"answers\": {}}").andExpect(status().isCreated()).andExpect(jsonPath("$.points").value(0));
    }

    @Test
    void eachTestIsOpenOnlyInItsWindow() throws Exception {
        LearningTestsFixture.Course course = f.course();
        LocalDateTime now = f.now();

        // Tomorrow's event: the pre-test is open, the post-test opens when the session starts.
        long tomorrow = f.event(course, now.plusDays(1), now.plusDays(1).plusHours(3));
        f.register(tomorrow, "carla@example.org", "Carla");
        RequestPostProcessor carla = participant("carla@example.org");
        f.submit(tomorrow, "POST", carla, f.answers(course, "0:A"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The post-test opens on "
                        + now.plusDays(1).toLocalDate() + " " + now.plusDays(1).toLocalTime())));
        mvc.perform(get("/api/v1/training/events/" + tomorrow + "/tests/POST").with(carla))
                .andExpect(jsonPath("$.availability").value("NOT_YET_OPEN")).andExpect(jsonPath("$.questions").isEmpty());

        // Started an hour ago: the pre-test closed with its start; the post-test is open.
        long started = f.event(course, now.minusHours(1), now.plusHours(2));
        f.register(started, "carla@example.org", "Carla");
        f.submit(started, "PRE", carla, f.answers(course, "0:A"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("The pre-test closed on " + now.minusHours(1).toLocalDate() + " "
                        + now.minusHours(1).toLocalTime() + " (America/Montevideo)."));
        mvc.perform(get("/api/v1/training/events/" + started + "/tests/POST").with(carla))
                .andExpect(jsonPath("$.availability").value("OPEN"));

        // Ended 13 days ago: the post-test is still open; 15 days ago: it closed 14 days after the end.
        long recent = f.event(course, now.minusDays(13).minusHours(4), now.minusDays(13));
        f.register(recent, "carla@example.org", "Carla");
        f.submit(recent, "POST", carla, f.answers(course, "0:A")).andExpect(status().isCreated());
        long old = f.event(course, now.minusDays(15).minusHours(4), now.minusDays(15));
        f.register(old, "carla@example.org", "Carla");
        f.submit(old, "POST", carla, f.answers(course, "0:A"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The post-test closed on "
                        + now.minusDays(1).toLocalDate())));
        assertThat(f.attempts(tomorrow) + f.attempts(started) + f.attempts(old)).isZero();
        assertThat(f.attempts(recent)).isEqualTo(1);
    }

    @Test
    void onlyAConfirmedParticipantTakesTheTest() throws Exception {
        LearningTestsFixture.Course course = f.course();
        LocalDateTime start = f.now().plusDays(2);
        String body = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"course": %d, "country": "UY", "city": "Montevideo", "venue": "Torre Ejecutiva", "modality": "IN_PERSON",
                                 "language": "es", "timeZone": "America/Montevideo", "capacity": 1, "registrationMode": "OPEN",
                                 "sessions": [{"startsAt": "%s", "endsAt": "%s"}], "trainers": ["%s"]}
                                """.formatted(course.id(), start, start.plusHours(2), TRAINER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long event = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        f.register(event, "first@example.org", "Primera");
        f.register(event, "waiting@example.org", "En espera"); // full: on the waiting list
        for (String who : List.of("waiting@example.org", "stranger@example.org")) {
            f.submit(event, "PRE", participant(who), f.answers(course, "0:A"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.errors[0].field").value("registration"))
                    .andExpect(jsonPath("$.errors[0].message").value("Only people with a confirmed place at this event take its tests."));
            mvc.perform(get("/api/v1/training/events/" + event + "/tests/PRE").with(participant(who)))
                    .andExpect(jsonPath("$.availability").value("NOT_PARTICIPANT"));
        }
        assertThat(f.attempts(event)).isZero();
    }

    @Test
    void eachPersonReadsOnlyTheirOwnResultAndOnlyTheEventsTrainersAndStaffTheGain() throws Exception {
        LearningTestsFixture.Course course = f.course();
        long event = f.upcoming(course);
        f.register(event, "dora@example.org", "Dora");
        f.register(event, "eva@example.org", "Eva");
        String body = f.submit(event, "PRE", participant("dora@example.org"), f.answers(course, "0:A"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long attempt = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(get("/api/v1/training/test-attempts/" + attempt).with(participant("eva@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/events/" + event + "/tests/PRE/result").with(participant("eva@example.org")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/test-attempts/" + attempt).with(trainer("otra@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/test-attempts/" + attempt).with(participant("dora@example.org")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points").value(1)).andExpect(jsonPath("$.explained").value(false));
        // The event's trainer sees the answers with the key and the explanations.
        mvc.perform(get("/api/v1/training/test-attempts/" + attempt).with(trainer(TRAINER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.explained").value(true))
                .andExpect(jsonPath("$.questions[0].chosen[0]").value(course.option(0, 'A')))
                .andExpect(jsonPath("$.questions[0].correct").value(true))
                .andExpect(jsonPath("$.questions[1].chosen").isEmpty())
                .andExpect(jsonPath("$.questions[0].explanation.es").value("Un equipo de respuesta a incidentes."));

        mvc.perform(get("/api/v1/training/events/" + event + "/gain").with(participant("dora@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/training/events/" + event + "/gain").with(participant("dora@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/training/events/" + event + "/gain.csv").with(participant("dora@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/events/" + event + "/gain").with(trainer("otra@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/training/events/" + event + "/gain.csv").with(trainer("otra@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/events/" + event + "/gain").with(trainer(TRAINER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.preOnly").value(1));
        mvc.perform(get("/api/v1/training/events/" + event + "/gain").with(coordinator())).andExpect(status().isOk());
    }

    @Test
    void theGainOfASmallCohortMatchesAHandCount() throws Exception {
        LearningTestsFixture.Course course = f.course();
        long event = f.upcoming(course);
        List<String> people = List.of("ana", "bruno", "carla", "diego", "elena");
        List<Long> registrations = new ArrayList<>();
        for (String name : people) {
            registrations.add(f.register(event, name + "@example.org", Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Gómez"));
        }
        // Keys: q0 A, q1 B, q2 A+B, q3 B. Pre-test (takers Ana, Bruno, Carla, Diego):
        f.submit(event, "PRE", participant("ana@example.org"), f.answers(course, "0:A", "1:A", "2:A"))
                .andExpect(jsonPath("$.points").value(1));                                       // 25 %
        f.submit(event, "PRE", participant("bruno@example.org"), f.answers(course, "0:A", "1:B", "2:AC"))
                .andExpect(jsonPath("$.points").value(2));                                       // 50 %
        f.submit(event, "PRE", participant("carla@example.org"), f.answers(course, "0:B", "1:A", "2:C", "3:A"))
                .andExpect(jsonPath("$.points").value(0));                                       // 0 %
        f.submit(event, "PRE", participant("diego@example.org"), f.answers(course, "0:A", "1:B", "2:AB", "3:AB"))
                .andExpect(jsonPath("$.points").value(3));                                       // 75 %, no post-test

        // The bank changes after the pre-test: this event keeps the questions its pre-test had.
        mvc.perform(put("/api/v1/training/courses/" + course.id() + "/questions").with(coordinator()).with(csrf())
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content(LearningTestsFixture.BANK.replace("¿Qué es un CSIRT?", "¿Qué hace un CSIRT?")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));

        f.sessionsMoveBack(event, Duration.ofDays(2));
        mvc.perform(get("/api/v1/training/events/" + event + "/tests/POST").with(participant("ana@example.org")))
                .andExpect(jsonPath("$.availability").value("OPEN"))
                .andExpect(jsonPath("$.questions[0].id").value(course.questions()[0]))
                .andExpect(jsonPath("$.questions[0].text.es").value("¿Qué es un CSIRT?"));
        // Post-test (takers Ana, Bruno, Carla, Elena):
        f.submit(event, "POST", participant("ana@example.org"), f.answers(course, "0:A", "1:B", "2:AB", "3:B"))
                .andExpect(jsonPath("$.points").value(4))                                        // 100 %
                .andExpect(jsonPath("$.explained").value(true))
                .andExpect(jsonPath("$.questions[3].explanation.es").value("El punto de contacto designado."));
        f.submit(event, "POST", participant("bruno@example.org"), f.answers(course, "0:A", "1:B", "2:AB", "3:C"))
                .andExpect(jsonPath("$.points").value(3));                                       // 75 %
        f.submit(event, "POST", participant("carla@example.org"), f.answers(course, "0:A", "1:A", "2:A"))
                .andExpect(jsonPath("$.points").value(1));                                       // 25 %
        f.submit(event, "POST", participant("elena@example.org"), f.answers(course, "0:C", "1:B"))
                .andExpect(jsonPath("$.points").value(1));                                       // 25 %, no pre-test
        // Having taken the post-test, Ana now sees her pre-test explained.
        mvc.perform(get("/api/v1/training/events/" + event + "/tests/PRE/result").with(participant("ana@example.org")))
                .andExpect(jsonPath("$.explained").value(true)).andExpect(jsonPath("$.questions[0].correct").value(true))
                .andExpect(jsonPath("$.questions[1].correct").value(false));

        // By hand:
        //   matched Ana (25 → 100, g = 75/75 = 1), Bruno (50 → 75, g = 25/50 = 0.5), Carla (0 → 25, g = 25/100 = 0.25);
        //   pre only Diego, post only Elena: attrition 2 of 5 = 0.40; no one scored 100 on the pre-test.
        //   ⟨pre⟩ = 75/3 = 25, ⟨post⟩ = 200/3 = 66.67, ⟨g⟩ = (200/3 − 25) / 75 = 5/9 = 0.56;
        //   mean of individual gains = (1 + 0.5 + 0.25) / 3 = 7/12 = 0.58.
        //   Difficulty, pre (4 takers): q0 Ana, Bruno, Diego 3/4; q1 Bruno, Diego 2/4; q2 Diego 1/4; q3 nobody 0/4.
        //   Difficulty, post (4 takers): q0 Ana, Bruno, Carla 3/4; q1 Ana, Bruno, Elena 3/4; q2 Ana, Bruno 2/4; q3 Ana 1/4.
        mvc.perform(get("/api/v1/training/events/" + event + "/gain").with(trainer(TRAINER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bankVersion").value(1))
                .andExpect(jsonPath("$.matched").value(3)).andExpect(jsonPath("$.preOnly").value(1))
                .andExpect(jsonPath("$.postOnly").value(1)).andExpect(jsonPath("$.attrition").value(2))
                .andExpect(jsonPath("$.attritionShare").value(0.40)).andExpect(jsonPath("$.undefinedGains").value(0))
                .andExpect(jsonPath("$.meanPre").value(25.00)).andExpect(jsonPath("$.meanPost").value(66.67))
                .andExpect(jsonPath("$.classAverageGain").value(0.56)).andExpect(jsonPath("$.meanIndividualGain").value(0.58))
                .andExpect(jsonPath("$.learners[*].name").value(org.hamcrest.Matchers.contains("Ana Gómez", "Bruno Gómez", "Carla Gómez")))
                .andExpect(jsonPath("$.learners[*].gain").value(org.hamcrest.Matchers.contains(1.00, 0.50, 0.25)))
                .andExpect(jsonPath("$.learners[0].registration").value(registrations.get(0)))
                .andExpect(jsonPath("$.preDifficulty[*].correct").value(org.hamcrest.Matchers.contains(3, 2, 1, 0)))
                .andExpect(jsonPath("$.preDifficulty[*].takers").value(org.hamcrest.Matchers.contains(4, 4, 4, 4)))
                .andExpect(jsonPath("$.postDifficulty[*].correct").value(org.hamcrest.Matchers.contains(3, 3, 2, 1)))
                .andExpect(jsonPath("$.postDifficulty[*].p").value(org.hamcrest.Matchers.contains(0.75, 0.75, 0.50, 0.25)));

        // The page and the CSV say the same, with the names.
        String page = mvc.perform(get("/training/events/" + event + "/gain").with(trainer(TRAINER)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(">Respuesta a incidentes PRUEBA-", "id=\"class-average\">0.56<", "id=\"mean-individual\">0.58<", "id=\"matched\">3<",
                "id=\"pre-only\">1<", "id=\"post-only\">1<", "2 people (40% of those who took a test)", "Bruno Gómez", "+25.00");
        String csv = mvc.perform(get("/training/events/" + event + "/gain.csv").with(coordinator()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFRegistration,Participant,Pre-test,Post-test,Change (points),Gain g",
                registrations.get(0) + ",Ana Gómez,25.00,100.00,75.00,1.00",
                registrations.get(1) + ",Bruno Gómez,50.00,75.00,25.00,0.50",
                registrations.get(2) + ",Carla Gómez,0.00,25.00,25.00,0.25");
    }
}
