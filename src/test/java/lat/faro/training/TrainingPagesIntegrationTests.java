package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The public training pages and registration through the page's form. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class TrainingPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long course;
    long open;
    long planned;
    String title;

    @BeforeEach
    void plan() throws Exception {
        String code = "GOB-" + UUID.randomUUID().toString().substring(0, 8);
        title = "Gobernanza de la ciberseguridad " + code;
        String body = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "texts": {"es": {"title": "%s", "description": "Para equipos directivos.",
                                 "objectives": "Conocer la estrategia nacional\\nOrganizar la gobernanza"}},
                                 "modules": [{"es": "Estrategia"}], "elements": ["faro-national-2021:D1.1"]}
                                """.formatted(code, title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        course = ((Number) JsonPath.read(body, "$.id")).longValue();
        open = event(1);
        mvc.perform(post("/api/v1/training/events/" + open + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        planned = event(10);
    }

    long event(int capacity) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"course": %d, "country": "GT", "city": "Ciudad de Guatemala", "venue": "Palacio Nacional",
                                 "modality": "HYBRID", "onlineUrl": "https://meet.example.org/gob", "language": "es",
                                 "timeZone": "America/Guatemala", "capacity": %d, "registrationMode": "OPEN",
                                 "sessions": [{"startsAt": "2027-05-10T09:00", "endsAt": "2027-05-10T12:30"}]}
                                """.formatted(course, capacity)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anyoneSeesTheOpenEventAndTheCourseButNotThePlannedOne() throws Exception {
        String index = page("/training");
        assertThat(index).contains("href=\"/training/events/" + open + "\"", title, "Ciudad de Guatemala, Guatemala",
                "Inscripción abierta").doesNotContain("href=\"/training/events/" + planned + "\"");
        mvc.perform(get("/training/events/" + planned)).andExpect(status().isNotFound());

        String course = page("/training/courses/" + this.course);
        assertThat(course).contains("<li>Conocer la estrategia nacional</li>", "<li>Organizar la gobernanza</li>",
                "<span>D1.1</span> <span>Estrategia nacional de ciberseguridad</span>");
        String event = page("/training/events/" + open);
        assertThat(event).contains("10 de mayo de 2027, 9:00–12:30", "Sesiones (hora de America/Guatemala)",
                        "1 personas; 1 cupos libres; 0 en lista de espera", "Inicie sesión para inscribirse")
                .doesNotContain("name=\"fullName\"");
    }

    @Test
    void aParticipantRegistersWithTheFormAndTheSecondOneWaits() throws Exception {
        String form = mvc.perform(get("/training/events/" + open).with(participant("ana@example.org")).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"fullName\"", "Se inscribe con la dirección ana@example.org.",
                "Acepto el aviso de privacidad (versión 2026-11)");

        // Without consent and sector: the form again, each problem beside its field, nothing written.
        String refused = mvc.perform(post("/training/events/" + open + "/register").with(participant("ana@example.org")).with(csrf())
                        .header("Accept-Language", "es").param("fullName", "Ana Pérez").param("organisation", "SIE"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"sector-error\"", "Este campo es obligatorio.",
                "Para inscribirse hay que aceptar el aviso de privacidad.", "value=\"Ana Pérez\"");
        assertThat(jdbc.sql("select count(*) from training_registration where event_id = ?").param(open).query(Long.class).single())
                .isZero();

        mvc.perform(post("/training/events/" + open + "/register").with(participant("ana@example.org")).with(csrf())
                        .param("fullName", "Ana Pérez").param("organisation", "SIE").param("sector", "GOVERNMENT")
                        .param("gender", "FEMALE").param("consent", "2026-11"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/training/events/" + open))
                .andExpect(flash().attribute("notice", "CONFIRMED"));
        assertThat(page2("ana@example.org")).contains("Tiene un cupo confirmado.", "Cancelar mi inscripción")
                .doesNotContain("name=\"fullName\"");

        // The only place is taken: the next person waits.
        mvc.perform(post("/training/events/" + open + "/register").with(participant("luis@example.org")).with(csrf())
                        .param("fullName", "Luis Gómez").param("organisation", "MINGOB").param("sector", "GOVERNMENT")
                        .param("consent", "2026-11"))
                .andExpect(flash().attribute("notice", "WAITLISTED"));
        assertThat(page2("luis@example.org")).contains("Está en la lista de espera, en el lugar 1.");

        // Ana cancels from the page: Luis gets the place.
        long ana = jdbc.sql("select id from training_registration where event_id = ? and email = 'ana@example.org'").param(open)
                .query(Long.class).single();
        mvc.perform(post("/training/registrations/" + ana + "/cancel").with(participant("luis@example.org")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/training/registrations/" + ana + "/cancel").with(participant("ana@example.org")).with(csrf()))
                .andExpect(redirectedUrl("/training/events/" + open));
        assertThat(page2("luis@example.org")).contains("Tiene un cupo confirmado.");
    }

    @Test
    void aCountrysGapsStandBesideTheCoursesThatAddressThem() throws Exception {
        // Brazil's assessment is published in the demo round; the course of this test addresses D1.1 (strategy).
        String brazil = page("/training/countries/BR");
        assertThat(brazil).contains("Capacitaciones sugeridas para Brasil", "Estudio regional 2026");
        // Every aspect listed is below established, and those of D1.1 carry this test's course.
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("<th scope=\"row\"><span>(D[0-9.]+)</span>.*?</tr>",
                java.util.regex.Pattern.DOTALL).matcher(brazil);
        int listed = 0;
        while (rows.find()) {
            listed++;
            String row = rows.group();
            assertThat(row).containsAnyOf("<td>1 · Inicial</td>", "<td>2 · Formativo</td>");
            if (rows.group(1).startsWith("D1.1.")) {
                assertThat(row).contains(title);
            } else {
                assertThat(row).doesNotContain(title);
            }
        }
        assertThat(listed).isPositive();
        // A country without a published assessment, and an unknown code.
        assertThat(page("/training/countries/HN")).contains("Honduras todavía no tiene una evaluación nacional publicada.");
        mvc.perform(get("/training/countries/ZZ")).andExpect(status().isNotFound());
        // The open event in Guatemala is listed on Guatemala's page.
        assertThat(page("/training/countries/GT")).contains("href=\"/training/events/" + open + "\"");
    }

    String page2(String who) throws Exception {
        return mvc.perform(get("/training/events/" + open).with(participant(who)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
