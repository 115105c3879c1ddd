package lat.faro.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationType;
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
class OrganisationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryQueries directory;

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    long organisations() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    MockHttpServletRequestBuilder submit(String name, String type, String country, String website, String email) {
        return post("/organisations/manage/new").with(csrf()).with(Users.admin())
                .param("name", name).param("acronym", "").param("type", type).param("country", country)
                .param("website", website).param("contactEmail", email);
    }

    String formWithErrors(MockHttpServletRequestBuilder request, String language) throws Exception {
        long before = organisations();
        String html = mvc.perform(request.header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(organisations()).as("nothing saved").isEqualTo(before);
        assertThat(html).contains("class=\"error-summary\"");
        return html;
    }

    @Test
    void listShowsTheOrganisationsAnAdministratorManages() throws Exception {
        String html = mvc.perform(get("/organisations/manage").with(Users.admin()).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Organizaciones</h1>", "Dirección Nacional de Ciberseguridad",
                "Organización de los Estados Americanos", "Sin país (alcance regional)",
                "data-confirm=\"¿Eliminar la organización «Universidad de la República»? No se puede deshacer.\"");
    }

    @Test
    void listOfANationalCoordinatorHoldsOnlyTheirCountry() throws Exception {
        String html = mvc.perform(get("/organisations/manage").with(Users.nationalCoordinator("MX")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("CERT-MX")
                .doesNotContain("Dirección Nacional de Ciberseguridad", "Organización de los Estados Americanos", "AGESIC");
        assertThat(html).contains("<option value=\"MX\">México</option>").doesNotContain("<option value=\"AR\"");
    }

    @Test
    void listFiltersByCountryAndType() throws Exception {
        String html = mvc.perform(get("/organisations/manage?country=uy&type=ACADEMIA").with(Users.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Universidad de la República").doesNotContain("AGESIC", "CERT-MX");
    }

    @Test
    void creatingAnOrganisationSavesItAndSaysSo() throws Exception {
        String name = unique("Ministerio de Modernización");
        mvc.perform(submit(name, "GOVERNMENT", "AR", "https://www.example.gob.ar", "contacto@example.org"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organisations/manage"))
                .andExpect(flash().attribute("noticeKey", "directory.organisation.created"));
        assertThat(directory.organisationsIn("AR")).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo(name);
            assertThat(o.type()).isEqualTo(OrganisationType.GOVERNMENT);
            assertThat(o.website()).isEqualTo("https://www.example.gob.ar");
        });
    }

    @Test
    void newFormIsAccessibleWithLabelledFields() throws Exception {
        String html = mvc.perform(get("/organisations/manage/new").with(Users.admin()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Register an organisation</h1>", "<label for=\"name\">Name</label>",
                "<label for=\"contactEmail\">Contact e-mail</label>", "id=\"contactEmail\"",
                "name=\"_csrf\"", "<option value=\"REGIONAL_ORGANISATION\">Regional organisation</option>");
    }

    @Test
    void emptyNameIsExplainedBesideTheFieldAndNothingIsSaved() throws Exception {
        String html = formWithErrors(submit(" ", "GOVERNMENT", "AR", "", ""), "es");
        assertThat(html).contains("<a href=\"#name\">Escriba el nombre de la organización.</a>",
                "<p class=\"field-error\" id=\"name-error\">Escriba el nombre de la organización.</p>",
                "aria-invalid=\"true\"", "aria-describedby=\"name-error\"");
    }

    @Test
    void unknownCountryIsExplainedInTheVisitorsLanguage() throws Exception {
        String html = formWithErrors(submit(unique("Agencia"), "GOVERNMENT", "ES", "", ""), "pt");
        assertThat(html).contains("id=\"country-error\">“ES” não é um Estado membro. Escolha um país da lista.</p>",
                "aria-describedby=\"country-hint country-error\"");
    }

    @Test
    void governmentBodyWithoutCountryIsRefused() throws Exception {
        String html = formWithErrors(submit(unique("Agencia"), "GOVERNMENT", "", "", ""), "en");
        assertThat(html).contains("Choose the country: this type of organisation belongs to a member state.");
    }

    @Test
    void malformedEmailIsExplainedBesideTheField() throws Exception {
        String html = formWithErrors(submit(unique("Agencia"), "GOVERNMENT", "AR", "", "sin-arroba.org"), "fr");
        assertThat(html).contains("id=\"contactEmail-error\">Indiquez une adresse électronique valide",
                "aria-describedby=\"contactEmail-error\"");
    }

    @Test
    void plainHttpWebsiteIsRefused() throws Exception {
        String html = formWithErrors(submit(unique("Agencia"), "GOVERNMENT", "AR", "http://www.gob.ar", ""), "es");
        assertThat(html).contains("id=\"website-error\">Escriba una dirección web que empiece por https://");
    }

    @Test
    void fieldsOverTheirLengthAreEachExplained() throws Exception {
        var request = post("/organisations/manage/new").with(csrf()).with(Users.admin())
                .param("name", "n".repeat(201)).param("acronym", "A".repeat(31)).param("type", "DONOR")
                .param("country", "").param("website", "https://example.org/" + "p".repeat(300))
                .param("contactEmail", "a".repeat(250) + "@example.org");
        String html = formWithErrors(request, "es");
        assertThat(html).contains("El nombre puede tener como máximo 200 caracteres.",
                "La sigla puede tener como máximo 30 caracteres.",
                "La dirección web puede tener como máximo 300 caracteres.",
                "El correo electrónico puede tener como máximo 254 caracteres.");
    }

    @Test
    void unknownTypeIsExplainedBesideTheField() throws Exception {
        String html = formWithErrors(submit(unique("Agencia"), "EMBASSY", "AR", "", ""), "es");
        assertThat(html).contains("id=\"type-error\">Elija un tipo de organización de la lista.</p>");
    }

    @Test
    void duplicateNameInTheSameCountryIsExplainedOnTheName() throws Exception {
        String html = formWithErrors(submit("dirección  NACIONAL de ciberseguridad", "GOVERNMENT", "AR", "", ""), "es");
        assertThat(html).contains("id=\"name-error\">Ya existe una organización llamada «dirección  NACIONAL de ciberseguridad» en ese país.");
    }

    @Test
    void editingChangesTheOrganisation() throws Exception {
        String name = unique("Observatorio");
        mvc.perform(submit(name, "CIVIL_SOCIETY", "CO", "", "")).andExpect(status().is3xxRedirection());
        long id = directory.organisationsIn("CO").stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
        String form = mvc.perform(get("/organisations/manage/" + id).with(Users.admin()).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<h1>Editar la organización</h1>", "value=\"" + name + "\"", "data-confirm=");
        mvc.perform(post("/organisations/manage/" + id).with(csrf()).with(Users.admin())
                        .param("name", name + " renombrado").param("type", "ACADEMIA").param("country", "CO")
                        .param("website", "https://www.example.edu.co").param("contactEmail", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "directory.organisation.updated"));
        var changed = directory.organisation(id).orElseThrow();
        assertThat(changed.name()).isEqualTo(name + " renombrado");
        assertThat(changed.type()).isEqualTo(OrganisationType.ACADEMIA);
        assertThat(changed.contactEmail()).isNull();
    }

    @Test
    void deletingRemovesTheOrganisation() throws Exception {
        String name = unique("Fundación");
        mvc.perform(submit(name, "CIVIL_SOCIETY", "PE", "", "")).andExpect(status().is3xxRedirection());
        long id = directory.organisationsIn("PE").stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
        mvc.perform(post("/organisations/manage/" + id + "/delete").with(csrf()).with(Users.admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "directory.organisation.removed"));
        assertThat(directory.organisation(id)).isEmpty();
    }

    @Test
    void editingAnUnknownOrganisationIsTheNotFoundPage() throws Exception {
        mvc.perform(get("/organisations/manage/987654321").with(Users.admin())).andExpect(status().isNotFound());
    }
}
