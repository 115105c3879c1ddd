package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training events for the attendance tests, set up through the API as a coordinator would: in
 * Guatemala, trained by {@link #TRAINER}, with three sessions placed around the real clock.
 */
final class AttendanceFixture {

    static final String TRAINER = "formador.asistencia@example.org";
    static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    /** An event and its sessions: [0] under way now, [1] tomorrow, [2] two days ago. */
    record Planned(long id, String title, List<Long> sessions) {
    }

    private final MockMvc mvc;

    AttendanceFixture(MockMvc mvc) {
        this.mvc = mvc;
    }

    Planned plan(int capacity) throws Exception {
        String code = "ASIS-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Gestión de incidentes " + code;
        String course = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "%s", "texts": {"es": {"title": "%s", "description": "d",
                                 "objectives": "o"}}, "modules": [{"es": "Uno"}], "elements": ["faro-national-2021:D1.1"]}
                                """.formatted(code, title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        LocalDateTime now = LocalDateTime.now(GUATEMALA).truncatedTo(ChronoUnit.MINUTES);
        String body = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"course": %d, "country": "GT", "city": "Antigua", "venue": "Centro de formación",
                                 "modality": "IN_PERSON", "language": "es", "timeZone": "America/Guatemala", "capacity": %d,
                                 "registrationMode": "OPEN", "trainers": ["%s"],
                                 "sessions": [{"startsAt": "%s", "endsAt": "%s"}, {"startsAt": "%s", "endsAt": "%s"},
                                              {"startsAt": "%s", "endsAt": "%s"}]}
                                """.formatted(((Number) JsonPath.read(course, "$.id")).longValue(), capacity, TRAINER,
                                now.minusHours(1), now.plusHours(2), now.plusDays(1), now.plusDays(1).plusHours(3),
                                now.minusDays(2), now.minusDays(2).plusHours(3))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        List<Long> sessions = ((List<?>) JsonPath.read(body, "$.sessions[*].id")).stream().map(n -> ((Number) n).longValue()).toList();
        return new Planned(id, title, sessions);
    }

    void advance(Planned event, int version, String status) throws Exception {
        mvc.perform(post("/api/v1/training/events/" + event.id() + "/status").with(coordinator()).with(csrf())
                        .header("If-Match", Integer.toString(version)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"" + status + "\"}"))
                .andExpect(status().isOk());
    }

    long register(Planned event, String email, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event.id() + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "%s", "organisation": "SIE", "sector": "GOVERNMENT",
                                 "consentVersion": "2026-11"}
                                """.formatted(email, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String code(Planned event, int session) throws Exception {
        String body = mvc.perform(get("/api/v1/training/events/" + event.id() + "/sessions/" + event.sessions().get(session)
                        + "/check-in-code").with(trainer(TRAINER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    }
}
