package lat.faro.training;

import static lat.faro.training.AttendanceFixture.unique;
import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.person;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import lat.faro.training.AttendanceFixture.Planned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Attendance per session through the API: who may keep a roster (the denials as much as the
 * grants), marks only while the event runs and never written twice, check-in with the session's
 * code only within its window and only for people with a confirmed place, and the attendance rate.
 * Sessions are placed around the real clock: one under way, one tomorrow, one two days ago.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class AttendanceIntegrationTests {

    static final String TRAINER = AttendanceFixture.TRAINER;
    static final ZoneId GUATEMALA = AttendanceFixture.GUATEMALA;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Attendance attendance;

    AttendanceFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AttendanceFixture(mvc);
    }

    Planned plan(int capacity) throws Exception {
        return fixture.plan(capacity);
    }

    void advance(Planned event, int version, String status) throws Exception {
        fixture.advance(event, version, status);
    }

    long register(Planned event, String email, String name) throws Exception {
        return fixture.register(event, email, name);
    }

    String code(Planned event, int session) throws Exception {
        return fixture.code(event, session);
    }

    String roster(Planned event, int session) {
        return "/api/v1/training/events/" + event.id() + "/sessions/" + event.sessions().get(session) + "/attendance";
    }

    ResultActions mark(Planned event, int session, long registration, boolean present) throws Exception {
        return mvc.perform(put(roster(event, session) + "/" + registration).with(trainer(TRAINER)).with(csrf())
                .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content("{\"present\": " + present + "}"));
    }

    ResultActions checkIn(String email, String code) throws Exception {
        return mvc.perform(post("/api/v1/training/check-in").with(participant(email)).with(csrf()).header("Accept-Language", "es")
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"" + code + "\"}"));
    }

    long rows(Planned event) {
        return jdbc.sql("select count(*) from training_attendance a join training_session s on s.id = a.session_id where s.event_id = ?")
                .param(event.id()).query(Long.class).single();
    }

    @Test
    void onlyTheEventsTrainersAndProgrammeStaffKeepItsRoster() throws Exception {
        Planned event = plan(10);
        // Planned: another trainer does not even see the event.
        mvc.perform(get(roster(event, 0)).with(trainer("otra.formadora@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get(roster(event, 0)).with(trainer(TRAINER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.markable").value(false)).andExpect(jsonPath("$.status").value("PLANNED"));
        advance(event, 1, "REGISTRATION_OPEN");
        String ana = unique("ana");
        register(event, ana, "Ana Pérez");
        register(event, unique("luis"), "Luis Gómez");

        mvc.perform(get(roster(event, 0)).with(trainer(TRAINER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.present").value(0))
                .andExpect(jsonPath("$.people[*].fullName").value(org.hamcrest.Matchers.contains("Ana Pérez", "Luis Gómez")))
                .andExpect(jsonPath("$.people[0].present").doesNotExist());
        mvc.perform(get(roster(event, 0)).with(coordinator())).andExpect(status().isOk());
        mvc.perform(get(roster(event, 0)).with(person("admin@example.org", Grant.programme(Role.ADMIN)))).andExpect(status().isOk());

        // The event is public now: another trainer sees it but does not run it.
        mvc.perform(get(roster(event, 0)).with(trainer("otra.formadora@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/events/" + event.id() + "/attendance").with(trainer("otra.formadora@example.org")))
                .andExpect(status().isForbidden());
        // Refused at the door, whatever is sent: a participant (even a registered one), coordinators of a country, anonymous.
        mvc.perform(get(roster(event, 0)).with(participant(ana))).andExpect(status().isForbidden());
        mvc.perform(put(roster(event, 0) + "/1").with(participant(ana)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("not json")).andExpect(status().isForbidden());
        mvc.perform(get(roster(event, 0)).with(person("nc.ar@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "AR"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(roster(event, 0)).with(person("nc.gt@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "GT"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(roster(event, 0))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/training/events/" + event.id() + "/sessions/" + event.sessions().get(0) + "/check-in-code")
                .with(participant(ana))).andExpect(status().isForbidden());

        // A session of another event is not this event's.
        Planned other = plan(5);
        mvc.perform(get("/api/v1/training/events/" + event.id() + "/sessions/" + other.sessions().get(0) + "/attendance")
                .with(trainer(TRAINER))).andExpect(status().isNotFound());
    }

    @Test
    void marksWaitUntilTheEventRunsAndAreNeverWrittenTwice() throws Exception {
        Planned event = plan(1);
        advance(event, 1, "REGISTRATION_OPEN");
        long ana = register(event, unique("ana"), "Ana Pérez");
        long waiting = register(event, unique("eva"), "Eva Ríos"); // capacity 1: on the waiting list

        mark(event, 0, ana, true).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«Inscripción abierta»")));
        assertThat(rows(event)).isZero();

        advance(event, 2, "RUNNING");
        mark(event, 0, ana, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.present").value(true)).andExpect(jsonPath("$.method").value("ROSTER"));
        String recordedAt = JsonPath.read(mark(event, 0, ana, true).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$.recordedAt");
        assertThat(rows(event)).isEqualTo(1);
        mvc.perform(get(roster(event, 0)).with(trainer(TRAINER)))
                .andExpect(jsonPath("$.present").value(1)).andExpect(jsonPath("$.people[0].recordedAt").value(recordedAt));

        mark(event, 0, ana, false).andExpect(status().isOk()).andExpect(jsonPath("$.present").value(false));
        assertThat(rows(event)).isEqualTo(1);
        mvc.perform(get(roster(event, 0)).with(trainer(TRAINER))).andExpect(jsonPath("$.present").value(0));

        // Only confirmed registrations of this event; a mark needs its value.
        mark(event, 0, waiting, true).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("registration"));
        Planned other = plan(5);
        advance(other, 1, "REGISTRATION_OPEN");
        long elsewhere = register(other, unique("otro"), "Otro");
        mark(event, 0, elsewhere, true).andExpect(status().isNotFound());
        mvc.perform(put(roster(event, 0) + "/" + ana).with(trainer(TRAINER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("present"));
        assertThat(rows(event)).isEqualTo(1);

        // Completed: late corrections still go in.
        advance(event, 3, "COMPLETED");
        mark(event, 0, ana, true).andExpect(status().isOk());

        // Three marks that changed something (present, absent, present again), three entries in the trail; the
        // repeated mark wrote none. No e-mail address in them.
        await().atMost(Duration.ofSeconds(20)).until(() -> audit("training.attendance.marked", ana) >= 3);
        assertThat(audit("training.attendance.marked", ana)).isEqualTo(3);
        assertThat(jdbc.sql("select details from audit_entry where subject = ? and action = 'training.attendance.marked'")
                .param("registration:" + ana).query(String.class).list()).allSatisfy(d -> assertThat(d).doesNotContain("@"));
    }

    long audit(String action, long registration) {
        return jdbc.sql("select count(*) from audit_entry where subject = ? and action = ?")
                .params("registration:" + registration, action).query(Long.class).single();
    }

    @Test
    void aParticipantChecksInOnceWithTheCodeOfTheSessionUnderWay() throws Exception {
        Planned event = plan(10);
        advance(event, 1, "REGISTRATION_OPEN");
        String ana = unique("ana");
        long anaId = register(event, ana, "Ana Pérez");
        advance(event, 2, "RUNNING");

        String body = mvc.perform(get("/api/v1/training/events/" + event.id() + "/sessions/" + event.sessions().get(0)
                        + "/check-in-code").with(trainer(TRAINER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.code");
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat((String) JsonPath.read(body, "$.path")).isEqualTo("/training/check-in?code=" + code);
        assertThat((String) JsonPath.read(body, "$.url")).endsWith("/training/check-in?code=" + code);
        assertThat(code(event, 0)).as("the same code the second time").isEqualTo(code);
        assertThat(code(event, 1)).as("each session its own code").isNotEqualTo(code);

        // Case, spaces and dashes do not matter.
        String typed = code.substring(0, 3).toLowerCase(Locale.ROOT) + " - " + code.substring(3);
        checkIn(ana, typed).andExpect(status().isOk())
                .andExpect(jsonPath("$.event").value(event.id())).andExpect(jsonPath("$.session").value(event.sessions().get(0)))
                .andExpect(jsonPath("$.alreadyCheckedIn").value(false));
        checkIn(ana, code).andExpect(status().isOk()).andExpect(jsonPath("$.alreadyCheckedIn").value(true));
        assertThat(rows(event)).isEqualTo(1);
        mvc.perform(get(roster(event, 0)).with(trainer(TRAINER)))
                .andExpect(jsonPath("$.present").value(1)).andExpect(jsonPath("$.people[0].method").value("CHECK_IN"));

        // Marked absent before arriving: checking in turns the mark to present, once.
        String luis = unique("luis");
        long luisId = registerWhileRunning(event, luis);
        mark(event, 0, luisId, false).andExpect(status().isOk());
        checkIn(luis, code).andExpect(jsonPath("$.alreadyCheckedIn").value(false));
        checkIn(luis, code).andExpect(jsonPath("$.alreadyCheckedIn").value(true));
        mvc.perform(get(roster(event, 0)).with(trainer(TRAINER))).andExpect(jsonPath("$.present").value(2));
        assertThat(rows(event)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> audit("training.attendance.checkedIn", anaId) == 1);
    }

    /** Registration has closed once the event runs: a coordinator adds the person directly. */
    long registerWhileRunning(Planned event, String email) {
        jdbc.sql("insert into training_registration (event_id, email, full_name, organisation, sector, status, consent_version, "
                        + "consented_at, registered_at, confirmed_at) values (?, ?, 'Luis Gómez', 'SIE', 'GOVERNMENT', 'CONFIRMED', "
                        + "'2026-11', current_timestamp, current_timestamp, current_timestamp)")
                .params(event.id(), email).update();
        return jdbc.sql("select id from training_registration where event_id = ? and email = ?").params(event.id(), email)
                .query(Long.class).single();
    }

    @Test
    void outsideItsWindowACodeSaysWhenTheSessionRunsAndWritesNothing() throws Exception {
        Planned event = plan(10);
        advance(event, 1, "REGISTRATION_OPEN");
        String ana = unique("ana");
        register(event, ana, "Ana Pérez");

        // Under way, but the event has not been started: refused, naming its status.
        checkIn(ana, code(event, 0)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«Inscripción abierta»")));
        advance(event, 2, "RUNNING");

        EventView.Session tomorrow = session(event, 1);
        checkIn(ana, code(event, 1)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("Todavía no: la sesión es el " + date(tomorrow.startsAt()) + ", de "
                        + time(tomorrow.startsAt()) + " a " + time(tomorrow.endsAt())
                        + " (hora de America/Guatemala), y el registro abre 30 minutos antes del inicio."));
        EventView.Session past = session(event, 2);
        checkIn(ana, code(event, 2)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Esa sesión ya terminó: fue el "
                        + date(past.startsAt()) + ", de " + time(past.startsAt()) + " a " + time(past.endsAt())),
                        containsString("America/Guatemala"))));
        assertThat(rows(event)).isZero();
    }

    EventView.Session session(Planned event, int index) throws Exception {
        String body = mvc.perform(get("/api/v1/training/events/" + event.id())).andReturn().getResponse().getContentAsString();
        ZonedDateTime starts = ZonedDateTime.parse(JsonPath.read(body, "$.sessions[" + index + "].startsAt")).withZoneSameInstant(GUATEMALA);
        ZonedDateTime ends = ZonedDateTime.parse(JsonPath.read(body, "$.sessions[" + index + "].endsAt")).withZoneSameInstant(GUATEMALA);
        return new EventView.Session(event.sessions().get(index), index + 1, null, starts, ends);
    }

    static String date(ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("es")));
    }

    static String time(ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.forLanguageTag("es")));
    }

    @Test
    void aWrongCodeIsNotFoundAndSoIsSomeoneWithoutAConfirmedPlace() throws Exception {
        Planned event = plan(1);
        advance(event, 1, "REGISTRATION_OPEN");
        register(event, unique("ana"), "Ana Pérez");
        String waiting = unique("eva");
        register(event, waiting, "Eva Ríos");
        advance(event, 2, "RUNNING");
        String code = code(event, 0);

        String wrong = code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ";
        checkIn(unique("ana"), wrong).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Ninguna sesión tiene ese código. Revise que lo haya escrito tal como aparece."));
        checkIn(unique("ana"), "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        String courseCode = JsonPath.read(mvc.perform(get("/api/v1/training/events/" + event.id())).andReturn().getResponse()
                .getContentAsString(), "$.courseCode");
        for (String stranger : List.of(unique("nadie"), waiting)) {
            checkIn(stranger, code).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value(allOf(containsString("No tiene un cupo confirmado"),
                            not(containsString(courseCode)), not(containsString(Long.toString(event.id()))))));
        }
        assertThat(rows(event)).isZero();
    }

    @Test
    void theRateIsTheSessionsPresentOverTheSessionsHeldSoFar() throws Exception {
        Planned event = plan(10);
        advance(event, 1, "REGISTRATION_OPEN");
        long ana = register(event, unique("ana"), "Ana Pérez");
        long luis = register(event, unique("luis"), "Luis Gómez");
        long eva = register(event, unique("eva"), "Eva Ríos");
        String rates = "/api/v1/training/events/" + event.id() + "/attendance";
        mvc.perform(get(rates).with(trainer(TRAINER))).andExpect(jsonPath("$[*].rate").value(org.hamcrest.Matchers.contains("0", "0", "0")));
        advance(event, 2, "RUNNING");

        // Held: two days ago [2] and now [0]; tomorrow's [1] is not held yet, so its mark does not count.
        mark(event, 2, ana, true);
        mark(event, 0, ana, true);
        mark(event, 1, ana, true);
        mark(event, 2, luis, true);
        mark(event, 0, luis, false);
        mark(event, 1, eva, true);

        mvc.perform(get(rates).with(trainer(TRAINER))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.registration == " + ana + ")].rate").value(org.hamcrest.Matchers.contains("1")))
                .andExpect(jsonPath("$[?(@.registration == " + luis + ")].rate").value(org.hamcrest.Matchers.contains("1/2")))
                .andExpect(jsonPath("$[?(@.registration == " + luis + ")].percent").value(org.hamcrest.Matchers.contains(50.0)))
                .andExpect(jsonPath("$[?(@.registration == " + eva + ")].rate").value(org.hamcrest.Matchers.contains("0")));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(TRAINER, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_TRAINER"), new SimpleGrantedAuthority(Grant.programme(Role.TRAINER).authority()))));
        try {
            assertThat(attendance.rate(event.id())).containsEntry(ana, Fraction.ONE).containsEntry(luis, Fraction.of(1, 2))
                    .containsEntry(eva, Fraction.ZERO).hasSize(3);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void manyCheckInsAtOnceEachWriteOneRow() throws Exception {
        int people = 40;
        Planned event = plan(people);
        advance(event, 1, "REGISTRATION_OPEN");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            emails.add(unique("p" + i));
            register(event, emails.get(i), "Persona " + i);
        }
        advance(event, 2, "RUNNING");
        String code = code(event, 0);

        // Everyone checks in twice, both at once (a double tap): one row each, one of the two says "already".
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (String email : emails) {
                for (int twice = 0; twice < 2; twice++) {
                    answers.add(pool.submit(() -> {
                        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                email, "n/a", List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT"))));
                        try {
                            return attendance.checkIn(code).already();
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
            }
        }
        long already = 0;
        for (Future<Boolean> answer : answers) {
            already += answer.get() ? 1 : 0;
        }
        assertThat(already).isEqualTo(people);
        assertThat(rows(event)).isEqualTo(people);
    }

    @Test
    void theOpenApiDocumentDescribesTheAttendanceApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/training/events/{id}/sessions/{sessionId}/attendance'].get.summary")
                        .value(containsString("roster")))
                .andExpect(jsonPath("$.paths['/api/v1/training/events/{id}/sessions/{sessionId}/attendance/{registrationId}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/training/events/{id}/sessions/{sessionId}/check-in-code'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/training/events/{id}/attendance'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/training/check-in'].post.description").value(endsWith("writes nothing.")));
    }
}
