package lat.faro.training;

import static lat.faro.training.AttendanceFixture.TRAINER;
import static lat.faro.training.AttendanceFixture.unique;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import lat.faro.test.DatabaseTest;
import lat.faro.training.AttendanceFixture.Planned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The roster page (with and without htmx), the check-in code page and the participant's check-in form. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class AttendancePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    AttendanceFixture fixture;
    Planned event;
    String ana;
    long anaId;
    long luisId;

    @BeforeEach
    void plan() throws Exception {
        fixture = new AttendanceFixture(mvc);
        event = fixture.plan(10);
        fixture.advance(event, 1, "REGISTRATION_OPEN");
        ana = unique("ana");
        anaId = fixture.register(event, ana, "Ana Pérez");
        luisId = fixture.register(event, unique("luis"), "Luis Gómez");
    }

    String rosterPath() {
        return "/training/events/" + event.id() + "/sessions/" + event.sessions().get(0) + "/roster";
    }

    String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theTrainerFindsTheRosterFromTheEventAndMarksPeopleWithAndWithoutHtmx() throws Exception {
        assertThat(page(get("/training/events/" + event.id()), trainer(TRAINER))).contains("href=\"" + rosterPath() + "\"",
                "Lista de asistencia de la sesión 1");
        assertThat(page(get("/training/events/" + event.id()), participant(ana))).doesNotContain(rosterPath(), "Asistencia");

        // Not running yet: the list, no buttons, and why.
        String before = page(get(rosterPath()), trainer(TRAINER));
        assertThat(before).contains("Ana Pérez", "Luis Gómez", "0 de 2 presentes",
                "El evento está en «Inscripción abierta»: podrá marcar la asistencia cuando esté en curso.")
                .doesNotContain("aria-pressed");
        String refused = mvc.perform(post(rosterPath() + "/" + anaId).with(trainer(TRAINER)).with(csrf())
                        .header("Accept-Language", "es").param("present", "true"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"", "la asistencia se marca mientras está en curso");

        fixture.advance(event, 2, "RUNNING");
        String running = page(get(rosterPath()), trainer(TRAINER));
        assertThat(running).contains("id=\"present-" + anaId + "\"", "aria-pressed=\"false\"", "Sin marcar",
                "hx-post=\"" + rosterPath() + "/" + anaId + "\"", "<span class=\"visually-hidden\">: Ana Pérez</span>");

        // Without JavaScript: the form posts and the roster comes back at the row.
        mvc.perform(post(rosterPath() + "/" + anaId).with(trainer(TRAINER)).with(csrf()).param("present", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(rosterPath() + "#reg-" + anaId));
        String after = page(get(rosterPath()), trainer(TRAINER));
        assertThat(after).contains("1 de 2 presentes");
        assertThat(row(after, anaId)).contains("roster-row--present", "id=\"present-" + anaId + "\"")
                .containsPattern("id=\"present-" + anaId + "\"\\s+aria-pressed=\"true\"");

        // With htmx: only the row comes back, and the count out of band.
        String swapped = mvc.perform(post(rosterPath() + "/" + luisId).with(trainer(TRAINER)).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "es").param("present", "false"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(swapped).doesNotContain("<html", "Ana Pérez").contains("id=\"reg-" + luisId + "\"", "roster-row--absent", "Ausente",
                "hx-swap-oob=\"innerHTML\"", "1 de 2 presentes");
        assertThat(jdbc.sql("select count(*) from training_attendance where session_id = ?").param(event.sessions().get(0))
                .query(Long.class).single()).isEqualTo(2);

        // Someone without a role for rosters never gets the page; a stranger to the session, not at all.
        mvc.perform(get(rosterPath()).with(participant(ana))).andExpect(status().isForbidden());
        mvc.perform(get(rosterPath())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/training/events/" + event.id() + "/sessions/999999/roster").with(trainer(TRAINER)))
                .andExpect(status().isNotFound());
    }

    /** The row of one registration in the roster page. */
    static String row(String page, long registration) {
        int id = page.indexOf("id=\"reg-" + registration + "\"");
        assertThat(id).as("row of registration %d", registration).isPositive();
        int start = page.lastIndexOf("<li", id);
        return page.substring(start, page.indexOf("</li>", start));
    }

    @Test
    void aParticipantChecksInWithTheCodeTheTrainerShows() throws Exception {
        fixture.advance(event, 2, "RUNNING");
        String codePage = page(get("/training/events/" + event.id() + "/sessions/" + event.sessions().get(0) + "/check-in-code"),
                trainer(TRAINER));
        String code = jdbc.sql("select code from training_session_code where session_id = ?").param(event.sessions().get(0))
                .query(String.class).single();
        assertThat(codePage).contains("id=\"check-in-code\">" + code + "<", "http://localhost/training/check-in?code=" + code,
                "El código sirve desde el");
        // The QR code on the page opens the same link.
        java.util.regex.Matcher qr = java.util.regex.Pattern.compile("id=\"check-in-qr\" src=\"data:image/png;base64,([^\"]+)\"").matcher(codePage);
        assertThat(qr.find()).as("the QR image on the page").isTrue();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(qr.group(1))));
        assertThat(QrCodesTests.decode(image).getText()).isEqualTo("http://localhost/training/check-in?code=" + code);
        assertThat(codePage).contains("alt=\"Código QR que abre el registro de asistencia con el código " + code + "\"");

        // From the QR code's link: the form, filled in; nothing written by opening it.
        String form = page(get("/training/check-in").param("code", code), participant(ana));
        assertThat(form).contains("value=\"" + code + "\"", "name=\"code\"", "Registrar mi asistencia");
        assertThat(jdbc.sql("select count(*) from training_attendance where registration_id = ?").param(anaId).query(Long.class)
                .single()).isZero();

        String done = "Listo: quedó registrada su asistencia a la sesión 1 de «" + event.title() + "»";
        mvc.perform(post("/training/check-in").with(participant(ana)).with(csrf()).header("Accept-Language", "es")
                        .param("code", code.toLowerCase(java.util.Locale.ROOT)))
                .andExpect(redirectedUrl("/training/check-in"))
                .andExpect(flash().attribute("done", org.hamcrest.Matchers.startsWith(done)));
        mvc.perform(post("/training/check-in").with(participant(ana)).with(csrf()).header("Accept-Language", "es")
                        .param("code", code))
                .andExpect(flash().attribute("done", org.hamcrest.Matchers.startsWith("Su asistencia a la sesión 1 de «")));
        assertThat(jdbc.sql("select count(*) from training_attendance where registration_id = ?").param(anaId).query(Long.class)
                .single()).isEqualTo(1);

        // A wrong code: the form again, the message beside the field.
        String wrong = mvc.perform(post("/training/check-in").with(participant(ana)).with(csrf()).header("Accept-Language", "es")
                        .param("code", code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"code-error\"", "Ninguna sesión tiene ese código.", "aria-invalid=\"true\"");

        // Someone signed out is asked to sign in first.
        mvc.perform(get("/training/check-in").param("code", code)).andExpect(redirectedUrl("/login"));
    }
}
