package lat.faro.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.Confidentiality;
import lat.faro.assessment.EvidenceInput;
import lat.faro.assessment.EvidenceKind;
import lat.faro.assessment.JudgementInput;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.assessment.UnitScore;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import lat.faro.framework.FrameworkRef;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ProfilePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement management;
    @Autowired DirectoryQueries directory;

    /** An assessment of AR where D1.1.1 meets every indicator of stages 2 and 3, and D1.1.2 those of stage 2. */
    AssessmentView judged() {
        RoundView round = Actors.newRound(management);
        AssessmentView a = Actors.start(management, round, "AR");
        Actors.meet(management, a, "D1.1.1-2a", "D1.1.1-2b", "D1.1.1-3a", "D1.1.1-3b", "D1.1.2-2a", "D1.1.2-2b");
        return a;
    }

    static String row(String html, String id) {
        String from = html.substring(html.indexOf("id=\"" + id + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }

    @Test
    void theProfileOfAPublishedAssessmentShowsTheStagesThatScoringGives() throws Exception {
        AssessmentView a = judged();
        UnitScore scored = Actors.asCoordinatorOf("AR", () -> management.score(a.id())).unitsById().get("D1.1.1");
        assertThat(scored.stage()).isEqualTo(3);
        Actors.advance(management, a, true);

        String html = mvc.perform(get("/assessments/" + a.id() + "/profile").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1>Perfil de Argentina</h1>", "Modelo nacional de capacidad en ciberseguridad Faro (estructura 2021)",
                "versión 1.0.0").doesNotContain("No publicada.");
        assertThat(row(html, "stage-D1-1-1")).contains("D1.1.1", "Desarrollo de la estrategia", "<td>3</td>",
                "<td>Consolidado</td>", "<td>Incompleto</td>");
        assertThat(row(html, "stage-D1-1-2")).contains("<td>2</td>", "<td>Formativo</td>");
        // the factor is the range of its aspects' stages, never a mean
        assertThat(row(html, "stage-D1-1")).contains("–3</td>", "–Consolidado</td>");
        // the chart: an image named by its caption, with the stage written beside each bar
        assertThat(html).contains("<figcaption id=\"chart-D1\">Etapa de cada aspecto: Política y estrategia de ciberseguridad</figcaption>",
                "role=\"img\"", "aria-labelledby=\"chart-D1\"", "chart-bar chart-bar--s3 chart-bar--incomplete",
                "Consolidado (incompleto)</text>");
        assertThat(html).contains("Cifra derivada (media de las etapas de los aspectos)");
        assertThat(html).contains("href=\"/assessments/" + a.id() + "/profile.csv\"");
    }

    @Test
    void anAspectThatDoesNotApplyShowsNoStageAndLeavesTheFactorRangeAlone() throws Exception {
        AssessmentView a = judged();
        for (String stage : new String[] {"2a", "2b", "3a", "3b", "4a", "4b", "5a", "5b"}) {
            Actors.asCoordinatorOf("AR", () -> management.judge(a.id(), "D1.4.1-" + stage,
                    new JudgementInput(Outcome.NOT_APPLICABLE, null, null, "El país no tiene fuerzas armadas.", null)));
        }
        Actors.meet(management, a, "D1.4.2-2a", "D1.4.2-2b");
        Actors.advance(management, a, true);

        String html = mvc.perform(get("/assessments/" + a.id() + "/profile").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row(html, "stage-D1-4-1")).contains("<td>–</td>", "<td>No aplica</td>");
        // D1.4.3 is at start-up and D1.4.2 formative: the range ignores D1.4.1
        assertThat(row(html, "stage-D1-4")).contains("<td>1–2</td>", "<td>Inicial–Formativo</td>");
    }

    @Test
    void theCsvHoldsTheSameStagesWithHeadersInThePageLanguage() throws Exception {
        AssessmentView a = judged();
        Actors.advance(management, a, true);

        MockHttpServletResponse response = mvc.perform(get("/assessments/" + a.id() + "/profile.csv")
                .header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse();
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains(".csv");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Dimensión,Nombre de la dimensión,Factor,Nombre del factor,Etapas del factor,"
                + "Aspecto,Nombre del aspecto,Etapa (1–5),Nombre de la etapa,Completo");
        assertThat(lines).contains(
                "D1,Política y estrategia de ciberseguridad,D1.1,Estrategia nacional de ciberseguridad,Inicial–Consolidado,"
                        + "D1.1.1,Desarrollo de la estrategia,3,Consolidado,No");
        assertThat(lines).anyMatch(l -> l.contains(",D1.1.2,") && l.contains(",2,Formativo,"));

        String english = new String(mvc.perform(get("/assessments/" + a.id() + "/profile.csv").header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(english).contains("Dimension,Dimension name,Factor,Factor name", ",D1.1.1,Strategy Development,3,Established,No");
    }

    @Test
    void aDraftIsHiddenFromThePublicAndShownToItsCountryUnderABanner() throws Exception {
        AssessmentView a = judged();

        mvc.perform(get("/assessments/" + a.id() + "/profile")).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + a.id() + "/profile.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + a.id() + "/profile").with(Actors.nationalCoordinator("MX")))
                .andExpect(status().isNotFound());

        String html = mvc.perform(get("/assessments/" + a.id() + "/profile").with(Actors.nationalCoordinator("AR"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No publicada.", "Esta evaluación está en estado «Borrador»", "Aún no publicada");
        assertThat(row(html, "stage-D1-1-1")).contains("<td>Consolidado</td>");
    }

    @Test
    void thePublicSeesOnlyPublicEvidence() throws Exception {
        AssessmentView a = judged();
        Actors.asCoordinatorOf("AR", () -> {
            management.addEvidence(a.id(), "D1.1.1-3a", new EvidenceInput(EvidenceKind.URL, "Decreto de aprobación",
                    "https://example.org/decreto", null, null, Confidentiality.PUBLIC, null, null));
            return management.addEvidence(a.id(), "D1.1.1-3b", new EvidenceInput(EvidenceKind.URL, "Acta interna",
                    "https://example.org/acta", null, null, Confidentiality.COUNTRY, null, null));
        });
        Actors.advance(management, a, true);

        String html = mvc.perform(get("/assessments/" + a.id() + "/profile").header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Decreto de aprobación", "href=\"https://example.org/decreto\"").doesNotContain("Acta interna");
        String country = mvc.perform(get("/assessments/" + a.id() + "/profile").with(Actors.nationalCoordinator("AR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(country).contains("Decreto de aprobación", "Acta interna");
    }

    @Test
    void aBaselineProfileShowsMeanTiersByFunctionAndTheControlsBelowTarget() throws Exception {
        OrganisationView agency = directory.countries().stream()
                .flatMap(c -> directory.organisationsIn(c.iso2()).stream()).findFirst().orElseThrow();
        String country = agency.country();
        RoundView round = Actors.asProgrammeCoordinator(() -> management.createRound(new RoundDraft(Actors.unique("Agencies"),
                RoundKind.AGENCY, new FrameworkRef("faro-egov-baseline-1", "1.0.0"), null, null, null)));
        AssessmentView a = Actors.asCoordinatorOf(country, () -> management.start(round.id(), country, agency.id(), false));
        Actors.asCoordinatorOf(country, () -> {
            management.judge(a.id(), "GV-01", new JudgementInput(Outcome.RATED, 2, null, null, null));
            return management.judge(a.id(), "GV-02", new JudgementInput(Outcome.RATED, 4, null, null, null));
        });

        String html = mvc.perform(get("/assessments/" + a.id() + "/profile").with(Actors.nationalCoordinator(country))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(agency.name(), "Nivel medio por función", ">Gobernar</span>", ">3,0</td>",
                "Controles por debajo del nivel 3", "GV-01").doesNotContain("role=\"img\"");
        String gaps = html.substring(html.indexOf("Controles por debajo del nivel 3"));
        assertThat(gaps).contains("GV-01", "2 · Parcial").doesNotContain(">GV-02<");
    }
}
