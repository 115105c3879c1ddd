package lat.faro.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.Priority;
import lat.faro.assessment.RoadmapItem;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement management;

    /** AR's assessment with D1.1.1 at stage 3: its gaps are the stage-4 indicators. */
    AssessmentView atStage3() {
        AssessmentView a = Actors.start(management, Actors.newRound(management), "AR");
        Actors.meet(management, a, "D1.1.1-2a", "D1.1.1-2b", "D1.1.1-3a", "D1.1.1-3b");
        return a;
    }

    MockHttpServletRequestBuilder plan(AssessmentView a, String indicator, String priority, String owner, String date) {
        return post("/assessments/" + a.id() + "/roadmap/" + indicator).with(csrf()).header("Accept-Language", "es")
                .param("priority", priority).param("owner", owner).param("targetDate", date);
    }

    RoadmapItem item(AssessmentView a, String indicator) {
        return Actors.asCoordinatorOf("AR", () -> management.roadmap(a.id())).stream()
                .filter(i -> i.indicatorId().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void theRoadmapListsTheNextStageGapsOfEachAspect() throws Exception {
        AssessmentView a = atStage3();
        String html = mvc.perform(get("/assessments/" + a.id() + "/roadmap").with(Actors.nationalCoordinator("AR"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String aspect = html.substring(html.indexOf("<span>D1.1.1</span>"), html.indexOf("<span>D1.1.2</span>"));
        assertThat(aspect).contains("Etapa actual:", "<strong>Consolidado</strong>", "<strong>Estratégico</strong>",
                "D1.1.1-4a", "D1.1.1-4b", "La estrategia se apoya en una evaluación documentada del riesgo", "Sin evaluar")
                .doesNotContain("D1.1.1-3a", "D1.1.1-5a");
        // an aspect at the floor needs its stage-2 indicators
        String next = html.substring(html.indexOf("<span>D1.1.2</span>"));
        assertThat(next.substring(0, next.indexOf("</ul>"))).contains("<strong>Inicial</strong>", "<strong>Formativo</strong>", "D1.1.2-2a");
        assertThat(html).contains("id=\"plan-D1-1-1-4a-priority\"");
    }

    @Test
    void theNationalCoordinatorSetsPriorityOwnerAndDate() throws Exception {
        AssessmentView a = atStage3();
        mvc.perform(plan(a, "D1.1.1-4a", "HIGH", "Ministerio de Economía", "2027-06-30").with(Actors.nationalCoordinator("AR")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/assessments/" + a.id() + "/roadmap#plan-D1-1-1-4a"));
        RoadmapItem saved = item(a, "D1.1.1-4a");
        assertThat(saved.priority()).isEqualTo(Priority.HIGH);
        assertThat(saved.owner()).isEqualTo("Ministerio de Economía");
        assertThat(saved.targetDate()).isEqualTo(LocalDate.of(2027, 6, 30));

        String filtered = mvc.perform(get("/assessments/" + a.id() + "/roadmap").param("priority", "HIGH")
                        .with(Actors.nationalCoordinator("AR")).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("D1.1.1-4a", "value=\"Ministerio de Economía\"", "value=\"2027-06-30\"",
                "<option value=\"HIGH\" selected=\"selected\">Alta</option>", "Se muestran 1 de").doesNotContain("D1.1.1-4b");
    }

    @Test
    void htmxSavesInPlaceAndGetsTheItemBack() throws Exception {
        AssessmentView a = atStage3();
        String fragment = mvc.perform(plan(a, "D1.1.1-4b", "LOW", "", "").header("HX-Request", "true")
                        .with(Actors.nationalCoordinator("AR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<article class=\"roadmap-item\" id=\"plan-D1-1-1-4b\">")
                .contains("Plan guardado.", "<option value=\"LOW\" selected=\"selected\">Baja</option>")
                .doesNotContain("<html");
        assertThat(item(a, "D1.1.1-4b").priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void mistakesComeBackBesideTheFieldsOfThatItem() throws Exception {
        AssessmentView a = atStage3();
        String html = mvc.perform(plan(a, "D1.1.1-4a", "", "x".repeat(201), "30/06/2027").with(Actors.nationalCoordinator("AR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<p class=\"field-error\" id=\"plan-D1-1-1-4a-priority-error\">Este campo es obligatorio.</p>",
                "<p class=\"field-error\" id=\"plan-D1-1-1-4a-targetDate-error\">Escriba una fecha válida (año-mes-día).</p>",
                "value=\"30/06/2027\"").doesNotContain("id=\"plan-D1-1-1-4b-priority-error\"");

        String tooLong = mvc.perform(plan(a, "D1.1.1-4a", "MEDIUM", "x".repeat(201), "").header("HX-Request", "true")
                        .with(Actors.nationalCoordinator("AR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("id=\"plan-D1-1-1-4a-owner-error\">Puede tener como máximo 200 caracteres.</p>");
        assertThat(item(a, "D1.1.1-4a").priority()).isNull();
    }

    @Test
    void aReviewerReadsTheRoadmapButMayNotPlan() throws Exception {
        AssessmentView a = atStage3();
        Actors.submit(management, a);
        String html = mvc.perform(get("/assessments/" + a.id() + "/roadmap").with(Actors.reviewer("AR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("D1.1.1-4a").doesNotContain("class=\"plan-form\"");
        mvc.perform(plan(a, "D1.1.1-4a", "HIGH", "", "").with(Actors.reviewer("AR"))).andExpect(status().isForbidden());
        assertThat(item(a, "D1.1.1-4a").priority()).isNull();
    }

    @Test
    void thePublicReadsAPublishedRoadmapAndNeverADraftOne() throws Exception {
        AssessmentView a = atStage3();
        mvc.perform(get("/assessments/" + a.id() + "/roadmap")).andExpect(status().isNotFound());
        Actors.advance(management, a, true);
        String html = mvc.perform(get("/assessments/" + a.id() + "/roadmap").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("D1.1.1-4a", "Sin planificar").doesNotContain("class=\"plan-form\"");
        mvc.perform(plan(a, "D1.1.1-4a", "HIGH", "", "")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
