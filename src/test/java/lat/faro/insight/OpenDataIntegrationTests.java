package lat.faro.insight;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.JudgementInput;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.Transition;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The open data API over the demo round "Estudio regional 2026": eight countries published, one
 * validated (UY), one in review (MX), one draft (AR). Only the eight may ever appear.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AssessmentManagement management;

    long demoRound() {
        return jdbc.sql("select id from assessment_round where label = 'Estudio regional 2026'").query(Long.class).single();
    }

    long agencyRound() {
        return jdbc.sql("select id from assessment_round where kind = 'AGENCY'").query(Long.class).list().getFirst();
    }

    @Test
    void theStatisticsOfARoundCountOnlyPublishedCountriesWithTheirDenominator() throws Exception {
        mvc.perform(get("/api/v1/open/rounds/" + demoRound() + "/statistics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.countriesInScope").value(33))
                .andExpect(jsonPath("$.countriesWithResults").value(org.hamcrest.Matchers.contains(
                        "BR", "CL", "CO", "DO", "GT", "JM", "PE", "TT")))
                .andExpect(jsonPath("$.elements[?(@.element == 'D1.1.1')].assessed").value(hasItem(8)))
                .andExpect(jsonPath("$.elements[?(@.element == 'D1.1.1')].notAssessed[*]").value(hasItem("AR")))
                .andExpect(jsonPath("$.elements[*].stages[*].countries[*]").value(everyItem(not(is("MX")))))
                .andExpect(jsonPath("$.elements[*].stages[*].countries[*]").value(everyItem(not(is("UY")))))
                .andExpect(jsonPath("$.elements[*].stages[*].countries[*]").value(everyItem(not(is("AR")))));
    }

    @Test
    void aClientThatHasTheDocumentGetsABodiless304() throws Exception {
        String etag = mvc.perform(get("/api/v1/open/rounds/" + demoRound() + "/statistics"))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/open/rounds/" + demoRound() + "/statistics").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/open/rounds/" + demoRound() + "/statistics").param("subregion", "CARIBBEAN")
                        .header("If-None-Match", etag))
                .andExpect(status().isOk());
    }

    @Test
    void aFilterNarrowsTheScopeAndAnUnknownOneNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/open/rounds/" + demoRound() + "/statistics").param("subregion", "caribbean"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countriesWithResults").value(org.hamcrest.Matchers.contains("DO", "JM", "TT")));
        mvc.perform(get("/api/v1/open/rounds/" + demoRound() + "/statistics")
                        .param("programme", "egov-cybersecurity").param("role", "BENEFICIARY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countriesInScope").value(5))
                .andExpect(jsonPath("$.countriesWithResults").value(org.hamcrest.Matchers.contains("CO", "GT")));
        mvc.perform(get("/api/v1/open/rounds/" + demoRound() + "/statistics").param("subregion", "europe"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subregion"));
    }

    @Test
    void aRoundWithNothingPublishedAndAnAgencyRoundDoNotExistHere() throws Exception {
        mvc.perform(get("/api/v1/open/rounds/" + agencyRound() + "/statistics")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/open/rounds/999999/statistics")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/open/rounds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].label").value(hasItem("Estudio regional 2026")))
                .andExpect(jsonPath("$[*].label").value(not(hasItem("Autoevaluación institucional 2026"))));
    }

    @Test
    void aCountrysPublishedResultsAndNothingOfItsDrafts() throws Exception {
        String etag = mvc.perform(get("/api/v1/open/countries/BRA"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(jsonPath("$.country").value("BR"))
                .andExpect(jsonPath("$.rounds[?(@.label == 'Estudio regional 2026')].source").value(hasItem("assessment")))
                .andExpect(jsonPath("$.rounds[?(@.label == 'Estudio regional 2026')].stages['D1.1.1']").value(
                        hasItem(org.hamcrest.Matchers.isA(Integer.class))))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/open/countries/BR").header("If-None-Match", etag)).andExpect(status().isNotModified());
        // Argentina's draft, Mexico in review and Uruguay validated are not published: nothing of the demo round
        // about them (other tests may have imported and published other rounds for these countries).
        for (String code : List.of("AR", "MX", "URY")) {
            var response = mvc.perform(get("/api/v1/open/countries/" + code)).andReturn().getResponse();
            if (response.getStatus() == 404) {
                org.assertj.core.api.Assertions.assertThat(response.getContentType()).isEqualTo("application/problem+json");
            } else {
                org.assertj.core.api.Assertions.assertThat(response.getStatus()).isEqualTo(200);
                org.assertj.core.api.Assertions.assertThat(response.getContentAsString()).doesNotContain("Estudio regional 2026");
            }
        }
        mvc.perform(get("/api/v1/open/countries/ZZ")).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void aPublicationShowsAtOnceThoughTheStatisticsAreKeptForReuse() throws Exception {
        long round = as(Grant.programme(Role.PROGRAMME_COORDINATOR), () -> management.createRound(new RoundDraft(
                "Abierta " + UUID.randomUUID(), RoundKind.NATIONAL, new FrameworkRef("faro-national-2021", "1.0.0"), null, null,
                null)).id());
        AssessmentView uy = as(Grant.country(Role.NATIONAL_COORDINATOR, "UY"), () -> management.start(round, "UY", null, false));
        as(Grant.country(Role.NATIONAL_COORDINATOR, "UY"), () -> management.judge(uy.id(), "D1.1.1-2a",
                new JudgementInput(Outcome.MET, null, null, null, null)));
        // 2b unanswered: D1.1.1 stays at start-up
        as(Grant.country(Role.NATIONAL_COORDINATOR, "UY"), () -> management.transition(uy.id(), Transition.SUBMIT, null, null));
        as(Grant.country(Role.NATIONAL_COORDINATOR, "UY"), () -> management.transition(uy.id(), Transition.VALIDATE, null, null));
        // Validated is not published: the round is not there, and that answer is now kept for reuse.
        mvc.perform(get("/api/v1/open/rounds/" + round + "/statistics")).andExpect(status().isNotFound());

        as(Grant.programme(Role.PROGRAMME_COORDINATOR), () -> management.transition(uy.id(), Transition.PUBLISH, null, null));
        mvc.perform(get("/api/v1/open/rounds/" + round + "/statistics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countriesWithResults").value(org.hamcrest.Matchers.contains("UY")))
                .andExpect(jsonPath("$.elements[?(@.element == 'D1.1.1')].stages[0].countries[0]").value(hasItem("UY")));
    }

    static <T> T as(Grant grant, java.util.function.Supplier<T> call) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("tester@test.faro.lat", "n/a", List.of(
                new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void browsersOnOtherSitesMayReadIt() throws Exception {
        mvc.perform(get("/api/v1/open/rounds").header("Origin", "https://datos.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }
}
