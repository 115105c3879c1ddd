package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A programme's targets: set by programme staff only, public with their live progress, which moves
 * when an event of the programme's courses is completed. Other tests add events too, so the
 * figures are compared before and after this test's own events.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeTargetsIntegrationTests {

    static final String PROGRAMME = "egov-cybersecurity";

    @Autowired MockMvc mvc;

    long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String created(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    void advance(long event, String to, int version) throws Exception {
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", version)
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"" + to + "\"}")).andExpect(status().isOk());
    }

    Map<String, Object> target(String kind, String filterKey, String filterValue) throws Exception {
        String body = mvc.perform(get("/api/v1/training/programmes/" + PROGRAMME + "/targets")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> targets = JsonPath.read(body, "$[?(@.kind == '" + kind + "' && @." + filterKey + " == '"
                + filterValue + "' && @.dueOn == '2027-12-31')]");
        return targets.getLast();
    }

    @Test
    void targetsShowTheirProgressAsEventsOfTheProgrammeAreCompleted() throws Exception {
        created("/api/v1/training/programmes/" + PROGRAMME + "/targets",
                "{\"kind\": \"COUNTRIES_REACHED\", \"value\": 3, \"dueOn\": \"2027-12-31\", \"countryRole\": \"BENEFICIARY\"}");
        created("/api/v1/training/programmes/" + PROGRAMME + "/targets",
                "{\"kind\": \"PEOPLE_TRAINED\", \"value\": 200, \"dueOn\": \"2027-12-31\", \"sector\": \"GOVERNMENT\"}");
        int peopleBefore = ((Number) target("PEOPLE_TRAINED", "sector", "GOVERNMENT").get("achieved")).intValue();

        String code = "TGT-" + UUID.randomUUID().toString().substring(0, 8);
        long course = id(created("/api/v1/training/courses", """
                {"code": "%s", "programme": "%s", "texts": {"es": {"title": "Curso %s", "description": "d", "objectives": "o"}}}
                """.formatted(code, PROGRAMME, code)));
        // Guatemala is a beneficiary of the programme; Honduras takes no part in it.
        long guatemala = event(course, "GT", "America/Guatemala");
        long honduras = event(course, "HN", "America/Tegucigalpa");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (long event : List.of(guatemala, honduras)) {
            advance(event, "REGISTRATION_OPEN", 1);
        }
        register(guatemala, "gob-" + tag + "@example.org", "GOVERNMENT");
        register(guatemala, "priv-" + tag + "@example.org", "PRIVATE");
        register(honduras, "gob-" + tag + "@example.org", "GOVERNMENT"); // the same person: counts once

        // Not completed yet: nothing counts.
        assertThat(((Number) target("PEOPLE_TRAINED", "sector", "GOVERNMENT").get("achieved")).intValue()).isEqualTo(peopleBefore);

        for (long event : List.of(guatemala, honduras)) {
            advance(event, "RUNNING", 2);
            advance(event, "COMPLETED", 3);
        }
        Map<String, Object> countries = target("COUNTRIES_REACHED", "countryRole", "BENEFICIARY");
        assertThat((List<String>) countries.get("countries")).contains("GT").doesNotContain("HN");
        assertThat(((Number) target("PEOPLE_TRAINED", "sector", "GOVERNMENT").get("achieved")).intValue())
                .as("one government official, however many events").isEqualTo(peopleBefore + 1);

        String page = mvc.perform(get("/training/programmes/" + PROGRAMME).header("Accept-Language", "es")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Países alcanzados · Beneficiario", "Personas capacitadas · Gobierno", "Plazo: 31 de diciembre de 2027",
                "<progress").doesNotContain("name=\"kind\"");
    }

    long event(long course, String country, String zone) throws Exception {
        return id(created("/api/v1/training/events", """
                {"course": %d, "country": "%s", "city": "Capital", "modality": "ONLINE", "onlineUrl": "https://meet.example.org/x",
                 "language": "es", "timeZone": "%s", "capacity": 30, "registrationMode": "OPEN",
                 "sessions": [{"startsAt": "2026-06-01T09:00", "endsAt": "2026-06-01T12:00"}], "trainers": ["%s"]}
                """.formatted(course, country, zone, TrainingApiIntegrationTests.TRAINER)));
    }

    void register(long event, String email, String sector) throws Exception {
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "N", "organisation": "O", "sector": "%s", "consentVersion": "2026-11"}
                                """.formatted(email, sector)))
                .andExpect(status().isCreated());
    }

    @Test
    void onlyProgrammeStaffSetTargetsAndEveryBadFieldIsNamed() throws Exception {
        for (var who : List.of(trainer("t@example.org"), participant("p@example.org"))) {
            mvc.perform(post("/api/v1/training/programmes/" + PROGRAMME + "/targets").with(who).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"PEOPLE_TRAINED\", \"value\": 5, \"dueOn\": \"2027-01-01\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/training/programmes/" + PROGRAMME + "/targets").with(who).with(csrf()).param("kind", "PEOPLE_TRAINED"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/training/programmes/" + PROGRAMME + "/targets").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"PEOPLE_TRAINED\", \"value\": 2.5, \"countryRole\": \"BENEFICIARY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("value", "dueOn", "countryRole")));
        mvc.perform(get("/api/v1/training/programmes/nope/targets")).andExpect(status().isNotFound());
        mvc.perform(get("/training/programmes/nope")).andExpect(status().isNotFound());
    }
}
