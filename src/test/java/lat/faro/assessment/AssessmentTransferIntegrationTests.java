package lat.faro.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export and import of a whole assessment as a {@code faro-assessment} JSON document: the round
 * trip through an empty database loses nothing, and a bad document is refused as a whole with
 * every problem at its JSON path.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "faro.assessment.max-evidence-bytes=20000")
class AssessmentTransferIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] CSV = "indicador,estado\nD1.1.1-2a,cumplido\n".getBytes(StandardCharsets.UTF_8);
    /** The module's tables, children first. */
    static final List<String> TABLES = List.of("consultation_statement", "consultation_session", "roadmap_action", "decision",
            "assessment_transition", "factor_comment", "evidence", "evidence_blob", "judgement", "assessment", "assessment_round");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    static RequestPostProcessor person(String name, Grant grant) {
        return user(name).authorities(new SimpleGrantedAuthority(grant.authority()),
                new SimpleGrantedAuthority(grant.role().authority()));
    }

    static RequestPostProcessor admin() {
        return person("admin@example.org", Grant.programme(Role.ADMIN));
    }

    static RequestPostProcessor coordinator() {
        return person("nc.ar@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "AR"));
    }

    static RequestPostProcessor assessor() {
        return person("assessor.ar@example.org", Grant.country(Role.ASSESSOR, "AR"));
    }

    static RequestPostProcessor reviewer() {
        return person("reviewer@example.org", Grant.programme(Role.REVIEWER));
    }

    ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(request.with(csrf()).with(who).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    void ok(ResultActions result) throws Exception {
        int status = result.andReturn().getResponse().getStatus();
        assertThat(status).as(result.andReturn().getResponse().getContentAsString()).isBetween(200, 201);
    }

    void judge(long id, RequestPostProcessor who, String indicator, String body) throws Exception {
        ok(send(put("/api/v1/assessments/" + id + "/judgements/" + indicator), who, body));
    }

    void upload(long id, String indicator, String fileName, byte[] bytes, String confidentiality) throws Exception {
        ok(mvc.perform(multipart("/api/v1/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .param("indicatorId", indicator).param("title", "File " + fileName).param("confidentiality", confidentiality)
                .param("source", "Ministerio").param("documentDate", "2025-11-03")
                .with(csrf()).with(coordinator())));
    }

    /** A national assessment of Argentina with something of every kind in it; returns its id. */
    long richAssessment(String label) throws Exception {
        long round = read(send(post("/api/v1/rounds"), admin(), """
                {"label": "%s", "kind": "NATIONAL", "framework": "faro-national-2021@1.0.0",
                 "programme": "egov-cybersecurity", "startsOn": "2026-02-01", "endsOn": "2026-11-30"}""".formatted(label)))
                .get("id").asLong();
        long id = read(send(post("/api/v1/rounds/" + round + "/assessments"), coordinator(), "{\"country\": \"AR\"}"))
                .get("id").asLong();
        judge(id, coordinator(), "D1.1.1-2a", "{\"outcome\": \"NOT_MET\", \"rationale\": \"Draft only\"}");
        judge(id, assessor(), "D1.1.1-2a", "{\"outcome\": \"MET\", \"rationale\": \"Decree 12/2026 designates the agency\", \"version\": 0}");
        judge(id, coordinator(), "D1.1.1-2b", "{\"outcome\": \"NOT_MET\", \"rationale\": \"No consultation yet\"}");
        judge(id, coordinator(), "D1.1.1-3a", "{\"outcome\": \"INSUFFICIENT_EVIDENCE\"}");
        judge(id, assessor(), "D1.1.1-3b", "{\"outcome\": \"NOT_ASSESSED\"}");
        judge(id, coordinator(), "D1.1.1-4a", "{\"outcome\": \"NOT_APPLICABLE\", \"notApplicableReason\": \"Federal competence\"}");
        ok(send(post("/api/v1/assessments/" + id + "/evidence"), assessor(), """
                {"indicatorId": "D1.1.1-2a", "kind": "URL", "title": "Boletín Oficial",
                 "url": "https://www.boletinoficial.gob.ar/detalleAviso/primera/1234", "confidentiality": "PUBLIC"}"""));
        ok(send(post("/api/v1/assessments/" + id + "/evidence"), coordinator(), """
                {"indicatorId": "D1.1.1-2b", "kind": "DOCUMENT", "title": "Acta de la mesa", "source": "Jefatura de Gabinete",
                 "documentDate": "2026-01-15", "confidentiality": "PROGRAMME"}"""));
        upload(id, "D1.1.1-2a", "decreto «12».pdf", PDF, "COUNTRY");
        upload(id, "D1.1.1-3a", "indicadores.csv", CSV, "PUBLIC");
        ok(send(post("/api/v1/assessments/" + id + "/comments"), coordinator(),
                "{\"factorId\": \"D1.1\", \"body\": \"Falta la estrategia provincial\"}"));
        ok(send(post("/api/v1/assessments/" + id + "/comments"), assessor(),
                "{\"factorId\": \"D1.1.1\", \"body\": \"Ver anexo II\"}"));
        long session = read(send(post("/api/v1/assessments/" + id + "/consultations"), coordinator(), """
                {"heldOn": "2026-03-10", "title": "Mesa de consulta", "clusters": ["GOVERNMENT", "ACADEMIA", "CIVIL_SOCIETY"],
                 "notes": "Buenos Aires, 14 participantes"}""")).get("id").asLong();
        ok(send(post("/api/v1/assessments/" + id + "/consultations/" + session + "/statements"), coordinator(),
                "{\"cluster\": \"GOVERNMENT\", \"element\": \"D1.1\", \"body\": \"La estrategia está aprobada\"}"));
        ok(send(post("/api/v1/assessments/" + id + "/consultations/" + session + "/statements"), coordinator(),
                "{\"cluster\": \"ACADEMIA\", \"element\": \"D1.1.1\", \"body\": \"No hubo consulta abierta\", \"divergent\": true}"));
        ok(send(post("/api/v1/assessments/" + id + "/decisions"), coordinator(), """
                {"element": "D1.1.1", "question": "¿Cuenta la consulta de 2025?", "views": "Gobierno: sí; academia: no",
                 "rationale": "No hubo registro de los aportes"}"""));
        ok(send(put("/api/v1/assessments/" + id + "/roadmap/D1.1.1-2b"), coordinator(),
                "{\"priority\": \"HIGH\", \"owner\": \"Dirección Nacional de Ciberseguridad\", \"targetDate\": \"2026-12-31\"}"));
        ok(send(put("/api/v1/assessments/" + id + "/roadmap/D1.1.2-2a"), coordinator(), "{\"priority\": \"LOW\"}"));
        ok(send(post("/api/v1/assessments/" + id + "/transitions"), coordinator(), "{\"transition\": \"SUBMIT\"}"));
        ok(send(post("/api/v1/assessments/" + id + "/transitions"), reviewer(),
                "{\"transition\": \"RETURN\", \"note\": \"Adjunte el acta firmada\"}"));
        ok(send(post("/api/v1/assessments/" + id + "/transitions"), coordinator(), "{\"transition\": \"SUBMIT\"}"));
        return id;
    }

    ObjectNode export(long id) throws Exception {
        var result = mvc.perform(get("/api/v1/assessments/" + id + "/export").with(coordinator()));
        assertThat(result.andReturn().getResponse().getStatus()).isEqualTo(200);
        return (ObjectNode) read(result);
    }

    ResultActions importing(JsonNode document, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(post("/api/v1/assessments/import").with(csrf()).with(who).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(document)));
    }

    List<String> problemFields(ResultActions result) throws Exception {
        var fields = new ArrayList<String>();
        read(result).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static int indexOf(JsonNode array, String field, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (value.equals(array.get(i).get(field).asString())) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    // ---- the round trip ----

    @Test
    void theRoundTripThroughAnEmptyDatabaseLosesNothing() throws Exception {
        String label = "Transfer " + UUID.randomUUID();
        long id = richAssessment(label);
        ObjectNode first = export(id);

        assertThat(first.get("format").asString()).isEqualTo("faro-assessment");
        assertThat(first.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(first.get("framework").asString()).isEqualTo("faro-national-2021@1.0.0");
        assertThat(first.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(first.get("round").get("label").asString()).isEqualTo(label);
        assertThat(first.get("round").get("programme").asString()).isEqualTo("egov-cybersecurity");
        assertThat(first.get("organisation").isNull()).isTrue();
        List<String> outcomes = new ArrayList<>();
        first.get("judgements").forEach(j -> outcomes.add(j.get("outcome").asString()));
        assertThat(outcomes).containsExactlyInAnyOrder("MET", "NOT_MET", "INSUFFICIENT_EVIDENCE", "NOT_ASSESSED", "NOT_APPLICABLE");
        JsonNode met = first.get("judgements").get(indexOf(first.get("judgements"), "indicator", "D1.1.1-2a"));
        assertThat(met.get("recordedBy").asString()).isEqualTo("assessor.ar@example.org");
        assertThat(first.get("evidence")).hasSize(4);
        JsonNode pdf = first.get("evidence").get(indexOf(first.get("evidence"), "fileName", "decreto «12».pdf"));
        assertThat(pdf.get("confidentiality").asString()).isEqualTo("COUNTRY");
        assertThat(Base64.getDecoder().decode(pdf.get("content").asString())).isEqualTo(PDF);
        assertThat(pdf.get("sha256").asString()).isEqualTo(DigestUtils.sha256Hex(PDF));
        assertThat(first.get("comments")).hasSize(2);
        assertThat(first.get("transitions")).hasSize(4);
        assertThat(first.get("consultations").get(0).get("statements")).hasSize(2);
        assertThat(first.get("decisions")).hasSize(1);
        assertThat(first.get("roadmap")).hasSize(2);

        // An empty database: nothing of the module is left, not even the stored file contents.
        for (String table : TABLES) {
            if (table.equals("assessment")) {
                jdbc.sql("update assessment set previous_id = null, carried_from_id = null").update();
            }
            jdbc.sql("delete from " + table).update();
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
        }

        var imported = importing(first, admin(), "en").andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/assessments/")));
        long copy = read(imported).get("id").asLong();
        ObjectNode second = export(copy);

        first.remove("exportedAt");
        second.remove("exportedAt");
        assertThat(json.writerWithDefaultPrettyPrinter().writeValueAsString(second))
                .isEqualTo(json.writerWithDefaultPrettyPrinter().writeValueAsString(first));
        // The copy works like the original: its file is served, its round was opened again.
        mvc.perform(get("/api/v1/rounds")).andExpect(jsonPath("$[*].label", hasItem(label)));
        JsonNode items = read(mvc.perform(get("/api/v1/assessments/" + copy + "/evidence").with(coordinator())));
        String file = items.get(indexOf(items, "fileName", "decreto «12».pdf")).get("file").asString();
        assertThat(mvc.perform(get(file).with(coordinator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void anAgencySelfAssessmentTravelsWithItsOrganisationByName() throws Exception {
        String label = "Agency transfer " + UUID.randomUUID();
        long round = read(send(post("/api/v1/rounds"), admin(),
                "{\"label\": \"%s\", \"kind\": \"AGENCY\", \"framework\": \"faro-egov-baseline-1@1.0.0\"}".formatted(label)))
                .get("id").asLong();
        JsonNode organisation = read(mvc.perform(get("/api/v1/organisations?country=UY&size=100").with(admin())))
                .get("items").get(0);
        long id = read(send(post("/api/v1/rounds/" + round + "/assessments"), admin(),
                "{\"country\": \"UY\", \"organisationId\": " + organisation.get("id").asLong() + "}")).get("id").asLong();
        RequestPostProcessor uruguay = person("nc.uy@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "UY"));
        judge(id, uruguay, "GV-01", "{\"outcome\": \"RATED\", \"tier\": 3}");
        judge(id, uruguay, "GV-02", "{\"outcome\": \"RATED\", \"tier\": 0, \"rationale\": \"Sin designación\"}");
        judge(id, uruguay, "GV-03", "{\"outcome\": \"NOT_APPLICABLE\", \"notApplicableReason\": \"Sin proveedores\"}");

        var exported = mvc.perform(get("/api/v1/assessments/" + id + "/export").with(uruguay)).andExpect(status().isOk());
        ObjectNode document = (ObjectNode) read(exported);
        assertThat(document.get("organisation").get("name").asString()).isEqualTo(organisation.get("name").asString());
        assertThat(document.get("organisation").get("country").asString()).isEqualTo("UY");
        ((ObjectNode) document.get("round")).put("label", label + " (copy)");

        long copy = read(importing(document, admin(), "en").andExpect(status().isCreated())).get("id").asLong();
        ObjectNode again = (ObjectNode) read(mvc.perform(get("/api/v1/assessments/" + copy + "/export").with(uruguay)));
        document.remove("exportedAt");
        again.remove("exportedAt");
        assertThat(again).isEqualTo(document);
        mvc.perform(get("/api/v1/assessments/" + copy).with(uruguay)).andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(organisation.get("id").asLong()))
                .andExpect(jsonPath("$.baselineScore.controls[?(@.controlId == 'GV-01')].tier").value(hasItem(3)));
    }

    @Test
    void exportHoldsOnlyTheEvidenceTheCallerMaySee() throws Exception {
        long id = richAssessment("Visible " + UUID.randomUUID());
        // Programme staff see programme and public items, not the country's own.
        var result = mvc.perform(get("/api/v1/assessments/" + id + "/export").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[*].confidentiality", not(hasItem("COUNTRY"))))
                .andExpect(jsonPath("$.evidence[*].confidentiality", containsInAnyOrder("PUBLIC", "PUBLIC", "PROGRAMME")));
        assertThat(read(result).get("evidence")).hasSize(3);
        mvc.perform(get("/api/v1/assessments/" + id + "/export")
                        .with(person("nc.mx@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "MX"))))
                .andExpect(status().isNotFound());
    }

    // ---- bad documents ----

    @Test
    void anUnknownIndicatorIsRefusedWithItsPathAndNothingIsWritten() throws Exception {
        ObjectNode document = export(richAssessment("Unknown " + UUID.randomUUID()));
        String label = "Never written " + UUID.randomUUID();
        ((ObjectNode) document.get("round")).put("label", label);
        ((ObjectNode) document.get("judgements").get(3)).put("indicator", "D9.9.9-9z");
        ((ObjectNode) document.get("judgements").get(1)).put("outcome", "MAYBE");
        ((ObjectNode) document.get("roadmap").get(0)).put("priority", "URGENT");
        var refused = importing(document, admin(), "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'judgements[3].indicator')].message")
                        .value(hasItem(org.hamcrest.Matchers.is("Indicator D9.9.9-9z is not in the framework of this assessment."))))
                .andExpect(jsonPath("$.errors[?(@.field == 'judgements[1].outcome')].message")
                        .value(hasItem("\"MAYBE\" is not one of MET, NOT_MET, INSUFFICIENT_EVIDENCE, NOT_ASSESSED, NOT_APPLICABLE, RATED.")));
        assertThat(problemFields(refused)).contains("judgements[3].indicator", "judgements[1].outcome", "roadmap[0].priority");
        mvc.perform(get("/api/v1/rounds")).andExpect(jsonPath("$[*].label", not(hasItem(label))));
    }

    @Test
    void aFileWhoseSha256DoesNotMatchIsRefusedInTheCallersLanguage() throws Exception {
        ObjectNode document = export(richAssessment("Sha " + UUID.randomUUID()));
        ((ObjectNode) document.get("round")).put("label", "Sha copy " + UUID.randomUUID());
        int file = indexOf(document.get("evidence"), "fileName", "indicadores.csv");
        ((ObjectNode) document.get("evidence").get(file)).put("sha256", "0".repeat(64));
        importing(document, admin(), "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence[" + file + "].sha256"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Le SHA-256 ne correspond pas au contenu : le fichier est endommagé ou a été modifié."));
        ((ObjectNode) document.get("evidence").get(file)).put("sha256", DigestUtils.sha256Hex(CSV))
                .put("content", Base64.getEncoder().encodeToString("%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertThat(problemFields(importing(document, admin(), "en").andExpect(status().isBadRequest())))
                .contains("evidence[" + file + "].sha256", "evidence[" + file + "].sizeBytes");
    }

    @Test
    void anUnknownFrameworkVersionIsRefusedNamingFramework() throws Exception {
        ObjectNode document = export(richAssessment("Framework " + UUID.randomUUID()));
        document.put("framework", "faro-national-2021@9.9.9");
        ((ObjectNode) document.get("round")).put("framework", "faro-national-2021@9.9.9");
        var refused = importing(document, admin(), "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'framework')].message")
                        .value(hasItem("There is no framework faro-national-2021@9.9.9.")));
        assertThat(problemFields(refused)).contains("framework", "round.framework");
    }

    @Test
    void aDocumentOfAnotherFormatIsRefused() throws Exception {
        importing(json.readTree("{\"format\": \"something-else\", \"formatVersion\": 2}"), admin(), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[1].field").value("formatVersion"));
        importing(json.readTree("{\"format\": \"faro-assessment\", \"formatVersion\": 1, \"colour\": \"red\"}"), admin(), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        ObjectNode empty = (ObjectNode) json.readTree("{\"format\": \"faro-assessment\", \"formatVersion\": 1}");
        assertThat(problemFields(importing(empty, admin(), "en").andExpect(status().isBadRequest())))
                .contains("framework", "round", "country", "revision", "status", "createdBy", "createdAt");
    }

    @Test
    void importingTheSameRevisionTwiceIsAConflict() throws Exception {
        ObjectNode document = export(richAssessment("Twice " + UUID.randomUUID()));
        // Into its own round, where Argentina has that revision already.
        importing(document, admin(), "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("revision"));
        ((ObjectNode) document.get("round")).put("label", "Twice copy " + UUID.randomUUID());
        importing(document, admin(), "en").andExpect(status().isCreated());
        importing(document, admin(), "en").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("revision"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("AR already has revision 1")));
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        ObjectNode document = export(richAssessment("Admin only " + UUID.randomUUID()));
        ((ObjectNode) document.get("round")).put("label", "Admin only copy " + UUID.randomUUID());
        importing(document, coordinator(), "en").andExpect(status().isForbidden());
        importing(document, person("pc@example.org", Grant.programme(Role.PROGRAMME_COORDINATOR)), "en")
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assessments/import").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(document))).andExpect(status().isUnauthorized());
    }
}
