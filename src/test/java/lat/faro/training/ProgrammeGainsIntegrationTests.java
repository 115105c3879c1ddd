package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
import java.util.Map;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme's learning gains: the distribution on the dashboard and the mean-gain target. The
 * class has a database of its own (its own context), so every figure is a hand count of this test's
 * answers.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "faro.test.context=programme-gains")
class ProgrammeGainsIntegrationTests {

    static final String PROGRAMME = "egov-cybersecurity";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    String dashboard() throws Exception {
        return mvc.perform(get("/training/programmes/" + PROGRAMME).header("Accept-Language", "es")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    Map<String, Object> gainTarget() throws Exception {
        String body = mvc.perform(get("/api/v1/training/programmes/" + PROGRAMME + "/targets")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> targets = JsonPath.read(body, "$[?(@.kind == 'MEAN_GAIN')]");
        assertThat(targets).hasSize(1);
        return targets.getFirst();
    }

    @Test
    void theDashboardShowsHowTheGainsOfCompletedEventsSpreadAndTheMeanGainTargetCountsThem() throws Exception {
        mvc.perform(post("/api/v1/training/programmes/" + PROGRAMME + "/targets").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"MEAN_GAIN\", \"value\": 0.3, \"dueOn\": \"2099-12-31\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.target").value(0.3)).andExpect(jsonPath("$.achieved").value(0));
        assertThat(dashboard()).contains("Ganancia media de aprendizaje", "Todavía nadie rindió las dos pruebas de un evento terminado; meta: 0,3",
                "Todavía nadie rindió las dos pruebas de un evento terminado.").doesNotContain("<meter");

        var f = new LearningTestsFixture(mvc, jdbc);
        String body = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "GAIN-1", "programme": "%s", "texts": {"es": {"title": "Ganancias", "description": "d",
                                 "objectives": "o"}}, "modules": [], "elements": []}
                                """.formatted(PROGRAMME)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long courseId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String bank = mvc.perform(put("/api/v1/training/courses/" + courseId + "/questions").with(coordinator()).with(csrf())
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content(LearningTestsFixture.BANK))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        LearningTestsFixture.Course course = LearningTestsFixture.parse(courseId, bank);
        LocalDateTime start = LearningTestsFixture.now().plusDays(1);
        long event = f.event(course, start, start.plusHours(4));
        for (String name : List.of("ana", "bruno", "carla", "diego", "elena")) {
            f.register(event, name + "@example.org", name);
        }
        // Keys: q0 A, q1 B, q2 A+B, q3 B; four questions, 25 points each.
        String all = LearningTestsFixture.answers(course, "0:A", "1:B", "2:AB", "3:B");
        f.submit(event, "PRE", participant("ana@example.org"), LearningTestsFixture.answers(course, "0:A")).andExpect(status().isCreated());
        f.submit(event, "PRE", participant("bruno@example.org"), LearningTestsFixture.answers(course, "0:A", "1:B")).andExpect(status().isCreated());
        f.submit(event, "PRE", participant("carla@example.org"), LearningTestsFixture.answers(course)).andExpect(status().isCreated());
        f.submit(event, "PRE", participant("diego@example.org"), all).andExpect(status().isCreated());
        f.submit(event, "PRE", participant("elena@example.org"), LearningTestsFixture.answers(course, "0:A", "1:B")).andExpect(status().isCreated());
        f.sessionsMoveBack(event, Duration.ofDays(2));
        f.submit(event, "POST", participant("ana@example.org"), all).andExpect(status().isCreated());
        f.submit(event, "POST", participant("bruno@example.org"), LearningTestsFixture.answers(course, "0:A", "1:B", "2:AB")).andExpect(status().isCreated());
        f.submit(event, "POST", participant("carla@example.org"), LearningTestsFixture.answers(course, "0:A")).andExpect(status().isCreated());
        f.submit(event, "POST", participant("diego@example.org"), LearningTestsFixture.answers(course, "0:A", "1:B", "2:AB")).andExpect(status().isCreated());
        f.submit(event, "POST", participant("elena@example.org"), LearningTestsFixture.answers(course, "0:A")).andExpect(status().isCreated());

        // Not completed yet: nothing counts.
        assertThat(gainTarget().get("achieved")).isEqualTo(0);

        for (String[] step : new String[][] {{"RUNNING", "2"}, {"COMPLETED", "3"}}) {
            mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", step[1])
                    .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"" + step[0] + "\"}")).andExpect(status().isOk());
        }
        // By hand: Ana 25 → 100 (g = 1), Bruno 50 → 75 (g = 0.5), Carla 0 → 25 (g = 0.25), Elena 50 → 25 (g = −0.5),
        // Diego 100 → 75 (no gain: nothing left to gain). Mean of the four gains 1.25 / 4 = 0.3125 → 0.313 ≥ 0.3.
        Map<String, Object> target = gainTarget();
        assertThat(((Number) target.get("achieved")).doubleValue()).isEqualTo(0.313);
        assertThat(target.get("met")).isEqualTo(true);
        Map<String, Object> gains = (Map<String, Object>) target.get("gains");
        assertThat(gains).containsEntry("matched", 5).containsEntry("undefinedGains", 1);
        assertThat((List<Integer>) gains.get("bands")).containsExactly(1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1);

        String page = dashboard();
        assertThat(page).contains("Ganancia media 0,313 para una meta de 0,3 (104,33 %), con 4 personas que rindieron ambas pruebas",
                "Meta alcanzada.", "Ganancia media: 0,313, de 4 personas",
                "1 persona(s) obtuvieron 100 en la prueba previa");
        // Each band's row: its label and its count.
        assertThat(page.replaceAll("\\s+", " ")).contains(
                "<th scope=\"row\">Menos de 0 (bajó su puntaje)</th> <td class=\"num\">1</td>",
                "<th scope=\"row\">De 0,2 a menos de 0,3</th> <td class=\"num\">1</td>",
                "<th scope=\"row\">De 0,3 a menos de 0,4</th> <td class=\"num\">0</td>",
                "<th scope=\"row\">De 0,5 a menos de 0,6</th> <td class=\"num\">1</td>",
                "<th scope=\"row\">De 0,9 a 1,0</th> <td class=\"num\">1</td>");
    }

    @Test
    void aGainTargetIsAboveZeroUpToOneWithThreeDecimalsAtMost() throws Exception {
        for (String value : List.of("0", "1.5", "0.3125")) {
            mvc.perform(post("/api/v1/training/programmes/" + PROGRAMME + "/targets").with(coordinator()).with(csrf())
                            .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\": \"MEAN_GAIN\", \"value\": " + value + ", \"dueOn\": \"2027-12-31\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"))
                    .andExpect(jsonPath("$.errors[0].message").value("A gain target is a number above 0 and up to 1, with at most three decimals."));
        }
        // A count target keeps its rule: 0.5 people is refused.
        mvc.perform(post("/api/v1/training/programmes/" + PROGRAMME + "/targets").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"PEOPLE_TRAINED\", \"value\": 0.5, \"dueOn\": \"2027-12-31\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        // The page form says so next to the field and keeps the kind chosen.
        String page = mvc.perform(post("/training/programmes/" + PROGRAMME + "/targets").with(coordinator()).with(csrf())
                        .header("Accept-Language", "es").param("kind", "MEAN_GAIN").param("value", "2").param("dueOn", "2027-12-31"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Una meta de ganancia es un número mayor que 0 y hasta 1, con tres decimales como máximo.",
                "value=\"MEAN_GAIN\" selected");
    }
}
