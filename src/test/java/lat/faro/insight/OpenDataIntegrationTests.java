package lat.faro.insight;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import lat.faro.test.DatabaseTest;
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
    void browsersOnOtherSitesMayReadIt() throws Exception {
        mvc.perform(get("/api/v1/open/rounds").header("Origin", "https://datos.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }
}
