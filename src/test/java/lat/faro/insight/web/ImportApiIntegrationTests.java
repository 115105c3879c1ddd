package lat.faro.insight.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import lat.faro.assessment.AssessmentQueries;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiIntegrationTests {

    static final String HEADER = "country,round,framework,element,stage,source,note\n";
    static final String PROBLEM_JSON = "application/problem+json";

    @Autowired MockMvc mvc;
    @Autowired AssessmentQueries assessments;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor person(String email, Grant grant) {
        return user(email).authorities(new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()));
    }

    static RequestPostProcessor programmeCoordinator() {
        return person("pc.api@test.faro.lat", Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static RequestPostProcessor nationalCoordinator() {
        return person("nc.mx.api@test.faro.lat", Grant.country(Role.NATIONAL_COORDINATOR, "MX"));
    }

    static String newLabel() {
        return "2016-" + UUID.randomUUID();
    }

    static AbstractMockHttpServletRequestBuilder<?> importing(String csv) {
        return multipart("/api/v1/imports/historic").file(new MockMultipartFile("file", "resultados.csv", "text/csv", csv.getBytes(UTF_8)))
                .with(csrf()).accept(MediaType.APPLICATION_JSON);
    }

    /** Results, batches and rounds stored. */
    String counts() {
        return count("imported_result") + "/" + count("import_batch") + "/" + count("assessment_round");
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aDryRunAnswersWithThePreviewAndWritesNothing() throws Exception {
        String label = newLabel();
        String before = counts();

        mvc.perform(importing(HEADER + "AR," + label + ",faro-national-2016,D1.1.1,2,,\nBR," + label + ",faro-national-2016,D1.1.1,3,,\n")
                        .param("dryRun", "true").with(programmeCoordinator()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.fileName").value("resultados.csv"))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.replaced").value(0))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.rounds", hasSize(1)))
                .andExpect(jsonPath("$.rounds[0].roundId").value(nullValue()))
                .andExpect(jsonPath("$.rounds[0].label").value(label))
                .andExpect(jsonPath("$.rounds[0].framework").value("faro-national-2016@1.0.0"))
                .andExpect(jsonPath("$.rounds[0].created").value(true))
                .andExpect(jsonPath("$.rounds[0].countries").value(2))
                .andExpect(jsonPath("$.rounds[0].results").value(2));

        assertThat(counts()).isEqualTo(before);
        assertThat(assessments.roundLabelled(label)).isEmpty();
    }

    @Test
    void anImportAnswers201AndTheSameFileAgain200WithNothingAdded() throws Exception {
        String label = newLabel();
        String csv = HEADER + "AR," + label + ",faro-national-2016,D1.1.1,2,,\nBR," + label + ",faro-national-2016,D1.1.1,3,,\n";

        mvc.perform(importing(csv).with(programmeCoordinator()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.rounds[0].created").value(true));
        long round = assessments.roundLabelled(label).orElseThrow().id();
        String before = counts();

        mvc.perform(importing(csv).with(programmeCoordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.rounds[0].roundId").value(round))
                .andExpect(jsonPath("$.rounds[0].created").value(false));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void replaceTrueReplacesAContradictedResult() throws Exception {
        String label = newLabel();
        mvc.perform(importing(HEADER + "CL," + label + ",faro-national-2016,D1.1.1,2,,\n").with(programmeCoordinator()))
                .andExpect(status().isCreated());
        String changed = HEADER + "CL," + label + ",faro-national-2016,D1.1.1,Dynamic,,\n";
        String before = counts();

        mvc.perform(importing(changed).with(programmeCoordinator()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"))
                .andExpect(jsonPath("$.errors[0].line").value("2"))
                .andExpect(jsonPath("$.errors[0].message").value("CL, \"" + label
                        + "\", D1.1.1: stage 2 is stored and the file says 5. Tick \"replace\" if the file is right."));
        assertThat(counts()).isEqualTo(before);

        mvc.perform(importing(changed).param("replace", "true").with(programmeCoordinator()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.replaced").value(1))
                .andExpect(jsonPath("$.added").value(0));
        long round = assessments.roundLabelled(label).orElseThrow().id();
        assertThat(jdbc.sql("select stage from imported_result where round_id = ? and country = 'CL'").param(round)
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void errorsAre400ProblemsWithFieldLineAndMessageInTheCallersLanguage() throws Exception {
        String label = newLabel();
        String csv = HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "XX," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "UY," + label + ",faro-national-2016,D9.9,6,,\n";
        String before = counts();

        mvc.perform(importing(csv).with(programmeCoordinator()).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("country"))
                .andExpect(jsonPath("$.errors[0].line").value("3"))
                .andExpect(jsonPath("$.errors[0].message").value("«XX» no es el código ISO 3166-1 (alfa-2 o alfa-3) de un Estado miembro."))
                .andExpect(jsonPath("$.errors[1].field").value("element"))
                .andExpect(jsonPath("$.errors[1].line").value("4"))
                .andExpect(jsonPath("$.errors[1].message").value("«D9.9» no es un factor ni un aspecto de faro-national-2016@1.0.0."))
                .andExpect(jsonPath("$.errors[2].field").value("stage"))
                .andExpect(jsonPath("$.errors[2].line").value("4"));

        mvc.perform(importing(csv).with(programmeCoordinator()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message").value("\"XX\" is not the ISO 3166-1 code (alpha-2 or alpha-3) of a member state."))
                .andExpect(jsonPath("$.errors[2].message").value(
                        "\"6\" is not a stage: use a number from 1 to 5 or its name (start-up, formative, established, strategic, dynamic)."));

        mvc.perform(importing("country;round\n").with(programmeCoordinator()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("header"))
                .andExpect(jsonPath("$.errors[0].line").value("1"))
                .andExpect(jsonPath("$.errors[0].message").value("The required column \"framework\" is missing."));

        mvc.perform(multipart("/api/v1/imports/historic").file(new MockMultipartFile("file", "r.csv", "text/csv", new byte[] {'a', (byte) 0xE9, '\n'}))
                        .with(csrf()).with(programmeCoordinator()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].line").value("1"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The text is not UTF-8 from this line on. In Excel, save it as \"CSV UTF-8 (Comma delimited)\"."));

        mvc.perform(multipart("/api/v1/imports/historic").with(csrf()).with(programmeCoordinator()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose a CSV or XLSX file."));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotAMultipartFormIs415Problem() throws Exception {
        mvc.perform(post("/api/v1/imports/historic").with(csrf()).with(programmeCoordinator()).contentType(MediaType.TEXT_PLAIN)
                        .content(HEADER).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));
    }

    @Test
    void publishesARoundOnceAndRefusesARoundWithNothingToPublish() throws Exception {
        String label = newLabel();
        mvc.perform(importing(HEADER + "PE," + label + ",faro-national-2016,D1.1.1,2,,\n").with(programmeCoordinator()))
                .andExpect(status().isCreated());
        long round = assessments.roundLabelled(label).orElseThrow().id();

        for (int time = 0; time < 2; time++) {
            mvc.perform(post("/api/v1/imports/rounds/" + round + "/publish").with(csrf()).with(programmeCoordinator())
                            .accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.roundId").value(round))
                    .andExpect(jsonPath("$.published").value(true));
        }
        assertThat(count("imported_round_publication where round_id = " + round)).isEqualTo(1);

        long demo = assessments.roundLabelled("Estudio regional 2026").orElseThrow().id();
        mvc.perform(post("/api/v1/imports/rounds/" + demo + "/publish").with(csrf()).with(programmeCoordinator())
                        .header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("round"))
                .andExpect(jsonPath("$.errors[0].message").value("Round \"Estudio regional 2026\" has no imported results to publish."));
        mvc.perform(post("/api/v1/imports/rounds/" + Long.MAX_VALUE + "/publish").with(csrf()).with(programmeCoordinator())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));
    }

    @Test
    void theOpenApiDocumentDescribesTheUploadAsAMultipartForm() throws Exception {
        String upload = "$.paths['/api/v1/imports/historic'].post";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(upload + ".requestBody.content['multipart/form-data'].schema['$ref']")
                        .value("#/components/schemas/HistoricImportForm"))
                .andExpect(jsonPath(upload + ".requestBody.content['application/json']").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.HistoricImportForm.properties.file.format").value("binary"))
                .andExpect(jsonPath(upload + ".parameters[*].name").value(containsInAnyOrder("replace", "dryRun")))
                .andExpect(jsonPath("$.paths['/api/v1/imports/rounds/{roundId}/publish'].post").exists());
    }

    @Test
    void nationalCoordinatorsAre403AndAnonymousCallers401() throws Exception {
        String label = newLabel();
        String csv = HEADER + "MX," + label + ",faro-national-2016,D1.1.1,2,,\n";
        long demo = assessments.roundLabelled("Estudio regional 2026").orElseThrow().id();
        String before = counts();

        mvc.perform(importing(csv).with(nationalCoordinator()))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));
        mvc.perform(importing(csv).param("dryRun", "true").with(nationalCoordinator()))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));
        mvc.perform(post("/api/v1/imports/rounds/" + demo + "/publish").with(csrf()).with(nationalCoordinator())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));

        mvc.perform(importing(csv))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));
        mvc.perform(post("/api/v1/imports/rounds/" + demo + "/publish").with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));

        assertThat(counts()).isEqualTo(before);
        assertThat(assessments.roundLabelled(label)).isEmpty();
    }
}
