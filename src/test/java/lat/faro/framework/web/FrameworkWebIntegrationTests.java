package lat.faro.framework.web;

import static lat.faro.framework.TestFrameworks.bytes;
import static lat.faro.framework.TestFrameworks.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import lat.faro.framework.TestFrameworks;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkWebIntegrationTests {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    static final String INDICATOR_ES = "No existe una estrategia nacional de ciberseguridad; el tema aparece, como mucho,";
    static final String INDICATOR_EN = "There is no national cybersecurity strategy; the subject appears at most";
    static final String NATIONAL_2021 = "/frameworks/faro-national-2021/1.0.0";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor admin() {
        return user("admin@example.org").authorities(new SimpleGrantedAuthority(Grant.programme(Role.ADMIN).authority()),
                new SimpleGrantedAuthority(Role.ADMIN.authority()));
    }

    static RequestPostProcessor nationalCoordinator() {
        return user("nc.uy@example.org").authorities(
                new SimpleGrantedAuthority(Grant.country(Role.NATIONAL_COORDINATOR, "UY").authority()),
                new SimpleGrantedAuthority(Role.NATIONAL_COORDINATOR.authority()));
    }

    static String newId() {
        return "test-model-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The test model without the stage-3 indicator of its second aspect. */
    static String lackingStage3() {
        return TestFrameworks.modelWithoutTheLineHolding("{id: D1.1.2-3a,");
    }

    long rows() {
        return jdbc.sql("select count(*) from framework_file").query(Long.class).single();
    }

    ResultActions postFile(String yaml, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(post("/api/v1/frameworks").with(csrf()).with(who).header("Accept-Language", language)
                .contentType(YAML).content(bytes(yaml)));
    }

    ResultActions uploadPage(byte[] file, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/admin/frameworks").file(new MockMultipartFile("file", "model.yaml", "application/yaml", file))
                .with(csrf()).with(who));
    }

    @Test
    void anyoneSeesTheListOfFrameworks() throws Exception {
        mvc.perform(get("/frameworks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Marcos de evaluación")))
                .andExpect(content().string(containsString("href=\"" + NATIONAL_2021 + "\"")))
                .andExpect(content().string(containsString("Modelo nacional de capacidad en ciberseguridad Faro (estructura 2021)")))
                .andExpect(content().string(containsString("faro-national-2016@1.0.0 → faro-national-2021@1.0.0")))
                .andExpect(content().string(not(containsString("href=\"/admin/frameworks\""))));
    }

    @Test
    void anAdminIsOfferedTheUploadFromTheList() throws Exception {
        mvc.perform(get("/frameworks").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/frameworks\"")));
    }

    @Test
    void aFrameworkPageShowsIndicatorsInSpanishByDefault() throws Exception {
        mvc.perform(get(NATIONAL_2021))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(INDICATOR_ES)))
                .andExpect(content().string(not(containsString(INDICATOR_EN))));
    }

    @Test
    void aFrameworkPageShowsIndicatorsInEnglishToABrowserAskingForIt() throws Exception {
        mvc.perform(get(NATIONAL_2021).header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(INDICATOR_EN)))
                .andExpect(content().string(containsString("Strategy Development")));
    }

    @Test
    void aFrameworkPageFollowsTheChosenLanguageOverTheBrowsers() throws Exception {
        mvc.perform(get(NATIONAL_2021).header("Accept-Language", "es").cookie(new Cookie("faro_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(INDICATOR_EN)))
                .andExpect(content().string(not(containsString(INDICATOR_ES))));
    }

    @Test
    void anUnknownFrameworkOrVersionPageIsNotFound() throws Exception {
        mvc.perform(get("/frameworks/faro-national-2021/9.9.9")).andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/no-such-model/1.0.0")).andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/NOT_AN_ID/1.0")).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsTheShippedFrameworks() throws Exception {
        mvc.perform(get("/api/v1/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItems("faro-national-2016", "faro-national-2021", "faro-egov-baseline-1")))
                .andExpect(jsonPath("$[?(@.id == 'faro-national-2021')].units").value(62))
                .andExpect(jsonPath("$[?(@.id == 'faro-egov-baseline-1')].kind").value("control-baseline"));
        mvc.perform(get("/api/v1/frameworks/mappings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.from == 'faro-national-2016@1.0.0')].to").value("faro-national-2021@1.0.0"));
        mvc.perform(get("/api/v1/frameworks/faro-national-2021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].version").value("1.0.0"));
    }

    @Test
    void theApiGivesAWholeFrameworkWithItsFiveDimensions() throws Exception {
        mvc.perform(get("/api/v1/frameworks/faro-national-2021/1.0.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework.id").value("faro-national-2021"))
                .andExpect(jsonPath("$.dimensions", hasSize(5)))
                .andExpect(jsonPath("$.dimensions[0].factors[0].aspects[0].id").value("D1.1.1"))
                .andExpect(jsonPath("$.dimensions[0].factors[0].aspects[0].indicators[0].text.en").value(containsString(INDICATOR_EN)));
    }

    @Test
    void theApiAnswersAnUnknownIdOrVersionWithA404Problem() throws Exception {
        mvc.perform(get("/api/v1/frameworks/faro-national-2021/9.9.9").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("There is no framework faro-national-2021@9.9.9."));
        mvc.perform(get("/api/v1/frameworks/no-such-model"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("No existe el marco no-such-model."));
        mvc.perform(get("/api/v1/frameworks/no-such-model/1.0.0"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void anAnonymousUploadIsUnauthorised() throws Exception {
        mvc.perform(post("/api/v1/frameworks").with(csrf()).contentType(YAML).content(bytes(TestFrameworks.model(newId(), "1.0.0"))))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aSignedInPersonWhoIsNotAnAdminMayNotUpload() throws Exception {
        long before = rows();
        postFile(TestFrameworks.model(newId(), "1.0.0"), nationalCoordinator(), "es")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anInvalidUploadIsA400ProblemNamingThePathAndLineInTheCallersLanguage() throws Exception {
        String file = lackingStage3();
        String line = Integer.toString(lineOf(file, "- id: D1.1.2"));
        long before = rows();

        postFile(file, admin(), "es")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("dimensions[0].factors[0].aspects[1]"))
                .andExpect(jsonPath("$.errors[0].line").value(line))
                .andExpect(jsonPath("$.errors[0].message").value("la etapa 3 no tiene ningún indicador."));
        postFile(file, admin(), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dimensions[0].factors[0].aspects[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("stage 3 has no indicator."))
                .andExpect(jsonPath("$.detail").value("dimensions[0].factors[0].aspects[1]: stage 3 has no indicator."));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aValidUploadIsCreatedAndThenServed() throws Exception {
        String id = newId();

        postFile(TestFrameworks.model(id, "1.0.0"), admin(), "es")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.version").value("1.0.0"))
                .andExpect(jsonPath("$.origin").value("uploaded"))
                .andExpect(jsonPath("$.units").value(3));
        mvc.perform(get("/api/v1/frameworks/" + id + "/1.0.0")).andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions[0].factors[1].indicators", hasSize(5)));
    }

    @Test
    void otherContentUnderAnExistingVersionIsA409Problem() throws Exception {
        String id = newId();
        String file = TestFrameworks.model(id, "1.0.0");
        postFile(file, admin(), "es").andExpect(status().isCreated());

        postFile(file.replace("Hay ideas sueltas.", "Hay otras ideas."), admin(), "en")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value(id + "@1.0.0 already exists with other content; upload a new version."));
    }

    @Test
    void everyYamlContentTypeIsAcceptedAndJsonIsA415Problem() throws Exception {
        for (String type : new String[] {"application/x-yaml", "text/yaml", "text/plain;charset=UTF-8"}) {
            mvc.perform(post("/api/v1/frameworks").with(csrf()).with(admin()).contentType(type)
                            .content(bytes(TestFrameworks.model(newId(), "1.0.0"))))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/frameworks").with(csrf()).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("Accept", containsString("application/yaml")));
    }

    @Test
    void theOpenApiDocumentDescribesTheFrameworkApiAndItsYamlUpload() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks/mappings'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks/{id}/{version}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks'].post.requestBody.content['application/yaml']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks'].post.requestBody.content['text/plain']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks'].post.requestBody.content['application/json']").doesNotExist());
    }

    @Test
    void anEmptyUploadIsA400ProblemSayingTheFileIsEmpty() throws Exception {
        mvc.perform(post("/api/v1/frameworks").with(csrf()).with(admin()).header("Accept-Language", "en").contentType(YAML))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is empty."));
    }

    @Test
    void onlyAnAdminReachesTheUploadPage() throws Exception {
        mvc.perform(get("/admin/frameworks").with(nationalCoordinator())).andExpect(status().isForbidden());
        long before = rows();
        uploadPage(bytes(TestFrameworks.model(newId(), "1.0.0")), nationalCoordinator()).andExpect(status().isForbidden());
        assertThat(rows()).isEqualTo(before);
        mvc.perform(get("/admin/frameworks").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<input type=\"file\" id=\"file\" name=\"file\"")))
                .andExpect(content().string(not(containsString("error-summary"))));
    }

    @Test
    void anInvalidFileOnTheUploadPageListsEveryProblemWithItsPath() throws Exception {
        String file = lackingStage3().replace("kind: maturity-model", "kind: maturity-model\nauthor: someone");
        long before = rows();

        String html = uploadPage(bytes(file), admin())
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("El archivo no se cargó: 2 problema(s)",
                "<code>author</code>", "La clave «author» no existe en el esquema.",
                "<code>dimensions[0].factors[0].aspects[1]</code>", "línea " + lineOf(file, "- id: D1.1.2"),
                "la etapa 3 no tiene ningún indicador.");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anUploadPageProblemDeepInALongFileGivesItsLineWithoutSeparators() throws Exception {
        String shipped = read("/frameworks/faro-national-2021.yaml");
        String[] lines = shipped.replace("version: \"1.0.0\"", "version: \"1.0.1\"").split("\n", -1);
        int index = 4001;
        assertThat(lines[index]).isEqualTo("                stage: 1");
        lines[index] = "                stage: 7";

        String html = uploadPage(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), admin())
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("línea 4002", "La etapa «7» no existe; use un número del 1 al 5.").doesNotContain("4.002");
    }

    @Test
    void aValidFileOnTheUploadPageLeadsToItsPageWhichSaysSo() throws Exception {
        String id = newId();

        var result = uploadPage(bytes(TestFrameworks.model(id, "1.0.0")), admin())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/frameworks/" + id + "/1.0.0"))
                .andReturn();

        mvc.perform(get("/frameworks/" + id + "/1.0.0").flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se cargó el marco " + id + "@1.0.0.")))
                .andExpect(content().string(containsString("Modelo de prueba")));
    }

    @Test
    void aFrameworkPageLinksEveryVersionAndMarksTheOneShown() throws Exception {
        String id = newId();
        postFile(TestFrameworks.model(id, "1.0.0"), admin(), "es").andExpect(status().isCreated());
        postFile(TestFrameworks.model(id, "1.1.0"), admin(), "es").andExpect(status().isCreated());

        String html = mvc.perform(get("/frameworks/" + id + "/1.1.0")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // The links are apart, so that the versions do not read as one "1.0.01.1.0".
        assertThat(html.replaceAll("\\s+", " ")).contains("<span>Versiones:</span> <a href=\"/frameworks/" + id + "/1.0.0\">1.0.0</a> "
                + "<a href=\"/frameworks/" + id + "/1.1.0\" aria-current=\"page\">1.1.0</a>");
    }

    @Test
    void aTextWithoutTheReadersLanguageIsShownInSpanishMarkedAsSpanish() throws Exception {
        String id = newId();
        postFile(TestFrameworks.model(id, "1.0.0"), admin(), "es").andExpect(status().isCreated());

        mvc.perform(get("/frameworks/" + id + "/1.0.0").header("Accept-Language", "pt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span lang=\"es\">Hay ideas sueltas.</span>")))
                .andExpect(content().string(containsString("<span lang=\"pt\">Há uma estratégia.</span>")));
    }

    static String read(String resource) throws IOException {
        try (InputStream in = FrameworkWebIntegrationTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
