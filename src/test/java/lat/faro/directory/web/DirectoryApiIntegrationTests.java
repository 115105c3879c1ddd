package lat.faro.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import lat.faro.directory.OrganisationCreated;
import lat.faro.directory.OrganisationRemoved;
import lat.faro.directory.OrganisationUpdated;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DirectoryApiIntegrationTests {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    final JsonMapper json = JsonMapper.builder().build();

    static String body(String name, String type, String country) {
        return """
                {"name": "%s", "acronym": "X", "type": "%s", "country": %s,
                 "website": "https://www.example.org", "contactEmail": "x@example.org"}
                """.formatted(name, type, country == null ? "null" : "\"" + country + "\"");
    }

    @org.junit.jupiter.api.Test
    void memberStatesAreCacheableWithAnEtagAndA304ForAClientThatHasThem() throws Exception {
        var first = mvc.perform(get("/api/v1/countries"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=3600")))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andExpect(jsonPath("$", hasSize(33)))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/v1/countries").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
    }

    ResultActions create(String body, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(post("/api/v1/organisations").with(csrf()).with(who).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long created(String body) throws Exception {
        String response = create(body, Users.admin(), "es").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listsThe33CountriesToAnyone() throws Exception {
        mvc.perform(get("/api/v1/countries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(33)))
                .andExpect(jsonPath("$[?(@.iso2 == 'KN')].names.pt").value("São Cristóvão e Névis"))
                .andExpect(jsonPath("$[?(@.iso2 == 'SR')].defaultLocale").value("nl"));
    }

    @Test
    void filtersCountriesBySubregion() throws Exception {
        mvc.perform(get("/api/v1/countries?subregion=NORTH_AMERICA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].iso2").value("MX"));
    }

    @Test
    void findsACountryByAlpha2OrAlpha3InAnyCase() throws Exception {
        mvc.perform(get("/api/v1/countries/gtm")).andExpect(status().isOk()).andExpect(jsonPath("$.iso2").value("GT"));
        mvc.perform(get("/api/v1/countries/Ht")).andExpect(status().isOk())
                .andExpect(jsonPath("$.names.fr").value("Haïti"))
                .andExpect(jsonPath("$.subregion").value("CARIBBEAN"))
                .andExpect(jsonPath("$.inRegionalStudy2016").value(true));
    }

    @Test
    void anUnknownCountryIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/countries/XX").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("There is no member state with the code “XX”."));
    }

    @Test
    void listsAndGetsProgrammes() throws Exception {
        mvc.perform(get("/api/v1/programmes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value("egov-cybersecurity"));
        mvc.perform(get("/api/v1/programmes/egov-cybersecurity"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targetCount").value(3))
                .andExpect(jsonPath("$.startYear").value(2017))
                .andExpect(jsonPath("$.endYear").value(2018))
                .andExpect(jsonPath("$.countries", hasSize(5)))
                .andExpect(jsonPath("$.countries[*].role", not(hasItem("PARTICIPATING"))))
                .andExpect(jsonPath("$.targets.es").value("Capacitación impartida en al menos 3 países beneficiarios."));
        mvc.perform(get("/api/v1/programmes/none")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void createsReadsUpdatesAndDeletesAnOrganisation() throws Exception {
        String name = unique("Agencia de Innovación");
        String response = create(body(name, "GOVERNMENT", "ar"), Users.admin(), "es")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.country").value("AR"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(response).get("id").asLong();
        mvc.perform(get("/api/v1/organisations/" + id).with(Users.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));
        mvc.perform(put("/api/v1/organisations/" + id).with(csrf()).with(Users.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body(name + " II", "GOVERNMENT", "AR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name + " II"));
        mvc.perform(delete("/api/v1/organisations/" + id).with(csrf()).with(Users.admin()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/organisations/" + id).with(Users.admin()))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void creationAnswersWithTheNewAddress() throws Exception {
        create(body(unique("Consejo Asesor"), "PARTNER", null), Users.programmeCoordinator(), "es")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/organisations/")));
    }

    @Test
    void everyChangePublishesAnAuditableEventNamingTheActor() throws Exception {
        String name = unique("Centro de Respuesta");
        long id = created(body(name, "GOVERNMENT", "CO"));
        mvc.perform(put("/api/v1/organisations/" + id).with(csrf()).with(Users.admin())
                .contentType(MediaType.APPLICATION_JSON).content(body(name, "ACADEMIA", "CO"))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/organisations/" + id).with(csrf()).with(Users.admin())).andExpect(status().isNoContent());
        assertThat(events.stream(OrganisationCreated.class)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin@example.org");
            assertThat(e.subject()).isEqualTo("organisation:" + id);
            assertThat(e.action()).isEqualTo("directory.organisation.created");
            assertThat(e.details()).containsEntry("country", "CO");
        });
        assertThat(events.stream(OrganisationUpdated.class)).singleElement()
                .satisfies(e -> assertThat(e.type().name()).isEqualTo("ACADEMIA"));
        assertThat(events.stream(OrganisationRemoved.class)).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo(name));
    }

    @Test
    void listsOrganisationsByPageWithFilters() throws Exception {
        mvc.perform(get("/api/v1/organisations?country=UY&type=GOVERNMENT&size=5").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].acronym", hasItem("AGESIC")))
                .andExpect(jsonPath("$.items[*].acronym", not(hasItem("Udelar"))))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.page").value(0));
    }

    @Test
    void aNationalCoordinatorListsOnlyTheirCountry() throws Exception {
        mvc.perform(get("/api/v1/organisations?size=100").with(Users.nationalCoordinator("MX")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].country", hasItem("MX")))
                .andExpect(jsonPath("$.items[*].country", not(hasItem("AR"))))
                .andExpect(jsonPath("$.items[?(@.country == null)]", hasSize(0)));
    }

    @Test
    void aNationalCoordinatorOfArgentinaMayRegisterInArgentina() throws Exception {
        create(body(unique("Oficina Nacional de Tecnologías"), "GOVERNMENT", "AR"), Users.nationalCoordinator("AR"), "es")
                .andExpect(status().isCreated());
    }

    @Test
    void aPageLargerThan100IsRefusedNamingSize() throws Exception {
        mvc.perform(get("/api/v1/organisations?size=101").with(Users.admin()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("The page size must be between 1 and 100."));
    }

    @Test
    void anUnknownCountryFilterIsRefusedNamingCountry() throws Exception {
        mvc.perform(get("/api/v1/organisations?country=ZZ").with(Users.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
    }

    @Test
    void anUnknownCountryIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        create(body(unique("Agencia"), "GOVERNMENT", "ES"), Users.admin(), "fr")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("country"))
                .andExpect(jsonPath("$.errors[0].message").value("« ES » n’est pas un État membre. Choisissez un pays dans la liste."));
    }

    @Test
    void aMissingCountryForAGovernmentBodyIsRefusedNamingCountry() throws Exception {
        create(body(unique("Agencia"), "GOVERNMENT", null), Users.admin(), "es")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
    }

    @Test
    void aMalformedEmailIsRefusedNamingContactEmail() throws Exception {
        create("""
                {"name": "%s", "type": "GOVERNMENT", "country": "AR", "contactEmail": "nadie@"}
                """.formatted(unique("Agencia")), Users.admin(), "es")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactEmail"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Escriba un correo electrónico válido")));
    }

    @Test
    void fieldsOverTheirLengthAreRefusedNamingEachField() throws Exception {
        create("""
                {"name": "%s", "acronym": "%s", "type": "DONOR", "website": "https://x.org/%s"}
                """.formatted("n".repeat(201), "a".repeat(31), "p".repeat(300)), Users.admin(), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("acronym")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("website")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("The name can be at most 200 characters long.")));
    }

    @Test
    void aDuplicateNameIsAConflictNamingName() throws Exception {
        String name = unique("Instituto de Ciberseguridad");
        created(body(name, "GOVERNMENT", "GT"));
        create(body(name.toUpperCase(), "ACADEMIA", "gt"), Users.admin(), "es")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        create(body(name, "ACADEMIA", "CR"), Users.admin(), "es").andExpect(status().isCreated());
    }

    @Test
    void renamingToATakenNameIsAConflict() throws Exception {
        String first = unique("Primera");
        created(body(first, "GOVERNMENT", "PA"));
        long second = created(body(unique("Segunda"), "GOVERNMENT", "PA"));
        mvc.perform(put("/api/v1/organisations/" + second).with(csrf()).with(Users.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body(first, "GOVERNMENT", "PA")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void keepingItsOwnNameIsNoConflict() throws Exception {
        String name = unique("Tercera");
        long id = created(body(name, "GOVERNMENT", "PA"));
        mvc.perform(put("/api/v1/organisations/" + id).with(csrf()).with(Users.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body(name.toLowerCase(), "GOVERNMENT", "PA")))
                .andExpect(status().isOk());
    }

    @Test
    void anSqlLookingNameIsStoredVerbatimAndHarmsNothing() throws Exception {
        String name = unique("Robert'); DROP TABLE organisation;--");
        long id = created(body(name, "CIVIL_SOCIETY", "JM"));
        mvc.perform(get("/api/v1/organisations/" + id).with(Users.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));
        mvc.perform(get("/api/v1/countries")).andExpect(jsonPath("$", hasSize(33)));
    }

    @Test
    void theOpenApiDocumentDescribesTheDirectoryEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/countries'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/countries/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{slug}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].delete").exists())
                .andExpect(jsonPath("$.components.schemas.OrganisationDraft.properties.contactEmail").exists());
    }
}
