package lat.faro.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment API end to end: the workflow from round to reopened revision, no lost updates,
 * steps out of order, who sees what (with a test for every denial), evidence files served as
 * attachments only after the check, and files refused for their size or content.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "faro.assessment.max-evidence-bytes=20000")
class AssessmentApiIntegrationTests {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    static final String NATIONAL = "faro-national-2021@1.0.0";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    // ---- people ----

    static RequestPostProcessor person(String name, Grant... grants) {
        var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
        for (Grant g : grants) {
            authorities.add(new SimpleGrantedAuthority(g.authority()));
            authorities.add(new SimpleGrantedAuthority(g.role().authority()));
        }
        return user(name).authorities(authorities);
    }

    static RequestPostProcessor admin() {
        return person("admin@example.org", Grant.programme(Role.ADMIN));
    }

    static RequestPostProcessor programmeCoordinator() {
        return person("pc@example.org", Grant.programme(Role.PROGRAMME_COORDINATOR));
    }

    static RequestPostProcessor reviewer() {
        return person("reviewer@example.org", Grant.programme(Role.REVIEWER));
    }

    static RequestPostProcessor nationalCoordinator(String country) {
        return person("nc." + country.toLowerCase(Locale.ROOT) + "@example.org", Grant.country(Role.NATIONAL_COORDINATOR, country));
    }

    static RequestPostProcessor assessor(String country) {
        return person("assessor." + country.toLowerCase(Locale.ROOT) + "@example.org", Grant.country(Role.ASSESSOR, country));
    }

    static RequestPostProcessor participant() {
        return person("participant@example.org", Grant.programme(Role.PARTICIPANT));
    }

    // ---- helpers ----

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(request.with(csrf()).with(who).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long round() throws Exception {
        String label = "Round " + UUID.randomUUID();
        var created = send(post("/api/v1/rounds"), admin(), """
                {"label": "%s", "kind": "NATIONAL", "framework": "%s", "programme": "egov-cybersecurity",
                 "startsOn": "2026-01-01", "endsOn": "2026-12-31"}""".formatted(label, NATIONAL))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/rounds/")))
                .andExpect(jsonPath("$.label").value(label))
                .andExpect(jsonPath("$.framework").value(NATIONAL));
        return read(created).get("id").asLong();
    }

    long start(long round, String country) throws Exception {
        var started = send(post("/api/v1/rounds/" + round + "/assessments"), nationalCoordinator(country),
                "{\"country\": \"" + country.toLowerCase(Locale.ROOT) + "\", \"carryOver\": false}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.country").value(country));
        return read(started).get("id").asLong();
    }

    ResultActions judge(long id, String indicator, RequestPostProcessor who, String outcome, Long version) throws Exception {
        return send(put("/api/v1/assessments/" + id + "/judgements/" + indicator), who,
                "{\"outcome\": \"%s\", \"rationale\": \"Seen in the decree\"%s}".formatted(outcome,
                        version == null ? "" : ", \"version\": " + version));
    }

    ResultActions step(long id, RequestPostProcessor who, String transition, String note) throws Exception {
        return send(post("/api/v1/assessments/" + id + "/transitions"), who,
                "{\"transition\": \"%s\"%s}".formatted(transition, note == null ? "" : ", \"note\": \"" + note + "\""));
    }

