package lat.faro.insight.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import lat.faro.assessment.AssessmentQueries;
import lat.faro.assessment.RoundView;
import lat.faro.insight.ImportPreview;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesIntegrationTests {

    static final String HEADER = "country,round,framework,element,stage,source,note\n";
    static final String SAMPLE = "/samples/historic-results.csv";

    @Autowired MockMvc mvc;
    @Autowired AssessmentQueries assessments;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor person(String email, Grant grant) {
        return user(email).authorities(new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()));
    }

    static RequestPostProcessor programmeCoordinator() {
        return person("pc.pages@test.faro.lat", Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static RequestPostProcessor otherProgrammeCoordinator() {
        return person("other.pc.pages@test.faro.lat", Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static RequestPostProcessor nationalCoordinator() {
        return person("nc.mx.pages@test.faro.lat", Grant.country(Role.NATIONAL_COORDINATOR, "MX"));
    }

    static String newLabel() {
        return "2016-" + UUID.randomUUID();
    }

    static AbstractMockHttpServletRequestBuilder<?> upload(String csv, RequestPostProcessor who, String language) {
        return upload(csv.getBytes(UTF_8), "resultados.csv", who, language);
    }

    static AbstractMockHttpServletRequestBuilder<?> upload(byte[] content, String name, RequestPostProcessor who, String language) {
        return multipart("/insight/imports").file(new MockMultipartFile("file", name, "text/csv", content))
                .with(csrf()).with(who).header("Accept-Language", language);
    }

    String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Uploads a file that has no errors and gives the preview page's address. */
    String uploadForPreview(String csv) throws Exception {
        String location = mvc.perform(upload(csv, programmeCoordinator(), "es")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/insight/imports/[0-9a-f]{48}");
        return location;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    RoundView round(String label) {
        return assessments.roundLabelled(label).orElseThrow();
    }

    Map<String, Integer> stages(long roundId) {
        var stages = new TreeMap<String, Integer>();
        jdbc.sql("select country, element_id, stage from imported_result where round_id = ?").param(roundId)
                .query((rs, n) -> stages.put(rs.getString("country") + " " + rs.getString("element_id"), rs.getInt("stage")))
                .list();
        return stages;
    }

    @Test
    void aProgrammeCoordinatorUploadsPreviewsConfirmsAndPublishes() throws Exception {
        String label = newLabel();
        String form = html(get("/insight/imports").with(programmeCoordinator()).header("Accept-Language", "es"));
        assertThat(form).contains("<h1>Importar resultados históricos</h1>", "enctype=\"multipart/form-data\"",
                "href=\"/samples/historic-results.csv\"").doesNotContain("error-summary");

        long results = count("imported_result");
        String preview = uploadForPreview(HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "MEX," + label + ",faro-national-2016,D1.1.1,Consolidado,,\n");
        assertThat(count("imported_result")).as("nothing imported before the confirmation").isEqualTo(results);
        assertThat(assessments.roundLabelled(label)).isEmpty();

        String page = html(get(preview).with(programmeCoordinator()).header("Accept-Language", "es"));
        assertThat(page).contains("<h1>Vista previa de la importación</h1>",
                "El archivo «resultados.csv» tiene 2 filas y no tiene errores.",
                "<th scope=\"row\">Se agregan</th><td>2</td>", "<th scope=\"row\">Se reemplazan</th><td>0</td>",
                "<th scope=\"row\">Ya estaban guardados igual</th><td>0</td>",
                "<td>" + label + "</td>", "<code>faro-national-2016@1.0.0</code>", "<td>Se crea</td>",
                "action=\"" + preview + "\"", ">Importar</button>");

        MvcResult confirmed = mvc.perform(post(preview).with(csrf()).with(programmeCoordinator()).header("Accept-Language", "es"))
                .andExpect(redirectedUrl("/insight/imports/done")).andReturn();
        ImportPreview done = (ImportPreview) confirmed.getFlashMap().get("done");
        RoundView round = round(label);
        assertThat(done.added()).isEqualTo(2);
        assertThat(stages(round.id())).containsExactly(Map.entry("AR D1.1.1", 2), Map.entry("MX D1.1.1", 3));

        String finished = html(get("/insight/imports/done").flashAttr("done", done).with(programmeCoordinator())
                .header("Accept-Language", "es"));
        assertThat(finished).contains("<h1>Importación terminada</h1>",
                "Se importó «resultados.csv»: 2 resultados agregados, 0 reemplazados y 0 sin cambios.",
                "<a href=\"/insight/imports/rounds/" + round.id() + "\">Ronda «" + label + "»: 2 resultados</a>");
        // The page of a finished import, opened again later, is the upload form.
        mvc.perform(get("/insight/imports/done").with(programmeCoordinator())).andExpect(redirectedUrl("/insight/imports"));
        // The file is no longer waiting.
        mvc.perform(get(preview).with(programmeCoordinator())).andExpect(status().isNotFound());

        String roundPage = "/insight/imports/rounds/" + round.id();
        assertThat(html(get(roundPage).with(programmeCoordinator()).header("Accept-Language", "es")))
                .contains("Resultados importados de la ronda «" + label + "»", "<dd>2</dd>",
                        "Sin publicar: todavía no cuentan en las estadísticas", ">Publicar los resultados importados</button>");

        mvc.perform(post("/insight/rounds/" + round.id() + "/publish").with(csrf()).with(programmeCoordinator()))
                .andExpect(redirectedUrl(roundPage)).andExpect(flash().attribute("published", true));
        assertThat(html(get(roundPage).flashAttr("published", true).with(programmeCoordinator()).header("Accept-Language", "es")))
                .contains("Los resultados importados de la ronda están publicados.", "Publicados: cuentan en las estadísticas")
                .doesNotContain(">Publicar los resultados importados</button>");
        assertThat(html(get(roundPage).with(programmeCoordinator()).header("Accept-Language", "en")))
                .contains("Published: they count in the statistics");
    }

    @Test
    void aFileWithErrorsComesBackWithItsProblemsByLine() throws Exception {
        String label = newLabel();
        String csv = HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "XX," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "UY," + label + ",faro-national-2016,D1.1.1,seis,,\n";
        long pending = count("pending_import");

        String spanish = html(upload(csv, programmeCoordinator(), "es"));
        assertThat(spanish).contains("class=\"error-summary\"", "El archivo «resultados.csv» no se importó: 2 problema(s)",
                "<th scope=\"col\">Línea</th>",
                "<td>3</td>", "<code>country</code>",
                "<td>«XX» no es el código ISO 3166-1 (alfa-2 o alfa-3) de un Estado miembro.</td>",
                "<td>4</td>", "<code>stage</code>",
                "<td>«seis» no es una etapa: use un número del 1 al 5 o su nombre (inicial, formativo, consolidado, estratégico, dinámico).</td>");

        String english = html(upload(csv, programmeCoordinator(), "en"));
        assertThat(english).contains("The file &quot;resultados.csv&quot; was not imported: 2 problem(s)", "<th scope=\"col\">Line</th>",
                "<td>&quot;XX&quot; is not the ISO 3166-1 code (alpha-2 or alpha-3) of a member state.</td>",
                "<td>&quot;seis&quot; is not a stage: use a number from 1 to 5 or its name (start-up, formative, established, strategic, dynamic).</td>");

        String header = html(upload("country,round,element,stge\nAR,x,D1.1.1,2\n", programmeCoordinator(), "es"));
        assertThat(header).contains("<td>1</td>", "<code>header</code>",
                "<td>La columna «stge» no existe. Las columnas son country, round, framework, element, stage y, opcionales, source, note.</td>",
                "<td>Falta la columna obligatoria «framework».</td>", "<td>Falta la columna obligatoria «stage».</td>");

        String noFile = html(multipart("/insight/imports").with(csrf()).with(programmeCoordinator()).header("Accept-Language", "es"));
        assertThat(noFile).contains("<td>Elija un archivo CSV o XLSX.</td>");
        assertThat(count("pending_import")).isEqualTo(pending);
    }

    @Test
    void aFileThatChangesNothingIsPreviewedWithoutAnImportButton() throws Exception {
        String label = newLabel();
        String csv = HEADER + "CL," + label + ",faro-national-2016,D1.1.1,2,,\n";
        String first = uploadForPreview(csv);
        mvc.perform(post(first).with(csrf()).with(programmeCoordinator())).andExpect(redirectedUrl("/insight/imports/done"));

        String again = html(get(uploadForPreview(csv)).with(programmeCoordinator()).header("Accept-Language", "es"));
        assertThat(again).contains("El archivo no cambia nada: todos sus resultados ya están guardados.",
                "<th scope=\"row\">Ya estaban guardados igual</th><td>1</td>", "<td>Ya existe</td>")
                .doesNotContain(">Importar</button>");
    }

    @Test
    void aFileThatNoLongerFitsWhenConfirmedComesBackWithItsProblems() throws Exception {
        String label = newLabel();
        String preview = uploadForPreview(HEADER + "CO," + label + ",faro-national-2016,D1.1.1,2,,\n");
        String other = uploadForPreview(HEADER + "CO," + label + ",faro-national-2016,D1.1.1,4,,\n");
        mvc.perform(post(other).with(csrf()).with(programmeCoordinator())).andExpect(redirectedUrl("/insight/imports/done"));

        String conflict = "<td>CO, «" + label + "», D1.1.1: ya está guardada la etapa 4 y el archivo indica 2. "
                + "Marque «reemplazar» si el archivo es el correcto.</td>";
        assertThat(html(get(preview).with(programmeCoordinator()).header("Accept-Language", "es")))
                .contains("class=\"error-summary\"", "El archivo «resultados.csv» no se importó: 1 problema(s)", conflict)
                .doesNotContain(">Importar</button>");

        String page = html(post(preview).with(csrf()).with(programmeCoordinator()).header("Accept-Language", "es"));

        assertThat(page).contains("class=\"error-summary\"", "<td>2</td>",
                "<td>CO, «" + label + "», D1.1.1: ya está guardada la etapa 4 y el archivo indica 2. Marque «reemplazar» si el archivo es el correcto.</td>");
        assertThat(stages(round(label).id())).containsExactly(Map.entry("CO D1.1.1", 4));
    }

    @Test
    void publishingARoundWithoutImportedResultsSaysSo() throws Exception {
        RoundView demo = round("Estudio regional 2026");
        String roundPage = "/insight/imports/rounds/" + demo.id();
        MvcResult result = mvc.perform(post("/insight/rounds/" + demo.id() + "/publish").with(csrf()).with(programmeCoordinator()))
                .andExpect(redirectedUrl(roundPage)).andReturn();

        var flash = result.getFlashMap();
        var request = get(roundPage).with(programmeCoordinator()).header("Accept-Language", "es");
        flash.forEach(request::flashAttr);
        assertThat(html(request)).contains("La ronda «Estudio regional 2026» no tiene resultados importados que publicar.")
                .doesNotContain("Los resultados importados de la ronda están publicados.");
        assertThat(count("imported_round_publication where round_id = " + demo.id())).isZero();
    }

    @Test
    void aPreviewIsOnlyItsImportersAndAnUnknownRoundIsNotFound() throws Exception {
        String preview = uploadForPreview(HEADER + "CR," + newLabel() + ",faro-national-2016,D1.1.1,2,,\n");
        long results = count("imported_result");

        mvc.perform(get(preview).with(otherProgrammeCoordinator())).andExpect(status().isNotFound());
        mvc.perform(post(preview).with(csrf()).with(otherProgrammeCoordinator())).andExpect(status().isNotFound());
        mvc.perform(get("/insight/imports/" + "0".repeat(48)).with(programmeCoordinator())).andExpect(status().isNotFound());
        mvc.perform(get("/insight/imports/rounds/" + Long.MAX_VALUE).with(programmeCoordinator())).andExpect(status().isNotFound());
        mvc.perform(post("/insight/rounds/" + Long.MAX_VALUE + "/publish").with(csrf()).with(programmeCoordinator()))
                .andExpect(status().isNotFound());
        assertThat(count("imported_result")).isEqualTo(results);
        // Still waiting for its importer.
        mvc.perform(get(preview).with(programmeCoordinator())).andExpect(status().isOk());
    }

    @Test
    void aNationalCoordinatorIsRefusedOnEveryImportPage() throws Exception {
        String preview = uploadForPreview(HEADER + "MX," + newLabel() + ",faro-national-2016,D1.1.1,2,,\n");
        long round = round("Estudio regional 2026").id();
        long results = count("imported_result");
        long pending = count("pending_import");
        List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                get("/insight/imports"),
                upload(HEADER + "MX," + newLabel() + ",faro-national-2016,D1.1.1,2,,\n", nationalCoordinator(), "es"),
                get(preview), post(preview).with(csrf()), get("/insight/imports/done"),
                get("/insight/imports/rounds/" + round), post("/insight/rounds/" + round + "/publish").with(csrf()));
        for (var request : requests) {
            mvc.perform(request.with(nationalCoordinator())).andExpect(status().isForbidden());
        }
        assertThat(count("imported_result")).isEqualTo(results);
        assertThat(count("pending_import")).isEqualTo(pending);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (var request : List.of(get("/insight/imports"), get("/insight/imports/" + "0".repeat(48)),
                get("/insight/imports/done"), get("/insight/imports/rounds/1"),
                multipart("/insight/imports").file(new MockMultipartFile("file", "r.csv", "text/csv", HEADER.getBytes(UTF_8)))
                        .with(csrf()),
                post("/insight/rounds/1/publish").with(csrf()))) {
            mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void theSampleFileIsPublicAndImportsCleanly() throws Exception {
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/static" + SAMPLE)) {
            assertThat(in).isNotNull();
            sample = in.readAllBytes();
        }
        byte[] served = mvc.perform(get(SAMPLE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(sample);

        String preview = mvc.perform(upload(sample, "historic-results.csv", programmeCoordinator(), "es"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(preview).as("the sample has no errors").matches("/insight/imports/[0-9a-f]{48}");
        MvcResult confirmed = mvc.perform(post(preview).with(csrf()).with(programmeCoordinator()))
                .andExpect(redirectedUrl("/insight/imports/done")).andReturn();
        ImportPreview done = (ImportPreview) confirmed.getFlashMap().get("done");

        // Whether this run added them or an earlier one in the same database did, the round holds the sample's results.
        assertThat(done.added() + done.unchanged()).isEqualTo(8);
        assertThat(done.replaced()).isZero();
        RoundView round = round("2016");
        assertThat(round.framework()).hasToString("faro-national-2016@1.0.0");
        assertThat(stages(round.id())).containsExactly(
                Map.entry("AR D1.1.1", 2), Map.entry("AR D2.1.1", 1), Map.entry("BR D1.1.1", 2), Map.entry("BR D2.1.1", 2),
                Map.entry("MX D1.1.1", 3), Map.entry("MX D2.1.1", 1), Map.entry("UY D1.1", 3), Map.entry("UY D2.1.1", 2));
    }
}
