package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.TRAINER;
import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A list of participants from a file: every bad row named by its line, then all registered or none. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantImportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long openEvent(int capacity) throws Exception {
        String code = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
        String course = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\", \"texts\": {\"es\": {\"title\": \"T\", \"description\": \"d\", \"objectives\": \"o\"}}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String event = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"course": %d, "country": "DO", "city": "Santo Domingo", "modality": "ONLINE",
                                 "onlineUrl": "https://meet.example.org/imp", "language": "es", "timeZone": "America/Santo_Domingo",
                                 "capacity": %d, "registrationMode": "INVITATION", "trainers": ["%s"],
                                 "sessions": [{"startsAt": "2027-10-04T09:00", "endsAt": "2027-10-04T12:00"}]}
                                """.formatted(((Number) JsonPath.read(course, "$.id")).longValue(), capacity, TRAINER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(event, "$.id")).longValue();
        mvc.perform(post("/api/v1/training/events/" + id + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        return id;
    }

    MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "participantes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    long count(long event) {
        return jdbc.sql("select count(*) from training_registration where event_id = ?").param(event).query(Long.class).single();
    }

    @Test
    void everyBadRowIsNamedByItsLineAndNothingIsRegistered() throws Exception {
        long event = openEvent(10);
        String csv = """
                fullName;email;organisation;sector;consentVersion;gender
                Ana Díaz;ana@example.org;OPTIC;GOVERNMENT;2026-11;female
                Beto Ruiz;no-address;OPTIC;GOVERNMENT;2026-11;
                Carla Gil;ana@EXAMPLE.org;OPTIC;government;2026-11;
                Dani Paz;dani@example.org;;ministry;2020-01;robot
                """;
        mvc.perform(multipart("/api/v1/training/events/" + event + "/registrations/import").file(file(csv)).with(trainer(TRAINER))
                        .with(csrf()).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].line").value(containsInAnyOrder("3", "4", "5", "5", "5", "5")))
                .andExpect(jsonPath("$.errors[?(@.line == '4')].message").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("ana@example.org ya está en la línea 2"))));
        assertThat(count(event)).isZero();

        // A participant may not import.
        mvc.perform(multipart("/api/v1/training/events/" + event + "/registrations/import").file(file(csv)).with(participant("p@example.org"))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aGoodFileRegistersEveryoneAtOnceConfirmedWhilePlacesLast() throws Exception {
        long event = openEvent(2);
        String csv = """
                email,fullName,organisation,sector,consentVersion,jobTitle
                uno@example.org,Uno,OPTIC,GOVERNMENT,2026-11,Analista
                dos@example.org,Dos,OPTIC,PRIVATE,2026-11,
                tres@example.org,Tres,OPTIC,ACADEMIA,2026-11,
                """;
        mvc.perform(multipart("/api/v1/training/events/" + event + "/registrations/import").file(file(csv)).param("dryRun", "true")
                        .with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confirmed").value(2)).andExpect(jsonPath("$.waitlisted").value(1));
        assertThat(count(event)).as("a dry run registers nobody").isZero();
        mvc.perform(multipart("/api/v1/training/events/" + event + "/registrations/import").file(file(csv)).with(trainer(TRAINER))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(3));
        assertThat(jdbc.sql("select status from training_registration where event_id = ? order by id").param(event).query(String.class)
                .list()).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED");
        // The same file again: everyone is already registered, nothing changes.
        mvc.perform(multipart("/api/v1/training/events/" + event + "/registrations/import").file(file(csv)).with(trainer(TRAINER))
                .with(csrf())).andExpect(status().isBadRequest());
        assertThat(count(event)).isEqualTo(3);
    }
}
