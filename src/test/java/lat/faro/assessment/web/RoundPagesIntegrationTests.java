package lat.faro.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentStatus;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.RoundView;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class RoundPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement management;
    @Autowired JdbcClient jdbc;

    MockHttpServletRequestBuilder roundForm(String label) {
        return roundForm(label, "faro-national-2021@1.0.0");
    }

    MockHttpServletRequestBuilder roundForm(String label, String framework) {
        return post("/rounds/new").with(csrf()).with(Actors.programmeCoordinator()).header("Accept-Language", "es")
                .param("label", label).param("kind", "NATIONAL").param("framework", framework)
                .param("programme", "").param("startsOn", "2026-03-01").param("endsOn", "2026-12-31");
    }

    long rounds() {
        return jdbc.sql("select count(*) from assessment_round").query(Long.class).single();
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void programmeCoordinatorOpensARoundThroughTheForm() throws Exception {
        String label = Actors.unique("Estudio regional");
        String form = page(get("/rounds/new").with(Actors.programmeCoordinator()).header("Accept-Language", "es"));
        assertThat(form).contains("<h1>Abrir una ronda de evaluación</h1>", "value=\"faro-national-2021@1.0.0\"",
                "value=\"faro-egov-baseline-1@1.0.0\"");

        String location = mvc.perform(roundForm(label)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("created", label))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/rounds/\\d+");

        String round = page(get(location).with(Actors.programmeCoordinator()).header("Accept-Language", "es"));
        assertThat(round).contains("<h1>" + label + "</h1>", "Del 2026-03-01 al 2026-12-31");
        String list = page(get("/rounds").header("Accept-Language", "es"));
        assertThat(list).contains(label, "Evaluaciones nacionales", "Ninguna todavía");
    }

    @Test
    void aBlankOrTakenLabelComesBackBesideTheField() throws Exception {
        long before = rounds();
        String blank = page(roundForm("  "));
        assertThat(blank).contains("class=\"error-summary\"", "<a href=\"#label\">Este campo es obligatorio.</a>",
                "<p class=\"field-error\" id=\"label-error\">Este campo es obligatorio.</p>", "aria-invalid=\"true\"");

        RoundView taken = Actors.newRound(management);
        String duplicate = page(roundForm(taken.label()));
        assertThat(duplicate).contains("<p class=\"field-error\" id=\"label-error\">Ya existe una ronda llamada «"
                + taken.label() + "».</p>");
        // the other fields keep what was typed
        assertThat(duplicate).contains("value=\"2026-03-01\"", "<option value=\"NATIONAL\" selected=\"selected\">");
        assertThat(rounds()).isEqualTo(before + 1);
    }

    @Test
    void aFrameworkOfTheWrongKindIsRefusedBesideTheFrameworkField() throws Exception {
        String html = page(roundForm(Actors.unique("Mixed"), "faro-egov-baseline-1@1.0.0"));
        assertThat(html).contains("<p class=\"field-error\" id=\"framework-error\">Una ronda nacional usa un modelo de madurez;");
    }

    @Test
    void onlyProgrammeStaffMayOpenRounds() throws Exception {
        mvc.perform(get("/rounds/new").with(Actors.nationalCoordinator("AR"))).andExpect(status().isForbidden());
        mvc.perform(roundForm(Actors.unique("Nope")).with(Actors.nationalCoordinator("AR"))).andExpect(status().isForbidden());
        assertThat(page(get("/rounds").with(Actors.nationalCoordinator("AR")))).doesNotContain("href=\"/rounds/new\"");
        assertThat(page(get("/rounds").with(Actors.programmeCoordinator()))).contains("href=\"/rounds/new\"");
    }

    @Test
    void theRoundOverviewListsThe33MemberStatesByNameInThePageLanguage() throws Exception {
        RoundView round = Actors.newRound(management);
        String html = page(get("/rounds/" + round.id()).header("Accept-Language", "en"));
        assertThat(Pattern.compile("<tr id=\"country-[A-Z]{2}\"").matcher(html).results().count()).isEqualTo(33);
        assertThat(html).contains("Member states (33)", "No published assessment");
        assertThat(page(get("/rounds/" + round.id()).with(Actors.programmeCoordinator()).header("Accept-Language", "en")))
                .contains("Not started");
        // sorted by name: Antigua and Barbuda before Argentina before Brazil
        assertThat(html.indexOf(">Antigua and Barbuda<")).isLessThan(html.indexOf(">Argentina<"));
        assertThat(html.indexOf(">Argentina<")).isLessThan(html.indexOf(">Brazil<"));
    }

    @Test
    void aNationalCoordinatorStartsTheirCountrysAssessmentAndNoOtherCountrys() throws Exception {
        RoundView round = Actors.newRound(management);
        String html = page(get("/rounds/" + round.id()).with(Actors.nationalCoordinator("AR")));
        assertThat(html).contains("id=\"start-AR-carryOver\"").doesNotContain("id=\"start-MX-carryOver\"");

        String location = mvc.perform(post("/rounds/" + round.id() + "/assessments").with(csrf())
                        .with(Actors.nationalCoordinator("AR")).param("country", "AR"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/assessments/\\d+");
        AssessmentView started = Actors.asCoordinatorOf("AR",
                () -> management.assessment(Long.parseLong(location.substring("/assessments/".length()))));
        assertThat(started.country()).isEqualTo("AR");
        assertThat(started.status()).isEqualTo(AssessmentStatus.DRAFT);

        mvc.perform(post("/rounds/" + round.id() + "/assessments").with(csrf())
                .with(Actors.nationalCoordinator("AR")).param("country", "MX")).andExpect(status().isForbidden());

        String after = page(get("/rounds/" + round.id()).with(Actors.nationalCoordinator("AR")).header("Accept-Language", "es"));
        assertThat(after).contains("href=\"/assessments/" + started.id() + "\"", "Borrador")
                .doesNotContain("id=\"start-AR-carryOver\"");
    }

    @Test
    void carryingOverWithoutAnEarlierRoundIsExplainedBesideTheCheckbox() throws Exception {
        RoundView round = Actors.newRound(management);
        String html = page(post("/rounds/" + round.id() + "/assessments").with(csrf()).header("Accept-Language", "es")
                .with(Actors.nationalCoordinator("PY")).param("country", "PY").param("carryOver", "true"));
        assertThat(html).contains("id=\"start-PY-carryOver-error\"",
                "No hay una evaluación de una ronda anterior de la que partir.");
    }

    @Test
    void anonymousVisitorsSeeOnlyPublishedAssessmentsOfARound() throws Exception {
        RoundView round = Actors.newRound(management);
        AssessmentView draft = Actors.start(management, round, "AR");
        AssessmentView published = Actors.start(management, round, "UY");
        Actors.advance(management, published, true);

        String html = page(get("/rounds/" + round.id()).header("Accept-Language", "es"));
        assertThat(html).contains("href=\"/assessments/" + published.id() + "/profile\"", "status-tag--published")
                .doesNotContain("/assessments/" + draft.id(), "status-tag--draft", "<form class=\"start-form\"");
        String argentina = html.substring(html.indexOf("id=\"country-AR\""));
        // The public cannot tell a draft from nothing: the row says only that nothing is published.
        assertThat(argentina.substring(0, argentina.indexOf("</tr>"))).contains("Sin evaluación publicada");

        String list = page(get("/rounds").header("Accept-Language", "es"));
        String row = list.substring(list.indexOf(round.label()));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Publicada").doesNotContain("Borrador");

        mvc.perform(get("/assessments/" + draft.id() + "/profile")).andExpect(status().isNotFound());
        mvc.perform(get("/rounds/999999")).andExpect(status().isNotFound());
    }

    @Test
    void theOverviewFiltersByStatus() throws Exception {
        RoundView round = Actors.newRound(management);
        Actors.start(management, round, "PE");
        String drafts = page(get("/rounds/" + round.id()).param("status", "DRAFT").with(Actors.programmeCoordinator()));
        assertThat(Pattern.compile("<tr id=\"country-[A-Z]{2}\"").matcher(drafts).results().count()).isEqualTo(1);
        assertThat(drafts).contains("id=\"country-PE\"");
        String notStarted = page(get("/rounds/" + round.id()).param("status", "NOT_STARTED").with(Actors.programmeCoordinator()));
        assertThat(Pattern.compile("<tr id=\"country-[A-Z]{2}\"").matcher(notStarted).results().count()).isEqualTo(32);
    }
}