    ResultActions upload(long id, RequestPostProcessor who, String fileName, byte[] bytes, String confidentiality) throws Exception {
        return mvc.perform(multipart("/api/v1/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .param("indicatorId", "D1.1.1-2a").param("title", "National strategy").param("confidentiality", confidentiality)
                .with(csrf()).with(who).header("Accept-Language", "en"));
    }

    long published(long round, String country) throws Exception {
        long id = start(round, country);
        judge(id, "D1.1.1-2a", nationalCoordinator(country), "MET", null).andExpect(status().isOk());
        step(id, nationalCoordinator(country), "SUBMIT", null).andExpect(status().isOk());
        step(id, nationalCoordinator(country), "VALIDATE", null).andExpect(status().isOk());
        step(id, programmeCoordinator(), "PUBLISH", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        return id;
    }

    // ---- the happy path ----

    @Test
    void takesAnAssessmentFromRoundToPublicationAndReopensItAsANewRevision() throws Exception {
        long round = round();
        mvc.perform(get("/api/v1/rounds")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) round)));
        mvc.perform(get("/api/v1/rounds/" + round)).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("NATIONAL"))
                .andExpect(jsonPath("$.programme").value("egov-cybersecurity"))
                .andExpect(jsonPath("$.createdBy").value(nullValue()));
        long id = start(round, "AR");

        judge(id, "D1.1.1-2a", nationalCoordinator("AR"), "MET", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorId").value("D1.1.1-2a"))
                .andExpect(jsonPath("$.outcome").value("MET"))
                .andExpect(jsonPath("$.recordedBy").value("nc.ar@example.org"))
                .andExpect(jsonPath("$.version").value(0));
        judge(id, "D1.1.1-2b", assessor("AR"), "MET", null).andExpect(status().isOk());
        send(post("/api/v1/assessments/" + id + "/evidence"), assessor("AR"), """
                {"indicatorId": "D1.1.1-2a", "kind": "URL", "title": "Decree 1234", "url": "https://www.boletinoficial.gob.ar/1234",
                 "confidentiality": "PUBLIC"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("URL"))
                .andExpect(jsonPath("$.file").value(nullValue()));
        upload(id, nationalCoordinator("AR"), "estrategia.pdf", PDF, "PUBLIC")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("FILE"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(org.apache.commons.codec.digest.DigestUtils.sha256Hex(PDF)))
                .andExpect(jsonPath("$.file").value(containsString("/file")));

        mvc.perform(get("/api/v1/assessments/" + id).with(nationalCoordinator("AR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.framework").value(NATIONAL))
                .andExpect(jsonPath("$.score.units[?(@.unitId == 'D1.1.1')].stage").value(hasItem(2)))
                .andExpect(jsonPath("$.score.units[?(@.unitId == 'D1.1.1')].complete").value(hasItem(false)))
                .andExpect(jsonPath("$.score.units[?(@.unitId == 'D1.1.1')].nextStageGaps[*]").value(hasItem("D1.1.1-3a")))
                .andExpect(jsonPath("$.score.factors[?(@.factorId == 'D1.1')].low").value(hasItem(1)))
                .andExpect(jsonPath("$.score.factors[?(@.factorId == 'D1.1')].high").value(hasItem(2)))
                .andExpect(jsonPath("$.baselineScore").value(nullValue()));
        mvc.perform(get("/api/v1/assessments/" + id + "/judgements").with(assessor("AR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].indicatorId").value("D1.1.1-2a"));
        mvc.perform(get("/api/v1/assessments/" + id + "/evidence").with(assessor("AR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));

        long version = read(step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))).get("version").asLong();
        send(post("/api/v1/assessments/" + id + "/transitions"), reviewer(),
                "{\"transition\": \"RETURN\", \"note\": \"Add the consultation record\", \"version\": " + version + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isOk());
        step(id, nationalCoordinator("AR"), "VALIDATE", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALIDATED"));
        step(id, programmeCoordinator(), "PUBLISH", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedAt").isNotEmpty());

        mvc.perform(get("/api/v1/assessments/" + id + "/history").with(nationalCoordinator("AR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("DRAFT", "IN_REVIEW", "DRAFT",
                        "IN_REVIEW", "VALIDATED", "PUBLISHED")))
                .andExpect(jsonPath("$[2].note").value("Add the consultation record"))
                .andExpect(jsonPath("$[2].actor").value("reviewer@example.org"));
        mvc.perform(get("/api/v1/assessments/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.createdBy").value(nullValue()));
        mvc.perform(get("/api/v1/assessments/" + id + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[2].actor").value(nullValue()));
        mvc.perform(get("/api/v1/rounds/" + round + "/assessments"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) id)));

        var reopened = step(id, nationalCoordinator("AR"), "REOPEN", "New decree")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.previousId").value(id));
        long revision = read(reopened).get("id").asLong();
        assertThat(reopened.andReturn().getResponse().getHeader("Location")).isEqualTo("/api/v1/assessments/" + revision);
        mvc.perform(get("/api/v1/assessments/" + revision + "/judgements").with(nationalCoordinator("AR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));

        // The published revision stays readable for everyone; the new draft is the country's own.
        mvc.perform(get("/api/v1/assessments/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/assessments/" + revision)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rounds/" + round + "/assessments"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", not(hasItem((int) revision))));
    }

    @Test
    void aBaselineAssessmentComesWithItsBaselineScore() throws Exception {
        String label = "Agency round " + UUID.randomUUID();
        long round = read(send(post("/api/v1/rounds"), programmeCoordinator(),
                "{\"label\": \"%s\", \"kind\": \"AGENCY\", \"framework\": \"faro-egov-baseline-1@1.0.0\"}".formatted(label))
                .andExpect(status().isCreated())).get("id").asLong();
        long organisation = read(mvc.perform(get("/api/v1/organisations?country=UY&size=100").with(admin())))
                .get("items").get(0).get("id").asLong();
        long id = read(send(post("/api/v1/rounds/" + round + "/assessments"), admin(),
                "{\"country\": \"UY\", \"organisationId\": %d, \"carryOver\": false}".formatted(organisation))
                .andExpect(status().isCreated())).get("id").asLong();
        send(put("/api/v1/assessments/" + id + "/judgements/GV-01"), nationalCoordinator("UY"),
                "{\"outcome\": \"RATED\", \"tier\": 2}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.tier").value(2));
        send(put("/api/v1/assessments/" + id + "/judgements/GV-02"), nationalCoordinator("UY"),
                "{\"outcome\": \"RATED\", \"tier\": 7}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tier"));
        mvc.perform(get("/api/v1/assessments/" + id + "?targetTier=3").with(nationalCoordinator("UY")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(nullValue()))
                .andExpect(jsonPath("$.baselineScore.targetTier").value(3))
                .andExpect(jsonPath("$.baselineScore.gaps[*]").value(hasItem("GV-01")));
        // An agency self-assessment is never public, even to list.
        mvc.perform(get("/api/v1/assessments/" + id)).andExpect(status().isNotFound());
    }

    // ---- no lost update ----

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsAConflictShowingTheCurrentJudgement() throws Exception {
        long id = start(round(), "AR");
        judge(id, "D1.1.1-2a", nationalCoordinator("AR"), "MET", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        judge(id, "D1.1.1-2a", assessor("AR"), "NOT_MET", 0L).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        judge(id, "D1.1.1-2a", nationalCoordinator("AR"), "INSUFFICIENT_EVIDENCE", 0L)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("assessor.ar@example.org saved this judgement while you were editing it: "
                        + "it now says \"Not met\". Your change was not saved; review it and save again."))
                .andExpect(jsonPath("$.current.outcome").value("NOT_MET"))
                .andExpect(jsonPath("$.current.rationale").value("Seen in the decree"))
                .andExpect(jsonPath("$.current.recordedBy").value("assessor.ar@example.org"))
                .andExpect(jsonPath("$.current.recordedAt").isNotEmpty())
                .andExpect(jsonPath("$.current.version").value(1));
        mvc.perform(get("/api/v1/assessments/" + id + "/judgements").with(nationalCoordinator("AR")))
                .andExpect(jsonPath("$[0].outcome").value("NOT_MET"));
    }

    @Test
    void twoFirstSavesOfTheSameJudgementCannotBothWin() throws Exception {
        long id = start(round(), "AR");
        judge(id, "D1.1.1-3a", nationalCoordinator("AR"), "MET", null).andExpect(status().isOk());
        mvc.perform(put("/api/v1/assessments/" + id + "/judgements/D1.1.1-3a").with(csrf()).with(assessor("AR"))
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"NOT_MET\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("nc.ar@example.org")))
                .andExpect(jsonPath("$.detail").value(containsString("ahora dice «Se cumple»")))
                .andExpect(jsonPath("$.current.outcome").value("MET"));
    }

    // ---- the workflow out of order ----

    @Test
    void aStepOutOfOrderIsAConflictNamingTheStatus() throws Exception {
        long id = start(round(), "AR");
        step(id, nationalCoordinator("AR"), "VALIDATE", null)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("The assessment is DRAFT; the step VALIDATE is not possible now."));
        step(id, programmeCoordinator(), "PUBLISH", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        // A step based on a stale view of the assessment is refused too.
        send(post("/api/v1/assessments/" + id + "/transitions"), nationalCoordinator("AR"),
                "{\"transition\": \"SUBMIT\", \"version\": 99}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("status"));
        step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isOk());
        step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isConflict());
        // A judgement on an assessment in review: only drafts change.
        judge(id, "D1.1.1-2a", nationalCoordinator("AR"), "MET", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aReturnNeedsANote() throws Exception {
        long id = start(round(), "AR");
        step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isOk());
        step(id, reviewer(), "RETURN", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
    }

    // ---- who sees what ----

    @Test
    void aNationalCoordinatorOfAnotherCountryGetsA404ForADraft() throws Exception {
        long round = round();
        long mexico = start(round, "MX");
        mvc.perform(get("/api/v1/assessments/" + mexico).with(nationalCoordinator("AR")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        judge(mexico, "D1.1.1-2a", nationalCoordinator("AR"), "MET", null).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assessments/" + mexico + "/export").with(nationalCoordinator("AR")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rounds/" + round + "/assessments").with(nationalCoordinator("AR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        send(post("/api/v1/rounds/" + round + "/assessments"), nationalCoordinator("AR"), "{\"country\": \"UY\"}")
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aReviewerSeesAnAssessmentInReviewButMayNotEditIt() throws Exception {
        long id = start(round(), "AR");
        mvc.perform(get("/api/v1/assessments/" + id).with(reviewer())).andExpect(status().isNotFound());
        step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/" + id).with(reviewer())).andExpect(status().isOk());
        judge(id, "D1.1.1-2a", reviewer(), "MET", null)
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        step(id, reviewer(), "VALIDATE", null).andExpect(status().isForbidden());
        send(post("/api/v1/assessments/" + id + "/comments"), reviewer(), "{\"factorId\": \"D1.1\", \"body\": \"Which decree?\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.author").value("reviewer@example.org"));
    }

    @Test
    void onlyTheRolesThatTakePartWriteAndOnlyProgrammeStaffOpenRounds() throws Exception {
        long id = start(round(), "AR");
        judge(id, "D1.1.1-2a", participant(), "MET", null).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        send(post("/api/v1/rounds"), nationalCoordinator("AR"),
                "{\"label\": \"Mine\", \"kind\": \"NATIONAL\", \"framework\": \"%s\"}".formatted(NATIONAL))
                .andExpect(status().isForbidden());
        step(id, assessor("AR"), "PUBLISH", null).andExpect(status().isForbidden());
        send(post("/api/v1/assessments/import"), nationalCoordinator("AR"), "{\"format\": \"faro-assessment\"}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/assessments/" + id + "/comments"), participant(), "{\"factorId\": \"D1.1\", \"body\": \"Hola\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assessments/" + id + "/consultations").with(participant())).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/assessments/" + id + "/judgements/D1.1.1-2a").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"MET\"}"))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void theRoadmapIsPlannedByTheNationalCoordinatorNotByAnAssessor() throws Exception {
        long id = start(round(), "AR");
        send(put("/api/v1/assessments/" + id + "/roadmap/D1.1.1-2a"), assessor("AR"), "{\"priority\": \"HIGH\"}")
                .andExpect(status().isForbidden());
        send(put("/api/v1/assessments/" + id + "/roadmap/D1.1.1-2a"), nationalCoordinator("AR"),
                "{\"priority\": \"HIGH\", \"owner\": \"Secretaría de Innovación\", \"targetDate\": \"2027-06-30\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorId").value("D1.1.1-2a"))
                .andExpect(jsonPath("$.priority").value("HIGH"))
                .andExpect(jsonPath("$.owner").value("Secretaría de Innovación"));
        send(put("/api/v1/assessments/" + id + "/roadmap/D1.1.1-5a"), nationalCoordinator("AR"), "{\"priority\": \"LOW\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicator"));
    }

    @Test
    void theAnonymousPublicSeesPublishedAssessmentsOnly() throws Exception {
        long round = round();
        long published = published(round, "AR");
        long draft = start(round, "MX");
        mvc.perform(get("/api/v1/assessments/" + published)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/" + published + "/judgements")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recordedBy").value(nullValue()));
        mvc.perform(get("/api/v1/assessments/" + published + "/decisions")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/" + published + "/roadmap")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/" + draft).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("There is no assessment " + draft + ", or you have no access to it."));
        mvc.perform(get("/api/v1/assessments/" + draft + "/judgements")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rounds/" + round + "/assessments")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) published)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) draft))));
        // Comments, consultations and the export are for those who work on the assessment.
        for (String part : new String[] {"comments", "consultations", "export"}) {
            mvc.perform(get("/api/v1/assessments/" + published + "/" + part)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM));
            mvc.perform(get("/api/v1/assessments/" + published + "/" + part).with(participant()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/assessments/" + published + "/" + part).with(nationalCoordinator("MX")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/assessments/" + published + "/comments").with(nationalCoordinator("AR")))
                .andExpect(status().isOk());
    }

    @Test
    void evidenceFilesAreServedAsAttachmentsOnlyToThoseWhoMaySeeThem() throws Exception {
        long round = round();
        long id = start(round, "AR");
        long open = read(upload(id, nationalCoordinator("AR"), "Estrategia «2026».pdf", PDF, "PUBLIC")
                .andExpect(status().isCreated())).get("id").asLong();
        long restricted = read(upload(id, nationalCoordinator("AR"), "borrador.pdf", PDF, "COUNTRY")
                .andExpect(status().isCreated())).get("id").asLong();
        long programme = read(upload(id, nationalCoordinator("AR"), "notas.txt", "Notas de la reunión".getBytes(StandardCharsets.UTF_8),
                "PROGRAMME").andExpect(status().isCreated())).get("id").asLong();
        String base = "/api/v1/assessments/" + id + "/evidence/";

        // A draft's files exist for nobody outside the country, not even public ones.
        mvc.perform(get(base + open + "/file")).andExpect(status().isNotFound());
        mvc.perform(get(base + open + "/file").with(nationalCoordinator("MX"))).andExpect(status().isNotFound());

        judge(id, "D1.1.1-2a", nationalCoordinator("AR"), "MET", null).andExpect(status().isOk());
        step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isOk());
        mvc.perform(get(base + programme + "/file").with(reviewer())).andExpect(status().isOk());
        mvc.perform(get(base + restricted + "/file").with(reviewer())).andExpect(status().isNotFound());
        step(id, nationalCoordinator("AR"), "VALIDATE", null).andExpect(status().isOk());
        step(id, programmeCoordinator(), "PUBLISH", null).andExpect(status().isOk());

        var response = mvc.perform(get(base + open + "/file"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''Estrategia%20%C2%AB2026%C2%BB.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "sandbox"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        mvc.perform(get(base + restricted + "/file")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(base + programme + "/file")).andExpect(status().isNotFound());
        mvc.perform(get(base + restricted + "/file").with(nationalCoordinator("AR"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/" + id + "/evidence"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(open))
                .andExpect(jsonPath("$[0].addedBy").value(nullValue()));
        mvc.perform(get("/api/v1/assessments/" + id + "/evidence").with(nationalCoordinator("AR")))
                .andExpect(jsonPath("$", hasSize(3)));
    }

    @Test
    void evidenceIsRemovedByTheCountryFromADraftOnly() throws Exception {
        long id = start(round(), "AR");
        long first = read(send(post("/api/v1/assessments/" + id + "/evidence"), assessor("AR"), """
                {"indicatorId": "D1.1.1-2a", "kind": "DOCUMENT", "title": "Acta", "source": "Jefatura de Gabinete",
                 "documentDate": "2026-01-15", "confidentiality": "PROGRAMME"}""").andExpect(status().isCreated()))
                .get("id").asLong();
        long second = read(upload(id, nationalCoordinator("AR"), "acta.pdf", PDF, "PUBLIC").andExpect(status().isCreated()))
                .get("id").asLong();
        mvc.perform(delete("/api/v1/assessments/" + id + "/evidence/" + first).with(csrf()).with(nationalCoordinator("MX")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/assessments/" + id + "/evidence/" + first).with(csrf()).with(assessor("AR")))
                .andExpect(status().isNoContent());
        step(id, nationalCoordinator("AR"), "SUBMIT", null).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/assessments/" + id + "/evidence/" + second).with(csrf()).with(reviewer()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/assessments/" + id + "/evidence/" + second).with(csrf()).with(nationalCoordinator("AR")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/assessments/" + id + "/evidence").with(nationalCoordinator("AR")))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(second));
    }

    // ---- bad input ----

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingFile() throws Exception {
        long id = start(round(), "AR");
        byte[] big = new byte[20_001];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(id, nationalCoordinator("AR"), "big.pdf", big, "PUBLIC")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get("/api/v1/assessments/" + id + "/evidence").with(nationalCoordinator("AR")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefusedNamingFile() throws Exception {
        long id = start(round(), "AR");
        upload(id, nationalCoordinator("AR"), "informe.pdf", "MZ\u0090 this is a program".getBytes(StandardCharsets.ISO_8859_1), "PUBLIC")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("The content of \"informe.pdf\" does not match its file type."));
        upload(id, nationalCoordinator("AR"), "setup.exe", PDF, "PUBLIC")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(id, nationalCoordinator("AR"), "informe.pdf", PDF, "SECRET")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confidentiality"));
    }

    @Test
    void invalidRequestsAreRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        long id = start(round(), "AR");
        mvc.perform(put("/api/v1/assessments/" + id + "/judgements/D1.1.1-2a").with(csrf()).with(nationalCoordinator("AR"))
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message").value("Este campo es obligatorio."));
        judge(id, "D1.1.1-2a", nationalCoordinator("AR"), "NOT_APPLICABLE", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notApplicableReason"));
        judge(id, "X9.9", nationalCoordinator("AR"), "MET", null).andExpect(status().isNotFound());
        send(post("/api/v1/assessments/" + id + "/evidence"), nationalCoordinator("AR"),
                "{\"indicatorId\": \"D1.1.1-2a\", \"kind\": \"URL\", \"title\": \"Sitio\", \"url\": \"javascript:alert(1)\", \"confidentiality\": \"PUBLIC\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("url"));
        send(post("/api/v1/rounds"), admin(), "{\"label\": \"Bad framework\", \"kind\": \"NATIONAL\", \"framework\": \"national\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("framework"));
        send(post("/api/v1/rounds"), admin(),
                "{\"label\": \"Wrong kind\", \"kind\": \"AGENCY\", \"framework\": \"%s\"}".formatted(NATIONAL))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("framework"));
        send(post("/api/v1/assessments/" + id + "/consultations"), nationalCoordinator("AR"),
                "{\"heldOn\": \"2026-03-01\", \"title\": \"Mesa\", \"clusters\": [\"GOVERNMENT\"]}")
                .andExpect(status().isCreated());
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/rounds'].get.description").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/rounds'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rounds/{id}/assessments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}'].get.description").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/judgements/{indicatorId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/evidence'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/evidence/{evidenceId}/file'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/transitions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/export'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/import'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/roadmap/{indicatorId}'].put").exists());
    }
}
