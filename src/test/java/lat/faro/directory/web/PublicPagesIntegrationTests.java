package lat.faro.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    static int count(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @CsvSource({
        "es, Países, San Cristóbal y Nieves, Haití, Sudamérica, Beneficiario",
        "en, Countries, Saint Kitts and Nevis, Haiti, South America, Beneficiary",
        "pt, Países, São Cristóvão e Névis, Haiti, América do Sul, Beneficiário",
        "fr, Pays, Saint-Christophe-et-Niévès, Haïti, Amérique du Sud, Bénéficiaire"})
    void countriesPageListsThe33MemberStatesInTheVisitorsLanguage(String lang, String heading, String kitts,
            String haiti, String southAmerica, String beneficiary) throws Exception {
        String html = page("/countries", lang);
        assertThat(html).contains("<html lang=\"" + lang + "\"", "<h1>" + heading + "</h1>", kitts, haiti,
                southAmerica, beneficiary, "<caption>");
        assertThat(count(html, "<th scope=\"row\"")).isEqualTo(33);
        assertThat(count(html, "<h1")).isEqualTo(1);
        assertThat(count(html, "class=\"tag tag--ok\"")).isEqualTo(5);
    }

    @Test
    void languageCookieWinsOverTheBrowserLanguage() throws Exception {
        String html = mvc.perform(get("/countries").cookie(new Cookie("faro_lang", "pt")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("São Cristóvão e Névis", "Estados membros (33)").doesNotContain("Saint Kitts");
    }

    @Test
    void countriesCanBeFilteredBySubregion() throws Exception {
        String html = page("/countries?subregion=CENTRAL_AMERICA", "es");
        assertThat(count(html, "<th scope=\"row\"")).isEqualTo(7);
        assertThat(html).contains("Guatemala", "Belice").doesNotContain("Jamaica");
        assertThat(html).contains("<option value=\"CENTRAL_AMERICA\" selected=\"selected\">Centroamérica</option>");
    }

    @Test
    void anUnknownSubregionIsABadRequest() throws Exception {
        mvc.perform(get("/countries?subregion=ATLANTIS")).andExpect(status().isBadRequest());
    }

    @Test
    void countryPageShowsItsFactsAndItsRoleInTheInitiative() throws Exception {
        String html = page("/countries/UY", "es");
        assertThat(html).contains("<h1>Uruguay</h1>", "URY", "Sudamérica", "español",
                "Iniciativa de Gobierno Electrónico y Ciberseguridad", "Beneficiario");
    }

    @Test
    void countryPageTranslatesTheReferenceNote() throws Exception {
        assertThat(page("/countries/VE", "fr")).contains("A annoncé son retrait de l’OEA en 2017 (effectif en 2019).");
        assertThat(page("/countries/SR", "en")).contains("Dutch");
    }

    @Test
    void countryPageAcceptsAlpha3AndLowerCaseByRedirectingToTheAlpha2Address() throws Exception {
        mvc.perform(get("/countries/arg")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/countries/AR"));
        mvc.perform(get("/countries/mx")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/countries/MX"));
    }

    @Test
    void anUnknownCountryIsTheNotFoundPage() throws Exception {
        mvc.perform(get("/countries/ES")).andExpect(status().isNotFound());
        // The container forwards the 404 to the error page; MockMvc does not, so forward by hand.
        String html = mvc.perform(get("/error").header("Accept-Language", "es")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/countries/ES"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Página no encontrada");
    }

    @Test
    void countryOrganisationsAreShownOnlyToSignedInPeople() throws Exception {
        assertThat(page("/countries/UY", "es")).doesNotContain("Universidad de la República", "Organizaciones registradas");
        String html = mvc.perform(get("/countries/UY").with(Users.participant()).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Organizaciones registradas en Uruguay", "Universidad de la República", "AGESIC");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es|Iniciativa de Gobierno Electrónico y Ciberseguridad|Capacitación impartida en al menos 3 países beneficiarios.|2017–2018|Países beneficiarios (5)",
        "en|e-Governance and Cybersecurity Initiative|Training delivered in at least 3 beneficiary countries.|2017–2018|Beneficiary countries (5)",
        "pt|Iniciativa de Governo Eletrônico e Cibersegurança|Capacitação realizada em pelo menos 3 países beneficiários.|2017–2018|Países beneficiários (5)",
        "fr|Initiative pour la gouvernance électronique et la cybersécurité|Formation dispensée dans au moins 3 pays bénéficiaires.|2017–2018|Pays bénéficiaires (5)"})
    void programmePageShowsTargetPeriodAndCountries(String lang, String name, String target, String period,
            String beneficiaries) throws Exception {
        String html = page("/programmes/egov-cybersecurity", lang);
        assertThat(html).contains("<h1>" + name + "</h1>", target, period, beneficiaries, "href=\"/countries/GT\"",
                "href=\"/countries/MX\"");
        assertThat(count(html, "<h1")).isEqualTo(1);
        assertThat(page("/programmes", lang)).contains(name, "href=\"/programmes/egov-cybersecurity\"");
    }

    @Test
    void programmePageStatesTheMeasurableTarget() throws Exception {
        assertThat(page("/programmes/egov-cybersecurity", "en")).contains("3 beneficiary countries with training delivered");
    }

    @Test
    void anUnknownProgrammeIsTheNotFoundPage() throws Exception {
        mvc.perform(get("/programmes/nothing-here")).andExpect(status().isNotFound());
    }
}
