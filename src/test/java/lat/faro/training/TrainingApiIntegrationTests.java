package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Courses, events and registration through the API: who may do what (the denials as much as the
 * grants), every bad field named, capacity and the waiting list, and nothing written twice.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class TrainingApiIntegrationTests {

    static final String TRAINER = "formadora@example.org";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    String code;

    static RequestPostProcessor person(String email, Grant... grants) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Grant g : grants) {
            authorities.add(new SimpleGrantedAuthority(g.authority()));
            authorities.add(new SimpleGrantedAuthority(g.role().authority()));
        }
        return user(email).authorities(authorities);
    }

    static RequestPostProcessor coordinator() {
        return person("pc@example.org", Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static RequestPostProcessor trainer(String email) {
        return person(email, Grant.programme(Role.TRAINER));
    }

    static RequestPostProcessor participant(String email) {
        return person(email, Grant.programme(Role.PARTICIPANT));
    }

    @BeforeEach
    void code() {
        code = "CSIRT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String course() {
        return """
                {"code": "%s", "programme": "egov-cybersecurity",
                 "texts": {"es": {"title": "Respuesta a incidentes", "description": "Cómo organizar un equipo de respuesta.",
                                  "objectives": "Clasificar incidentes\\n\\nCoordinar con el CSIRT nacional"},
                           "en": {"title": "Incident response", "description": "How to run a response team.",
                                  "objectives": "Classify incidents"}},
                 "modules": [{"es": "Fundamentos", "en": "Basics"}, {"es": "Ejercicio"}],
                 "elements": ["faro-national-2021:D1.2", "faro-national-2021:D1.2.1"]}
                """.formatted(code);
    }

    long createCourse() throws Exception {
        String body = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(course()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String event(long course, int capacity, String mode) {
        return """
                {"course": %d, "country": "uy", "city": "Montevideo", "venue": "Torre Ejecutiva", "modality": "IN_PERSON",
                 "language": "es", "timeZone": "America/Montevideo", "capacity": %d, "registrationMode": "%s",
                 "sessions": [{"title": "Día 1", "startsAt": "2027-03-02T09:00", "endsAt": "2027-03-02T13:00"}],
                 "trainers": ["%s"], "partners": ["AGESIC"]}
                """.formatted(course, capacity, mode, TRAINER);
    }

    long createEvent(int capacity, String mode) throws Exception {
        code(); // a course of its own for each event
        String body = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(event(createCourse(), capacity, mode)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void open(long event) throws Exception {
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf())
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REGISTRATION_OPEN"));
    }

    String registration(String email) {
        return """
                {"email": "%s", "fullName": "Ana Pérez", "organisation": "Ministerio", "sector": "GOVERNMENT",
                 "gender": "PREFER_NOT_TO_SAY", "consentVersion": "2026-11"}
                """.formatted(email);
    }

    long register(long event, String email) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(registration(email)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aCoordinatorWritesACourseThatAnyoneReadsInEveryLanguage() throws Exception {
        long id = createCourse();
        mvc.perform(get("/api/v1/training/courses/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.programme").value("egov-cybersecurity"))
                .andExpect(jsonPath("$.title.es").value("Respuesta a incidentes"))
                .andExpect(jsonPath("$.objectives.es").value(org.hamcrest.Matchers.contains("Clasificar incidentes",
                        "Coordinar con el CSIRT nacional")))
                .andExpect(jsonPath("$.modules[1].es").value("Ejercicio"))
                .andExpect(jsonPath("$.elements").value(containsInAnyOrder("faro-national-2021:D1.2", "faro-national-2021:D1.2.1")))
                .andExpect(jsonPath("$.version").value(1));

        // A second course with the same code: 409, nothing written.
        mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(course()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("code"));
        assertThat(jdbc.sql("select count(*) from training_course where code = ?").param(code).query(Long.class).single()).isEqualTo(1);

        // An update from a stale version is refused and changes nothing.
        String renamed = course().replace("Respuesta a incidentes", "Gestión de incidentes");
        mvc.perform(put("/api/v1/training/courses/" + id).with(coordinator()).with(csrf()).header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(put("/api/v1/training/courses/" + id).with(coordinator()).with(csrf()).header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON).content(course()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/training/courses/" + id)).andExpect(jsonPath("$.title.es").value("Gestión de incidentes"));
    }

    @Test
    void aBadCourseNamesEveryFieldAndWritesNothing() throws Exception {
        String bad = """
                {"code": "x", "programme": "nope",
                 "texts": {"en": {"title": "", "description": "d", "objectives": "o"}, "de": {"title": "t", "description": "d", "objectives": "o"}},
                 "modules": [{"en": "Only English"}],
                 "elements": ["faro-national-2021:D9.9", "no-colon"]}
                """;
        mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "programme", "texts.es.title",
                        "texts.en.title", "texts.de", "modules[0].es", "elements[0]", "elements[1]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'elements[0]')].message").value(hasItem(
                        "\"faro-national-2021:D9.9\" is not a factor or aspect of a known framework (written framework:element, "
                                + "for example faro-national-2021:D2.1).")));
        assertThat(jdbc.sql("select count(*) from training_course where code = 'x'").query(Long.class).single()).isZero();
    }

    @Test
    void onlyProgrammeStaffPlanAndOnlyTheEventsOwnTrainersRunIt() throws Exception {
        for (RequestPostProcessor who : List.of(trainer(TRAINER), participant("p@example.org"),
                person("nc.uy@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "UY")))) {
            mvc.perform(post("/api/v1/training/courses").with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(course()))
                    .andExpect(status().isForbidden());
        }
        long event = createEvent(10, "OPEN");

        // Planned: the public and other trainers do not see it; its trainer and Uruguay's coordinator do.
        mvc.perform(get("/api/v1/training/events/" + event)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/events/" + event).with(trainer("otro@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/events/" + event).with(person("nc.ar@example.org",
                Grant.country(Role.NATIONAL_COORDINATOR, "AR")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/events/" + event).with(trainer(TRAINER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trainers[0]").value(TRAINER));
        mvc.perform(get("/api/v1/training/events/" + event).with(person("nc.uy@example.org",
                Grant.country(Role.NATIONAL_COORDINATOR, "UY")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/training/events").with(trainer("otro@example.org")))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) event))));

        // Another trainer cannot move it; a skipped step is a 409.
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(trainer("otro@example.org")).with(csrf())
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(trainer(TRAINER)).with(csrf())
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"RUNNING\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(trainer(TRAINER)).with(csrf())
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}"))
                .andExpect(status().isOk());

        // Open: the public sees it, without the trainers' addresses.
        mvc.perform(get("/api/v1/training/events/" + event))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trainers").isEmpty())
                .andExpect(jsonPath("$.sessions[0].startsAt").value("2027-03-02T09:00:00-03:00"));
    }

    @Test
    void aBadEventNamesEveryField() throws Exception {
        String bad = """
                {"course": 999999, "country": "ES", "city": "", "modality": "HYBRID", "language": "de", "timeZone": "Mars/Olympus",
                 "capacity": 0, "sessions": [{"startsAt": "2027-03-02T13:00", "endsAt": "2027-03-02T09:00"}],
                 "trainers": ["no-address"]}
                """;
        mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("course", "country", "city", "venue",
                        "onlineUrl", "language", "timeZone", "capacity", "registrationMode", "sessions[0].endsAt", "trainers[0]")));
    }

    @Test
    void aFullEventPutsPeopleOnTheWaitingListAndACancellationPromotesTheFirst() throws Exception {
        long event = createEvent(2, "OPEN");
        // Not open yet: no registration.
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("a@example.org")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(registration("a@example.org")))
                .andExpect(status().isNotFound()); // planned events are not visible to participants at all
        open(event);

        long a = register(event, "a@example.org");
        long b = register(event, "B@Example.org");
        long c = register(event, "c@example.org");
        long d = register(event, "d@example.org");
        mvc.perform(get("/api/v1/training/registrations/" + c).with(participant("c@example.org")))
                .andExpect(jsonPath("$.status").value("WAITLISTED")).andExpect(jsonPath("$.waitingPosition").value(1));
        mvc.perform(get("/api/v1/training/registrations/" + d).with(participant("d@example.org")))
                .andExpect(jsonPath("$.waitingPosition").value(2));
        mvc.perform(get("/api/v1/training/events/" + event))
                .andExpect(jsonPath("$.confirmed").value(2)).andExpect(jsonPath("$.waitlisted").value(2))
                .andExpect(jsonPath("$.placesLeft").value(0));

        // The same person again (another case): 409, and still one row.
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("b@example.org")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(registration("b@EXAMPLE.org")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(jdbc.sql("select count(*) from training_registration where event_id = ? and email = 'b@example.org'")
                .param(event).query(Long.class).single()).isEqualTo(1);

        // Someone else cannot see or cancel b's registration.
        mvc.perform(get("/api/v1/training/registrations/" + b).with(participant("c@example.org"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/training/registrations/" + b).with(participant("c@example.org")).with(csrf()))
                .andExpect(status().isNotFound());

        // b cancels: c, first on the list, takes the place; d moves up.
        mvc.perform(delete("/api/v1/training/registrations/" + b).with(participant("b@example.org")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get("/api/v1/training/registrations/" + c).with(participant("c@example.org")))
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(get("/api/v1/training/registrations/" + d).with(participant("d@example.org")))
                .andExpect(jsonPath("$.waitingPosition").value(1));
        // Cancelling again changes nothing; a cancelled person may register again (at the end of the list).
        mvc.perform(delete("/api/v1/training/registrations/" + b).with(participant("b@example.org")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/training/events/" + event)).andExpect(jsonPath("$.confirmed").value(2));
        long again = register(event, "b@example.org");
        assertThat(again).isEqualTo(b);
        mvc.perform(get("/api/v1/training/registrations/" + b).with(participant("b@example.org")))
                .andExpect(jsonPath("$.status").value("WAITLISTED")).andExpect(jsonPath("$.waitingPosition").value(2));

        // The list of people: the trainer and staff, not a participant nor another trainer.
        mvc.perform(get("/api/v1/training/events/" + event + "/registrations").with(trainer(TRAINER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4));
        mvc.perform(get("/api/v1/training/events/" + event + "/registrations").with(participant("a@example.org")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/events/" + event + "/registrations").with(trainer("otro@example.org")))
                .andExpect(status().isForbidden());
        assertThat(a).isPositive();
    }

    @Test
    void consentIsRequiredInItsCurrentVersionAndInvitationOnlyEventsRefuseOpenRegistration() throws Exception {
        long event = createEvent(5, "OPEN");
        open(event);
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("e@example.org")).with(csrf())
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON)
                        .content(registration("e@example.org").replace("\"2026-11\"", "\"2020-01\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "El aviso de privacidad cambió (versión 2026-11): léalo y acéptelo de nuevo."));
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("e@example.org")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"not-an-address\", \"fullName\": \"\", \"organisation\": \"O\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("email", "fullName", "sector", "consent")));
        assertThat(jdbc.sql("select count(*) from training_registration where event_id = ?").param(event).query(Long.class).single())
                .isZero();

        long invitationOnly = createEvent(5, "INVITATION");
        open(invitationOnly);
        mvc.perform(post("/api/v1/training/events/" + invitationOnly + "/registrations").with(participant("f@example.org")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(registration("f@example.org")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("invitation"));
        mvc.perform(get("/api/v1/training/privacy-notice")).andExpect(jsonPath("$.version").value("2026-11"));
    }

    @Test
    void anInvitationRegistersThePersonItWasMadeForOnce() throws Exception {
        long event = createEvent(5, "INVITATION");
        open(event);
        String invite = "{\"emails\": [\"Invitada@example.org\"], \"days\": 7}";
        mvc.perform(post("/api/v1/training/events/" + event + "/invitations").with(participant("p@example.org")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(invite)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/training/events/" + event + "/invitations").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"emails\": [\"no-address\"], \"days\": 365}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("emails[0]", "days")));
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/invitations").with(trainer(TRAINER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(invite))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].email").value("invitada@example.org")).andReturn().getResponse()
                .getContentAsString();
        String url = JsonPath.read(body, "$[0].url");
        assertThat(url).contains("/training/events/" + event + "?invitation=");
        String token = url.substring(url.indexOf("invitation=") + "invitation=".length());

        // Someone else with the link; a changed link: refused, nothing written.
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("otra@example.org")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(withInvitation("otra@example.org", token)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("invitation"));
        String changed = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("invitada@example.org")).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(withInvitation("invitada@example.org", changed)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("The invitation link is not valid")));
        assertThat(jdbc.sql("select count(*) from training_registration where event_id = ?").param(event).query(Long.class).single())
                .isZero();

        // The invited person registers with it, once.
        String registered = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("invitada@example.org"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(withInvitation("invitada@example.org", token)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(registered, "$.id")).longValue();
        mvc.perform(delete("/api/v1/training/registrations/" + id).with(participant("invitada@example.org")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant("invitada@example.org")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(withInvitation("invitada@example.org", token)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("invitation"));
    }

    String withInvitation(String email, String token) {
        return registration(email).replace("\"consentVersion\"", "\"invitation\": \"" + token + "\", \"consentVersion\"");
    }
}
