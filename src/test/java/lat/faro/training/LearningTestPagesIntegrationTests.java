package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The test pages as a participant uses them without JavaScript: the form, the submission, its result, a second try. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LearningTestPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    LearningTestsFixture api;

    @org.junit.jupiter.api.BeforeEach
    void fixture() {
        api = new LearningTestsFixture(mvc, jdbc);
    }

    @Test
    void aParticipantTakesThePreTestThroughTheFormOnce() throws Exception {
        LearningTestsFixture.Course course = api.course();
        long event = api.upcoming(course);
        api.register(event, "flor@example.org", "Flor");
        RequestPostProcessor flor = participant("flor@example.org");

        String eventPage = page(get("/training/events/" + event).with(flor), 200);
        assertThat(eventPage).contains("href=\"/training/events/" + event + "/tests/PRE\"", "href=\"/training/events/" + event + "/tests/POST\"")
                .doesNotContain("/gain");
        assertThat(page(get("/training/events/" + event).with(trainer(LearningTestsFixture.TRAINER)), 200))
                .contains("href=\"/training/events/" + event + "/gain\"");

        String form = page(get("/training/events/" + event + "/tests/PRE").with(flor), 200);
        long q0 = course.questions()[0];
        long q2 = course.questions()[2];
        assertThat(form).contains("lang=\"es\">Respuesta a incidentes PRUEBA-", "<h1>Prueba inicial</h1>", "<fieldset", "<legend>", "Pregunta 1.", "¿Qué es un CSIRT?",
                "type=\"radio\" name=\"q" + q0 + "\"", "type=\"checkbox\" name=\"q" + q2 + "\"", "Elija todas las opciones correctas.");
        assertThat(form).doesNotContain("Un equipo de respuesta a incidentes."); // no explanation before submitting

        // Two options on a single-choice question: 400, the choices kept, the message under the question.
        String refused = page(post("/training/events/" + event + "/tests/PRE").with(flor).with(csrf())
                .param("q" + q0, Long.toString(course.option(0, 'A')), Long.toString(course.option(0, 'B')))
                .param("q" + q2, Long.toString(course.option(2, 'A'))), 400);
        assertThat(refused).contains("En la pregunta 1 se elige una sola opción.", "id=\"question-" + q0 + "-error\"");
        assertThat(refused).containsPattern("value=\"" + course.option(2, 'A') + "\"\\s+checked");
        assertThat(api.attempts(event)).isZero();

        mvc.perform(post("/training/events/" + event + "/tests/PRE").with(flor).with(csrf())
                        .param("q" + q0, Long.toString(course.option(0, 'A'))).param("q" + q2, Long.toString(course.option(2, 'A'))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/training/events/" + event + "/tests/PRE/result"))
                .andExpect(flash().attribute("notice", "submitted"));
        String result = page(get("/training/events/" + event + "/tests/PRE/result").with(flor), 200);
        assertThat(result).contains("lang=\"es\">Respuesta a incidentes PRUEBA-", "Su resultado en la prueba inicial", "Acertó 1 de 4 preguntas",
                "Las respuestas correctas y sus explicaciones se muestran después de la prueba final")
                .doesNotContain("Un equipo de respuesta a incidentes.");

        String again = page(post("/training/events/" + event + "/tests/PRE").with(flor).with(csrf())
                .param("q" + q0, Long.toString(course.option(0, 'A'))), 409);
        assertThat(again).contains("Ya envió la prueba inicial el ");
        assertThat(api.attempts(event)).isEqualTo(1);

        // Someone else has no result to see; an unknown test is no page.
        page(get("/training/events/" + event + "/tests/PRE/result").with(participant("otro@example.org")), 404);
        page(get("/training/events/" + event + "/tests/MID").with(flor), 404);
        assertThat(page(get("/training/events/" + event + "/tests/PRE").with(participant("otro@example.org")), 200))
                .contains("Esta prueba es para las personas con plaza confirmada en el evento.").doesNotContain("<fieldset");
    }

    String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
