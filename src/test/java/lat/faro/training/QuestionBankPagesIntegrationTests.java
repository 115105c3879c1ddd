package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
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
import java.util.List;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The question bank pages as programme staff use them without JavaScript (the list, adding,
 * changing, moving and removing a question, the refusals next to their fields, a version saved
 * meanwhile), what a trainer of the course may see, and who is refused.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class QuestionBankPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    LearningTestsFixture api;
    LearningTestsFixture.Course course;
    String base;

    @BeforeEach
    void fixture() throws Exception {
        api = new LearningTestsFixture(mvc, jdbc);
        course = api.course();
        base = "/training/courses/" + course.id() + "/questions";
    }

    @Test
    void staffSeeTheCurrentVersionWithItsKeyAndWhetherTestsWereTaken() throws Exception {
        String list = page(get(base).with(coordinator()), 200);
        assertThat(list).contains("<h1>Banco de preguntas</h1>", "Versión 1, guardada el", "Nadie hizo todavía una prueba con la versión 1.",
                "Pregunta 1.", "¿Qué es un CSIRT?", "Opción única · escrita en: Español, Inglés", "Opción múltiple · escrita en: Español<",
                "Un equipo de respuesta", "Un equipo de respuesta a incidentes.", "href=\"" + base + "/new\"",
                "href=\"" + base + "/1/edit\"", "href=\"" + base + "/preview\"");
        assertThat(list.split("class=\"tag tag--ok\"")).hasSize(1 + 1 + 1 + 2 + 1); // one per correct option
        assertThat(page(get("/training/courses/" + course.id()).with(coordinator()), 200))
                .contains("href=\"" + base + "\">Banco de preguntas de las pruebas</a>");

        // Someone takes the pre-test: the page says version 1 is in use, and a change makes version 2 that nobody used.
        long event = api.upcoming(course);
        api.register(event, "flor@example.org", "Flor");
        api.submit(event, "PRE", participant("flor@example.org"), LearningTestsFixture.answers(course, "0:A"))
                .andExpect(status().isCreated());
        assertThat(page(get(base).with(coordinator()), 200))
                .contains("Ya se hicieron pruebas con la versión 1: 1 prueba en 1 evento. Esos eventos siguen con la versión 1");
        mvc.perform(post(base + "/2/move").with(coordinator()).with(csrf()).param("version", "1").param("direction", "up"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("notice", "moved"));
        String moved = page(get(base).with(coordinator()), 200);
        assertThat(moved).contains("Versión 2, guardada el", "Nadie hizo todavía una prueba con la versión 2.");
        assertThat(moved.indexOf("¿Cuál es el primer paso")).isLessThan(moved.indexOf("¿Qué es un CSIRT?"));
        assertThat(jdbc.sql("select bank_version from training_test_attempt where event_id = ?").param(event).query(Integer.class).single())
                .isEqualTo(1);

        // The preview shows the questions as a participant's form, read-only and without the key.
        String preview = page(get(base + "/preview").with(coordinator()), 200);
        assertThat(preview).contains("<h1>Vista previa de la prueba</h1>", "<fieldset disabled", "¿Cuál es el primer paso",
                "type=\"radio\"", "type=\"checkbox\"", "Elija todas las opciones correctas.").doesNotContain("Un equipo de respuesta a incidentes.");
        assertThat(preview.substring(preview.indexOf("<main"))).doesNotContain("<button", "method=\"post\"");
    }

    @Test
    void staffAddASingleAndAMultipleChoiceQuestionBlankRowsIgnored() throws Exception {
        String form = page(get(base + "/new").with(coordinator()), 200);
        assertThat(form).contains("<h1>Agregar una pregunta</h1>", "name=\"version\" value=\"1\"", "name=\"text.es\"",
                "name=\"option.3.es\"", "name=\"explanation.es\"", "Pregunta (Español)").doesNotContain("name=\"text.en\"", "option.4.es");

        mvc.perform(question(post(base + "/new"), "1", "SINGLE", "¿Qué es un SOC?", "Vigila la red.",
                        "Un centro de operaciones", "true", "", "", "Un programa", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl(base + "#question-5"))
                .andExpect(flash().attribute("notice", "added")).andExpect(flash().attribute("noticeVersion", 2));
        mvc.perform(question(post(base + "/new"), "2", "MULTIPLE", "¿Qué conviene respaldar?", "Lo que no se puede recrear.",
                        "Las bases de datos", "true", "Los registros", "true", "El fondo de pantalla", ""))
                .andExpect(redirectedUrl(base + "#question-6"));

        String list = page(get(base).with(coordinator()), 200);
        assertThat(list).contains("Versión 3", "Pregunta 6.", "¿Qué conviene respaldar?", "Lo que no se puede recrear.");
        assertThat(options(course.id(), 3, 5)).containsExactly("Un centro de operaciones:true", "Un programa:false");
        assertThat(options(course.id(), 3, 6)).containsExactly("Las bases de datos:true", "Los registros:true", "El fondo de pantalla:false");
        assertThat(options(course.id(), 3, 1)).containsExactly("Un equipo de respuesta:true", "Un antivirus:false", "Una norma:false");
    }

    @Test
    void refusalsComeBackNextToTheirFieldsWithWhatWasTyped() throws Exception {
        // Two correct options on a single-choice question, a ticked row without text, no explanation.
        String refused = page(question(post(base + "/new"), "1", "SINGLE", "¿Qué es un SOC?", "",
                "Un centro de operaciones", "true", "Una red", "true", "", "true"), 400);
        assertThat(refused).contains("No se guardó nada. Revise lo siguiente:",
                "id=\"options-error\">Una pregunta de opción única tiene exactamente una opción correcta; esta tiene 3.</p>",
                "id=\"option-2-es-error\">El texto en español es obligatorio.</p>",
                "id=\"explanation-es-error\">El texto en español es obligatorio.</p>",
                "href=\"#option-2-es\"", "href=\"#explanation-es\"", "href=\"#options\"",
                ">¿Qué es un SOC?</textarea>", "value=\"Una red\"", "name=\"version\" value=\"1\"");
        assertThat(refused).containsPattern("id=\"option-2-es\"[^>]*aria-invalid=\"true\"");
        assertThat(bankVersion(course.id())).isEqualTo(1);

        // "Another option" brings a fifth row back, nothing saved.
        String more = page(question(post(base + "/new"), "1", "MULTIPLE", "¿Qué es un SOC?", "", "A", "true", "", "", "", "")
                .param("another", "1"), 200);
        assertThat(more).contains("name=\"option.4.es\"", ">¿Qué es un SOC?</textarea>").doesNotContain("No se guardó nada");
        assertThat(bankVersion(course.id())).isEqualTo(1);
    }

    @Test
    void aVersionSavedMeanwhileIsAConflictWithTheTextKept() throws Exception {
        String edit = page(get(base + "/1/edit").with(coordinator()), 200);
        assertThat(edit).containsPattern("name=\"option.0.correct\" value=\"true\"\\s+checked");
        assertThat(edit).contains("<h1>Modificar la pregunta 1</h1>", ">¿Qué es un CSIRT?</textarea>", ">What is a CSIRT?</textarea>",
                "value=\"Un equipo de respuesta\"", "Quitar esta pregunta");

        // Someone else moves a question (version 2); the form read at version 1 is refused with the newer text beside it.
        mvc.perform(post(base + "/2/move").with(coordinator()).with(csrf()).param("version", "1").param("direction", "down"))
                .andExpect(redirectedUrl(base));
        String conflict = page(question(post(base + "/1/edit"), "1", "SINGLE", "¿Qué es un CSIRT nacional?", "Explicación.",
                "Un equipo", "true", "Un antivirus", ""), 409);
        assertThat(conflict).contains("Otra persona guardó el banco mientras usted escribía (ahora está en la versión 2)",
                "Lo que dice ahora la pregunta 1", ">¿Qué es un CSIRT nacional?</textarea>", "name=\"version\" value=\"2\"");
        assertThat(bankVersion(course.id())).isEqualTo(2);
        assertThat(page(get(base).with(coordinator()), 200)).doesNotContain("¿Qué es un CSIRT nacional?");

        // Saved again knowingly over version 2: version 3, the other translations kept.
        mvc.perform(question(post(base + "/1/edit"), "2", "SINGLE", "¿Qué es un CSIRT nacional?", "Explicación.",
                        "Un equipo", "true", "Un antivirus", "").param("text.en", "What is a national CSIRT?"))
                .andExpect(redirectedUrl(base + "#question-1")).andExpect(flash().attribute("notice", "changed"));
        assertThat(bankVersion(course.id())).isEqualTo(3);
        assertThat(jdbc.sql("select t.wording from training_question_text t join training_question q on q.id = t.question_id "
                        + "where q.course_id = ? and q.bank_version = 3 and q.position = 1 order by t.lang")
                .param(course.id()).query(String.class).list()).containsExactly("What is a national CSIRT?", "¿Qué es un CSIRT nacional?");

        // A removal or a move from a stale list changes nothing and says so.
        mvc.perform(post(base + "/1/remove").with(coordinator()).with(csrf()).param("version", "2"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("refusal",
                        "No se guardó nada: otra persona cambió el banco mientras tanto (ahora está en la versión 3). "
                                + "Revise las preguntas de abajo y vuelva a intentarlo."));
        mvc.perform(post(base + "/1/remove").with(coordinator()).with(csrf()).param("version", "3"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("notice", "removed"));
        assertThat(page(get(base).with(coordinator()), 200)).contains("Versión 4").doesNotContain("¿Qué es un CSIRT nacional?");
    }

    @Test
    void trainersOfTheCourseReadItAndNobodyElseSeesIt() throws Exception {
        String other = api.course().id() + "";
        // A trainer of one of the course's events reads the bank and the preview, without the forms.
        api.upcoming(course);
        String list = page(get(base).with(trainer(LearningTestsFixture.TRAINER)), 200);
        assertThat(list).contains("¿Qué es un CSIRT?", "Un equipo de respuesta a incidentes.")
                .doesNotContain(base + "/new", "/edit", "/move");
        page(get(base + "/preview").with(trainer(LearningTestsFixture.TRAINER)), 200);
        assertThat(page(get("/training/courses/" + course.id()).with(trainer(LearningTestsFixture.TRAINER)), 200)).contains("href=\"" + base + "\"");
        page(get(base + "/new").with(trainer(LearningTestsFixture.TRAINER)), 403);
        page(get(base + "/1/edit").with(trainer(LearningTestsFixture.TRAINER)), 403);
        page(post(base + "/new").with(trainer(LearningTestsFixture.TRAINER)).with(csrf()).param("version", "1")
                .param("kind", "SINGLE").param("text.es", "¿X?"), 403);

        // A trainer of other courses only, a participant, someone anonymous.
        page(get("/training/courses/" + other + "/questions").with(trainer(LearningTestsFixture.TRAINER)), 403);
        page(get(base).with(trainer("otra.docente@example.org")), 403);
        page(get(base + "/preview").with(trainer("otra.docente@example.org")), 403);
        page(get(base).with(participant("flor@example.org")), 403);
        page(post(base + "/1/remove").with(participant("flor@example.org")).with(csrf()).param("version", "1"), 403);
        page(post(base + "/1/move").with(participant("flor@example.org")).with(csrf()).param("version", "1"), 403);
        assertThat(page(get("/training/courses/" + course.id()).with(participant("flor@example.org")), 200)).doesNotContain(base);
        assertThat(page(get("/training/courses/" + course.id()), 200)).doesNotContain(base);
        mvc.perform(get(base)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(base + "/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(post(base + "/new").with(csrf()).param("version", "1")).andExpect(redirectedUrl("/login"));
        assertThat(bankVersion(course.id())).isEqualTo(1);

        // Staff: an unknown course or question is no page.
        page(get("/training/courses/999999/questions").with(coordinator()), 404);
        page(get(base + "/9/edit").with(coordinator()), 404);
        page(post(base + "/9/remove").with(coordinator()).with(csrf()).param("version", "1"), 404);
    }

    /** A question form as sent: version, kind, Spanish text and explanation, then option rows as (text, "true" when correct). */
    MockHttpServletRequestBuilder question(MockHttpServletRequestBuilder request, String version, String kind, String text,
            String explanation, String... rows) {
        request.with(coordinator()).with(csrf()).param("version", version).param("kind", kind).param("text.es", text)
                .param("explanation.es", explanation).param("rows", Integer.toString(Math.max(4, rows.length / 2)));
        for (int i = 0; i < rows.length / 2; i++) {
            request.param("option." + i + ".es", rows[2 * i]);
            if (!rows[2 * i + 1].isEmpty()) {
                request.param("option." + i + ".correct", rows[2 * i + 1]);
            }
        }
        return request;
    }

    int bankVersion(long course) {
        return jdbc.sql("select version from training_question_bank where course_id = ?").param(course).query(Integer.class).single();
    }

    List<String> options(long course, int version, int position) {
        return jdbc.sql("select ot.wording, o.correct from training_question_option o join training_option_text ot on ot.option_id = o.id "
                        + "join training_question q on q.id = o.question_id where q.course_id = ? and q.bank_version = ? and q.position = ? "
                        + "and ot.lang = 'es' order by o.position")
                .params(course, version, position).query((rs, n) -> rs.getString(1) + ":" + rs.getBoolean(2)).list();
    }

    String page(RequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
