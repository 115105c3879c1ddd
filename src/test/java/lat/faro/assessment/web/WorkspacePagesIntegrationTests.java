package lat.faro.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentStatus;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.EvidenceView;
import lat.faro.assessment.JudgementInput;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.assessment.Transition;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The working pages as the people of an assessment use them: a national coordinator of Argentina
 * judging indicators in place, a reviewer reading in review, the coordinator of another country
 * and an anonymous visitor kept out.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class WorkspacePagesIntegrationTests {

    static final FrameworkRef NATIONAL_2021 = new FrameworkRef("faro-national-2021", "1.0.0");
    static final String INDICATOR = "D1.1.1-2a";
    static final String BLOCK = "i-D1_1_1-2a";

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired lat.faro.directory.OrganisationManagement organisations;

    // ---- the people ------------------------------------------------------------------------------

    static final String[] NC_AR = {Grant.country(Role.NATIONAL_COORDINATOR, "AR").authority(), Role.NATIONAL_COORDINATOR.authority()};
    static final String[] NC_MX = {Grant.country(Role.NATIONAL_COORDINATOR, "MX").authority(), Role.NATIONAL_COORDINATOR.authority()};
    static final String[] REVIEWER_AR = {Grant.country(Role.REVIEWER, "AR").authority(), Role.REVIEWER.authority()};
    static final String[] PROGRAMME = {Grant.programme(Role.PROGRAMME_COORDINATOR).authority(), Role.PROGRAMME_COORDINATOR.authority()};

    static RequestPostProcessor person(String name, String... authorities) {
        return user(name).authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList());
    }

    static RequestPostProcessor ncOfArgentina() {
        return person("nc-ar@test", NC_AR);
    }

    /** Runs a service call as someone, the way a signed-in request would. */
    static <T> T as(String name, String[] authorities, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, "n/a",
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A fresh round of its own, so that every test has Argentina's draft to itself. */
    AssessmentView argentinasDraft() {
        RoundView round = as("pc@test", PROGRAMME, () -> assessments.createRound(new RoundDraft(
                "Workspace " + UUID.randomUUID().toString().substring(0, 8), RoundKind.NATIONAL, NATIONAL_2021, null, null, null)));
        return as("nc-ar@test", NC_AR, () -> assessments.start(round.id(), "AR", null, false));
    }

    String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder judge(long id, String outcome, String rationale,
            String version) {
        return post("/assessments/{id}/judgements/{i}", id, INDICATOR).with(csrf()).with(ncOfArgentina())
                .header("HX-Request", "true").header("Accept-Language", "es")
                .param("outcome", outcome).param("rationale", rationale).param("notApplicableReason", "")
                .param("version", version);
    }

    // ---- reading --------------------------------------------------------------------------------

    @Test
    void theNationalCoordinatorSeesTheOverviewWithProgressStagesAndTheStepsTheyMayTake() throws Exception {
        AssessmentView a = argentinasDraft();

        String page = html(get("/assessments/{id}", a.id()).with(ncOfArgentina()).header("Accept-Language", "es"));

        assertThat(page).contains("<h1>Evaluación de Argentina</h1>", a.roundLabel(),
                "href=\"/frameworks/faro-national-2021/1.0.0\"", "Borrador",
                "href=\"/assessments/" + a.id() + "/factors/D1.1\"", "Avance por factor",
                "Media de etapas (derivada)", "Inicial", "name=\"transition\" value=\"SUBMIT\"", "Enviar a revisión",
                "name=\"version\" value=\"" + a.version() + "\"", "Creada como «Borrador» por nc-ar@test");
        assertThat(page).doesNotContain("value=\"VALIDATE\"", "value=\"PUBLISH\"", "value=\"RETURN\"");
    }

    @Test
    void theFactorWorkspaceShowsEachAspectWithItsIndicatorsInSpanishAndAFormPerIndicator() throws Exception {
        AssessmentView a = argentinasDraft();

        String page = html(get("/assessments/{id}/factors/D1.1", a.id()).with(ncOfArgentina()).header("Accept-Language", "es"));

        assertThat(page).contains("Estrategia nacional de ciberseguridad", "Desarrollo de la estrategia",
                "No existe una estrategia nacional de ciberseguridad", "lang=\"es\"", "Etapa 2 · Formativo",
                "hx-post=\"/assessments/" + a.id() + "/judgements/D1.1.1-2a\"", "hx-target=\"#" + BLOCK + "\"",
                "action=\"/assessments/" + a.id() + "/judgements/D1.1.1-2a\"", "name=\"outcome\"", "value=\"NOT_APPLICABLE\"",
                "enctype=\"multipart/form-data\"", "Siguiente: D1.2");
    }

    // ---- judging --------------------------------------------------------------------------------

    @Test
    void savingWithHtmxAnswersTheIndicatorBlockWithTheSavedOutcomeAndTheUnitsNewStatus() throws Exception {
        AssessmentView a = argentinasDraft();

        String fragment = html(judge(a.id(), "MET", "Decreto 123/2025", ""));

        assertThat(fragment.strip()).startsWith("<article").doesNotContain("<html", "<header");
        assertThat(fragment).contains("id=\"" + BLOCK + "\"", "Juicio guardado.", "Se cumple", "Decreto 123/2025",
                "value=\"MET\" checked=\"checked\"", "name=\"version\" value=\"0\"", "hx-swap-oob=\"true\"",
                "id=\"s-D1_1_1\"");
        var saved = as("nc-ar@test", NC_AR, () -> assessments.judgements(a.id()).get(INDICATOR));
        assertThat(saved.outcome()).isEqualTo(Outcome.MET);
        assertThat(saved.recordedBy()).isEqualTo("nc-ar@test");
    }

    @Test
    void aSecondSaveFromTheSameVersionShowsWhoSavedAndKeepsTheAttemptOverTheNewVersion() throws Exception {
        AssessmentView a = argentinasDraft();
        html(judge(a.id(), "MET", "Primera versión", ""));

        String stale = html(judge(a.id(), "NOT_MET", "Mi versión distinta", ""));

        assertThat(stale).contains("role=\"alert\"",
                "nc-ar@test guardó este juicio mientras usted lo editaba: ahora dice «Se cumple».",
                "value=\"NOT_MET\" checked=\"checked\"", "Mi versión distinta", "name=\"version\" value=\"0\"");
        assertThat(stale).doesNotContain("Juicio guardado.");
        var kept = as("nc-ar@test", NC_AR, () -> assessments.judgements(a.id()).get(INDICATOR));
        assertThat(kept.outcome()).as("nothing overwritten").isEqualTo(Outcome.MET);

        String deliberate = html(judge(a.id(), "NOT_MET", "Mi versión distinta", "0"));

        assertThat(deliberate).contains("Juicio guardado.", "name=\"version\" value=\"1\"").doesNotContain("role=\"alert\"");
        assertThat(as("nc-ar@test", NC_AR, () -> assessments.judgements(a.id()).get(INDICATOR)).outcome())
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void problemsAreShownBesideTheirFields() throws Exception {
        AssessmentView a = argentinasDraft();

        String noOutcome = html(judge(a.id(), "", "", ""));
        assertThat(noOutcome).contains("id=\"" + BLOCK + "-outcome-error\">Elija un juicio.</p>", "aria-invalid=\"true\"",
                "aria-describedby=\"" + BLOCK + "-outcome-error\"");

        String noReason = html(judge(a.id(), "NOT_APPLICABLE", "", ""));
        assertThat(noReason).contains("id=\"" + BLOCK + "-notApplicableReason-error\">Explique por qué el indicador no aplica.</p>",
                "aria-describedby=\"" + BLOCK + "-notApplicableReason-hint " + BLOCK + "-notApplicableReason-error\"");
        assertThat(as("nc-ar@test", NC_AR, () -> assessments.judgements(a.id()))).isEmpty();
    }

    @Test
    void withoutJavaScriptASaveRedirectsBackToTheIndicator() throws Exception {
        AssessmentView a = argentinasDraft();

        mvc.perform(post("/assessments/{id}/judgements/{i}", a.id(), INDICATOR).with(csrf()).with(ncOfArgentina())
                        .param("outcome", "MET").param("version", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/assessments/" + a.id() + "/factors/D1.1#" + BLOCK))
                .andExpect(flash().attribute("savedIndicator", INDICATOR));
    }

    @Test
    void anAgencyRatesABaselineControlWithATierAndSeesTheFunctionsDerivedMean() throws Exception {
        long agency = as("nc-ar@test", NC_AR, () -> organisations.create(new lat.faro.directory.OrganisationDraft(
                "Oficina de Gobierno Digital " + UUID.randomUUID().toString().substring(0, 8), null,
                lat.faro.directory.OrganisationType.GOVERNMENT, "AR", null, null))).id();
        RoundView round = as("pc@test", PROGRAMME, () -> assessments.createRound(new RoundDraft(
                "Agencias " + UUID.randomUUID().toString().substring(0, 8), RoundKind.AGENCY,
                new FrameworkRef("faro-egov-baseline-1", "1.0.0"), null, null, null)));
        AssessmentView a = as("nc-ar@test", NC_AR, () -> assessments.start(round.id(), "AR", agency, false));

        String page = html(get("/assessments/{id}/factors/GV", a.id()).with(ncOfArgentina()).header("Accept-Language", "es"));
        assertThat(page).contains("Gobernar", "Política de seguridad aprobada por la dirección", "name=\"tier\"",
                "value=\"RATED\"", "aria-level=\"3\"").doesNotContain("value=\"MET\"");

        String fragment = html(post("/assessments/{id}/judgements/{i}", a.id(), "GV-01").with(csrf()).with(ncOfArgentina())
                .header("HX-Request", "true").header("Accept-Language", "es").param("tier", "3").param("version", ""));
        assertThat(fragment).contains("Juicio guardado.", "3 · Mayormente implementado", "Nivel medio (derivado): 3,0",
                "1 de 7 controles calificados");

        String overview = html(get("/assessments/{id}", a.id()).with(ncOfArgentina()).header("Accept-Language", "es"));
        assertThat(overview).contains("Avance por función", "Nivel medio (derivado)", "href=\"/assessments/" + a.id() + "/factors/GV\"");
    }

    @Test
    void withoutJavaScriptAFailedSaveShowsTheWholePageWithASummaryLinkingToTheIndicator() throws Exception {
        AssessmentView a = argentinasDraft();

        String page = html(post("/assessments/{id}/judgements/{i}", a.id(), INDICATOR).with(csrf()).with(ncOfArgentina())
                .header("Accept-Language", "es").param("outcome", "NOT_APPLICABLE").param("rationale", "Mi fundamento"));

        assertThat(page).contains("<h1><span>D1.1</span>", "class=\"error-summary\"", "href=\"#" + BLOCK + "\"",
                "Hay un problema en el indicador D1.1.1-2a", "Explique por qué el indicador no aplica.", "Mi fundamento");
    }

    @Test
    void aPublishedRevisionStaysReadableWhenItIsReopened() throws Exception {
        AssessmentView first = argentinasDraft();
        as("nc-ar@test", NC_AR, () -> assessments.transition(first.id(), Transition.SUBMIT, null, null));
        as("nc-ar@test", NC_AR, () -> assessments.transition(first.id(), Transition.VALIDATE, null, null));
        as("pc@test", PROGRAMME, () -> assessments.transition(first.id(), Transition.PUBLISH, null, null));

        String published = html(get("/assessments/{id}", first.id()).with(ncOfArgentina()).header("Accept-Language", "es"));
        assertThat(published).contains("Publicada", "value=\"REOPEN\"");

        mvc.perform(post("/assessments/{id}/transitions", first.id()).with(csrf()).with(ncOfArgentina())
                        .param("transition", "REOPEN").param("note", "Nueva ley de datos personales"))
                .andExpect(status().is3xxRedirection());
        AssessmentView second = as("nc-ar@test", NC_AR, () -> assessments.revisions(first.id())).getLast();
        assertThat(second.revision()).isEqualTo(2);

        String old = html(get("/assessments/{id}", first.id()).with(ncOfArgentina()).header("Accept-Language", "es"));
        assertThat(old).contains("Hay una revisión más reciente (2, Borrador)", "href=\"/assessments/" + second.id() + "\"",
                "aria-current=\"page\">Revisión 1 · Publicada");
        String oldFactor = html(get("/assessments/{id}/factors/D1.1", first.id()).with(ncOfArgentina()));
        assertThat(oldFactor).doesNotContain("name=\"outcome\"");
        String reopened = html(get("/assessments/{id}", second.id()).with(ncOfArgentina()).header("Accept-Language", "es"));
        assertThat(reopened).contains("Borrador", "Nueva ley de datos personales", "aria-current=\"page\">Revisión 2 · Borrador",
                "value=\"SUBMIT\"");
    }

    // ---- who may see what -----------------------------------------------------------------------

    @Test
    void theCoordinatorOfAnotherCountryFindsNothing() throws Exception {
        AssessmentView a = argentinasDraft();
        var mexico = person("nc-mx@test", NC_MX);

        mvc.perform(get("/assessments/{id}", a.id()).with(mexico)).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/factors/D1.1", a.id()).with(mexico)).andExpect(status().isNotFound());
        mvc.perform(post("/assessments/{id}/judgements/{i}", a.id(), INDICATOR).with(csrf()).with(mexico)
                .param("outcome", "MET")).andExpect(status().isNotFound());
        assertThat(as("nc-ar@test", NC_AR, () -> assessments.judgements(a.id()))).isEmpty();
    }

    @Test
    void aReviewerFindsNoDraftAndReadsTheAssessmentInReviewWithoutForms() throws Exception {
        AssessmentView a = argentinasDraft();
        as("nc-ar@test", NC_AR, () -> assessments.judge(a.id(), INDICATOR,
                new JudgementInput(Outcome.MET, null, "Borrador publicado", null, null)));
        var reviewer = person("rev-ar@test", REVIEWER_AR);

        mvc.perform(get("/assessments/{id}", a.id()).with(reviewer)).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/factors/D1.1", a.id()).with(reviewer)).andExpect(status().isNotFound());

        as("nc-ar@test", NC_AR, () -> assessments.transition(a.id(), Transition.SUBMIT, null, null));
        String page = html(get("/assessments/{id}/factors/D1.1", a.id()).with(reviewer).header("Accept-Language", "es"));

        assertThat(page).contains("No existe una estrategia nacional de ciberseguridad", "Se cumple", "Borrador publicado",
                "Solo lectura");
        assertThat(page).doesNotContain("name=\"outcome\"", "/judgements/", "enctype=\"multipart/form-data\"", "/remove");
        assertThat(page).as("reviewers comment on the factor").contains("action=\"/assessments/" + a.id() + "/factors/D1.1/comments\"");
        String overview = html(get("/assessments/{id}", a.id()).with(reviewer).header("Accept-Language", "es"));
        assertThat(overview).contains("value=\"RETURN\"").doesNotContain("value=\"SUBMIT\"", "value=\"VALIDATE\"");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        AssessmentView a = argentinasDraft();

        mvc.perform(get("/assessments/{id}", a.id())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/assessments/{id}/factors/D1.1", a.id())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/assessments/{id}/judgements/{i}", a.id(), INDICATOR).with(csrf()).param("outcome", "MET"))
                .andExpect(redirectedUrl("/login"));
    }

    // ---- evidence -------------------------------------------------------------------------------

    @Test
    void aFileThatIsNoPdfIsRefusedBesideTheFileField() throws Exception {
        AssessmentView a = argentinasDraft();
        var fake = new MockMultipartFile("file", "informe.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));

        String fragment = html(multipart("/assessments/{id}/indicators/{i}/evidence", a.id(), INDICATOR).file(fake)
                .param("kind", "FILE").param("title", "Informe anual").param("confidentiality", "COUNTRY")
                .with(csrf()).with(ncOfArgentina()).header("HX-Request", "true").header("Accept-Language", "es"));

        assertThat(fragment).contains("id=\"" + BLOCK + "-file-error\">El contenido de «informe.pdf» no corresponde a su tipo de archivo.</p>",
                "aria-describedby=\"" + BLOCK + "-file-hint " + BLOCK + "-file-error\"", "value=\"Informe anual\"",
                "<details class=\"evidence-add\" open=\"open\">");
        assertThat(as("nc-ar@test", NC_AR, () -> assessments.evidence(a.id()))).isEmpty();
    }

    @Test
    void anEvidenceFileIsListedAndDownloadedAsAnAttachment() throws Exception {
        AssessmentView a = argentinasDraft();
        byte[] pdf = "%PDF-1.7\n% Faro test\n".getBytes(StandardCharsets.US_ASCII);

        mvc.perform(multipart("/assessments/{id}/indicators/{i}/evidence", a.id(), INDICATOR)
                        .file(new MockMultipartFile("file", "Estrategia nacional ñ.pdf", "application/pdf", pdf))
                        .param("kind", "FILE").param("title", "Estrategia aprobada").param("confidentiality", "PROGRAMME")
                        .with(csrf()).with(ncOfArgentina()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/assessments/" + a.id() + "/factors/D1.1#" + BLOCK));
        List<EvidenceView> items = as("nc-ar@test", NC_AR, () -> assessments.evidence(a.id()));
        assertThat(items).hasSize(1);
        long evidenceId = items.getFirst().id();

        String page = html(get("/assessments/{id}/factors/D1.1", a.id()).with(ncOfArgentina()).header("Accept-Language", "es"));
        assertThat(page).contains("href=\"/assessments/" + a.id() + "/evidence/" + evidenceId + "/file\"", "Estrategia aprobada",
                "Programa y país", "agregada por nc-ar@test", "action=\"/assessments/" + a.id() + "/evidence/" + evidenceId + "/remove\"",
                "data-confirm=\"¿Quitar la evidencia «Estrategia aprobada»?\"");

        var response = mvc.perform(get("/assessments/{id}/evidence/{e}/file", a.id(), evidenceId).with(ncOfArgentina()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;").contains("filename*=UTF-8''Estrategia%20nacional%20%C3%B1.pdf");
        assertThat(response.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);

        mvc.perform(get("/assessments/{id}/evidence/{e}/file", a.id(), evidenceId).with(person("nc-mx@test", NC_MX)))
                .andExpect(status().isNotFound());
    }

    // ---- comments and workflow ------------------------------------------------------------------

    @Test
    void anEmptyCommentIsExplainedBesideItsField() throws Exception {
        AssessmentView a = argentinasDraft();

        String page = html(post("/assessments/{id}/factors/D1.1/comments", a.id()).with(csrf()).with(ncOfArgentina())
                .header("Accept-Language", "es").param("body", "  "));

        assertThat(page).contains("<p class=\"field-error\" id=\"comment-body-error\">Este campo es obligatorio.</p>",
                "aria-describedby=\"comment-body-error\"");
    }

    @Test
    void submittingMovesTheAssessmentOnAndAStaleStepIsExplainedOnTheOverview() throws Exception {
        AssessmentView a = argentinasDraft();

        mvc.perform(post("/assessments/{id}/transitions", a.id()).with(csrf()).with(ncOfArgentina())
                        .param("transition", "SUBMIT").param("note", "").param("version", Long.toString(a.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/assessments/" + a.id()));
        assertThat(as("nc-ar@test", NC_AR, () -> assessments.workingCopy(a.id())).status()).isEqualTo(AssessmentStatus.IN_REVIEW);

        mvc.perform(post("/assessments/{id}/transitions", a.id()).with(csrf()).with(ncOfArgentina())
                        .header("Accept-Language", "es")
                        .param("transition", "SUBMIT").param("version", Long.toString(a.version())))
                .andExpect(redirectedUrl("/assessments/" + a.id()))
                .andExpect(flash().attribute("problem",
                        "Alguien cambió la evaluación mientras tanto: ahora está en estado «En revisión». Revise la página y vuelva a intentarlo."));
    }

    @Test
    void returningWithoutANoteIsExplainedBesideTheNote() throws Exception {
        AssessmentView a = argentinasDraft();
        as("nc-ar@test", NC_AR, () -> assessments.transition(a.id(), Transition.SUBMIT, null, null));

        String page = html(post("/assessments/{id}/transitions", a.id()).with(csrf()).with(person("rev-ar@test", REVIEWER_AR))
                .header("Accept-Language", "es").param("transition", "RETURN").param("note", " "));

        assertThat(page).contains("id=\"note-error\">Explique por qué devuelve la evaluación.</p>",
                "aria-describedby=\"note-hint note-error\"");
        assertThat(as("nc-ar@test", NC_AR, () -> assessments.workingCopy(a.id())).status()).isEqualTo(AssessmentStatus.IN_REVIEW);
    }
}
