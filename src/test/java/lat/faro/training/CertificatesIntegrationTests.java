package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.TRAINER;
import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Certificates of a completed event: issued only to those who meet the completion rule, signed so
 * that the published keys verify them offline and any change is caught, verifiable publicly by
 * code, revocable by programme staff, and erased with their holder's data.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class CertificatesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long created(String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void advance(long event, String to, int version) throws Exception {
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", version)
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"" + to + "\"}")).andExpect(status().isOk());
    }

    long register(long event, String email, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "%s", "organisation": "O", "sector": "GOVERNMENT", "consentVersion": "2026-11"}
                                """.formatted(email, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aCompletedEventsCertificatesAreIssuedByTheRuleVerifiedRevokedAndErased() throws Exception {
        String code = "CRT-" + UUID.randomUUID().toString().substring(0, 8);
        long course = created("/api/v1/training/courses", """
                {"code": "%s", "texts": {"es": {"title": "Respuesta a incidentes", "description": "d", "objectives": "o"}}}
                """.formatted(code));
        long event = created("/api/v1/training/events", """
                {"course": %d, "country": "CO", "city": "Bogotá", "venue": "MinTIC", "modality": "IN_PERSON", "language": "es",
                 "timeZone": "America/Bogota", "capacity": 10, "registrationMode": "OPEN", "trainers": ["%s"],
                 "sessions": [{"startsAt": "2026-02-02T09:00", "endsAt": "2026-02-02T13:00"},
                              {"startsAt": "2026-02-03T09:00", "endsAt": "2026-02-03T13:00"}]}
                """.formatted(course, TRAINER));
        advance(event, "REGISTRATION_OPEN", 1);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String ana = "ana-" + tag + "@example.org";
        String luis = "luis-" + tag + "@example.org";
        long anaId = register(event, ana, "Ana Gómez");
        long luisId = register(event, luis, "Luis Torres");
        advance(event, "RUNNING", 2);
        // Ana attends both sessions; Luis only the first (50 %, below the 75 % the rule asks by default).
        String sessions = mvc.perform(get("/api/v1/training/events/" + event).with(trainer(TRAINER))).andReturn().getResponse()
                .getContentAsString();
        for (int s = 0; s < 2; s++) {
            long session = ((Number) JsonPath.read(sessions, "$.sessions[" + s + "].id")).longValue();
            mark(event, session, anaId, true);
            mark(event, session, luisId, s == 0);
        }

        // Not completed yet: nothing issued.
        mvc.perform(post("/training/events/" + event + "/certificates").with(trainer(TRAINER)).with(csrf())).andExpect(status().isConflict());
        advance(event, "COMPLETED", 3);
        // Another trainer and a participant may not issue.
        mvc.perform(post("/training/events/" + event + "/certificates").with(trainer("otro@example.org")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/events/" + event + "/certificates").with(participant(ana)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/events/" + event + "/certificates").with(trainer(TRAINER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/training/events/" + event + "/certificates").with(trainer(TRAINER)).with(csrf()))
                .andExpect(status().is3xxRedirection()); // again: nothing new
        assertThat(jdbc.sql("select count(*) from training_certificate where event_id = ?").param(event).query(Long.class).single())
                .isEqualTo(1);
        long certificate = jdbc.sql("select id from training_certificate where registration_id = ?").param(anaId).query(Long.class).single();
        String verification = jdbc.sql("select code from training_certificate where id = ?").param(certificate).query(String.class).single();
        String grouped = verification.replaceAll("(.{4})(?!$)", "$1-");

        // The holder downloads the signed JSON and the PDF; Luis may not.
        String json = mvc.perform(get("/training/certificates/" + certificate + ".json").with(participant(ana))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/training/certificates/" + certificate + ".json").with(participant(luis))).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get("/training/certificates/" + certificate + ".pdf").with(participant(ana))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Se certifica que", "Ana Gómez", "Respuesta a incidentes", grouped, "/verify/" + grouped);
        }

        // Offline: the published keys verify the JSON; a changed name is caught.
        String keys = mvc.perform(get("/.well-known/faro-certificate-keys.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        CertificateVerifier verifier = CertificateVerifier.fromJwk(keys);
        assertThat(verifier.verify(json).outcome()).isEqualTo(CertificateVerifier.Outcome.VALID);
        assertThat(verifier.verify(json.replace("Ana Gómez", "Ana Gomez")).outcome()).isEqualTo(CertificateVerifier.Outcome.BAD_SIGNATURE);

        // Publicly: name, course, date and status, nothing more.
        String page = mvc.perform(get("/verify/" + grouped.toLowerCase()).header("Accept-Language", "es")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Certificado válido", "Ana Gómez", "Respuesta a incidentes").doesNotContain(ana);
        char last = verification.charAt(15);
        String mistyped = verification.substring(0, 15) + (last == 'A' ? 'B' : 'A');
        assertThat(mvc.perform(get("/verify/" + mistyped).header("Accept-Language", "es")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).containsAnyOf("error de escritura", "No hay ningún certificado");
        // The same for machines, as JSON: nothing beyond what the page shows.
        String api = mvc.perform(get("/api/v1/training/verify/" + grouped.toLowerCase())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID")).andExpect(jsonPath("$.participant").value("Ana Gómez"))
                .andExpect(jsonPath("$.code").value(grouped)).andExpect(jsonPath("$.issuedOn").exists())
                .andExpect(jsonPath("$.revokedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api).contains("Respuesta a incidentes").doesNotContain(ana);
        mvc.perform(get("/api/v1/training/verify/" + "ABCD-EFGH-JKMN-PQR").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));

        // The ZIP holds the one PDF; a trainer may not revoke; staff revoke with a reason.
        byte[] zip = mvc.perform(get("/training/events/" + event + "/certificates.zip").with(trainer(TRAINER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertThat(entries.getNextEntry().getName()).isEqualTo("certificate-" + grouped + ".pdf");
            assertThat(entries.getNextEntry()).isNull();
        }
        // The event's report: places, attendance per session and person, the certificate; for the trainer, not a participant.
        byte[] report = mvc.perform(get("/training/events/" + event + "/report.pdf").with(trainer(TRAINER)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(report)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
            assertThat(text).contains("Informe del evento: Respuesta a incidentes", "Cupo de 10; 2 confirmadas", "2 / 2", "1 / 2",
                    "Ana Gómez", "Luis Torres", "100,00", "50,00", grouped, "1 vigentes, 0 revocados");
        }
        byte[] xlsx = mvc.perform(get("/training/events/" + event + "/report.xlsx").with(trainer(TRAINER)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Attendance (%)");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ana Gómez");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(50.0);
        }
        mvc.perform(get("/training/events/" + event + "/report.pdf").with(participant(ana))).andExpect(status().isForbidden());
        mvc.perform(get("/training/events/" + event + "/report.pdf").with(trainer("otro@example.org"))).andExpect(status().isForbidden());

        mvc.perform(post("/training/certificates/" + certificate + "/revoke").with(trainer(TRAINER)).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/certificates/" + certificate + "/revoke").with(coordinator()).with(csrf()).param("reason", "Error de datos"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/verify/" + grouped).header("Accept-Language", "es")).andReturn().getResponse().getContentAsString())
                .contains("Certificado revocado");
        mvc.perform(get("/api/v1/training/verify/" + grouped)).andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedAt").exists());

        // Ana erases her data: the certificate no longer names her.
        mvc.perform(post("/api/v1/training/me/erasure").with(participant(ana)).with(csrf())).andExpect(status().isOk());
        assertThat(mvc.perform(get("/verify/" + grouped).header("Accept-Language", "es")).andReturn().getResponse().getContentAsString())
                .contains("Certificado revocado").doesNotContain("Ana Gómez");
    }

    void mark(long event, long session, long registration, boolean present) throws Exception {
        mvc.perform(put("/api/v1/training/events/" + event + "/sessions/" + session + "/attendance/" + registration).with(trainer(TRAINER))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"present\": " + present + "}"))
                .andExpect(status().isOk());
    }
}
