package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.person;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A course's materials through the API and the course page: files come back byte for byte with
 * safe headers, their type is told from the content, links are https, the order holds, materials
 * for participants stay hidden (404) from everyone not entitled, and only staff and the course's
 * trainers change them.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class CourseMaterialsIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long course;
    long otherCourse;
    String trainerOfCourse;
    String trainerOfOther;
    String participantOfCourse;
    String base;

    @BeforeEach
    void courses() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        trainerOfCourse = "formadora-" + run + "@example.org";
        trainerOfOther = "formador-" + run + "@example.org";
        participantOfCourse = "participa-" + run + "@example.org";
        course = createCourse("MAT-" + run);
        otherCourse = createCourse("OTH-" + run);
        long event = createEvent(course, trainerOfCourse);
        createEvent(otherCourse, trainerOfOther);
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(participantOfCourse)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "Ana Pérez", "organisation": "Ministerio", "sector": "GOVERNMENT",
                                 "consentVersion": "2026-11"}""".formatted(participantOfCourse)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        base = "/api/v1/training/courses/" + course + "/materials";
    }

    long createCourse(String code) throws Exception {
        String body = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "texts": {"es": {"title": "Curso %s", "description": "d", "objectives": "o"}},
                                 "modules": [], "elements": []}""".formatted(code, code)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long createEvent(long courseId, String trainerEmail) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"course": %d, "country": "uy", "city": "Montevideo", "venue": "Torre Ejecutiva", "modality": "IN_PERSON",
                                 "language": "es", "timeZone": "America/Montevideo", "capacity": 10, "registrationMode": "OPEN",
                                 "sessions": [{"startsAt": "2027-03-02T09:00", "endsAt": "2027-03-02T13:00"}],
                                 "trainers": ["%s"], "partners": []}""".formatted(courseId, trainerEmail)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes, String audience) {
        var request = multipart(base + "/files").file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        request.param("title.es", "Material " + name).param("audience", audience);
        request.with(csrf()).header("Accept-Language", "en");
        return request;
    }

    long added(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    long link(String url, String audience, RequestPostProcessor who) throws Exception {
        return added(mvc.perform(post(base + "/links").with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": {\"es\": \"Enlace\", \"en\": \"Link\"}, \"url\": \"%s\", \"audience\": \"%s\", \"language\": \"en\"}"
                                .formatted(url, audience)))
                .andExpect(status().isCreated()));
    }

    long materials() {
        return jdbc.sql("select count(*) from training_material where course_id = ?").param(course).query(Long.class).single();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A ZIP with these (empty) entries; with {@code mimetype} first and stored, as OpenDocument writes it. */
    static byte[] zip(String mimetype, String... names) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            if (mimetype != null) {
                byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
                var entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(type.length);
                var crc = new CRC32();
                crc.update(type);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(type);
                zip.closeEntry();
            }
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void anUploadedFileComesBackByteForByteAsAnAttachmentWithItsHash() throws Exception {
        byte[] pdf = (new String(PDF, StandardCharsets.ISO_8859_1) + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        String sha = sha256(pdf);
        long id = added(mvc.perform(upload("Guía \"rápida\"; v2.pdf", pdf, "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(base + "/")))
                .andExpect(jsonPath("$.kind").value("FILE"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.fileName").value("Guía \"rápida\"; v2.pdf")));

        var response = mvc.perform(get(base + "/" + id + "/file"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("ETag", "\"" + sha + "\""))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Gu_a _r_pida__ v2.pdf\"; filename*=UTF-8''Gu%C3%ADa%20%22r%C3%A1pida%22%3B%20v2.pdf"))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(get(base + "/" + id + "/file").header("If-None-Match", "\"" + sha + "\"")).andExpect(status().isNotModified());
        assertThat(jdbc.sql("select size_bytes from training_material_blob where sha256 = ?").param(sha).query(Long.class).single())
                .isEqualTo(pdf.length);
    }

    @Test
    void theTypeComesFromTheContentNotFromTheNameOrTheDeclaredType() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(exe, html)) {
            mvc.perform(upload("guia.pdf", bad, "PUBLIC").with(coordinator()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("file"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("not accepted")));
        }
        // A PDF named as text, or text named as a PDF: the name and the content disagree.
        mvc.perform(upload("notas.txt", PDF, "PUBLIC").with(coordinator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("ends in .txt")));
        mvc.perform(upload("notas.pdf", "Hola, mundo".getBytes(StandardCharsets.UTF_8), "PUBLIC").with(coordinator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("ends in .pdf")));
        // A ZIP named .docx that has no Word document inside.
        mvc.perform(upload("informe.docx", zip(null, "a.txt"), "PUBLIC").with(coordinator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(materials()).isZero();

        mvc.perform(upload("informe.docx", zip(null, "[Content_Types].xml", "word/document.xml"), "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        mvc.perform(upload("clase.pptx", zip(null, "[Content_Types].xml", "ppt/presentation.xml"), "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value(containsString("presentationml")));
        mvc.perform(upload("datos.xlsx", zip(null, "[Content_Types].xml", "xl/workbook.xml"), "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value(containsString("spreadsheetml")));
        mvc.perform(upload("texto.odt", zip("application/vnd.oasis.opendocument.text", "content.xml"), "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/vnd.oasis.opendocument.text"));
        mvc.perform(upload("diapositivas.odp", zip("application/vnd.oasis.opendocument.presentation", "content.xml"), "PUBLIC")
                        .with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/vnd.oasis.opendocument.presentation"));
        mvc.perform(upload("ejercicios.zip", zip(null, "uno.txt", "dos.txt"), "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/zip"));
        mvc.perform(upload("diagrama.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("image/png"));
        mvc.perform(upload("foto.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("image/jpeg"));
        // Without an ending, the name takes the one of its content.
        mvc.perform(upload("LEEME", "Lea esto primero.\n".getBytes(StandardCharsets.UTF_8), "PUBLIC").with(coordinator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("text/plain; charset=UTF-8"))
                .andExpect(jsonPath("$.fileName").value("LEEME.txt"));
        assertThat(materials()).isEqualTo(9);
    }

    @Test
    void anEmptyOrOversizeFileAndMissingFieldsAreEachNamedAndNothingIsWritten() throws Exception {
        mvc.perform(upload("vacio.pdf", new byte[0], "PUBLIC").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file")).andExpect(jsonPath("$.errors[0].message").value("The file is empty."));
        byte[] big = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(upload("grande.pdf", big, "PUBLIC").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is larger than the maximum of 25 MB."));
        mvc.perform(multipart(base + "/files").file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("title.en", "English only").param("audience", "EVERYONE").param("language", "de")
                        .with(coordinator()).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("audience"));
        mvc.perform(multipart(base + "/files").file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("title.en", "English only").param("language", "de")
                        .with(coordinator()).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title.es", "language", "audience")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title.es')].message").value(contains("The Spanish title is required.")));
        mvc.perform(multipart(base + "/files").param("title.es", "Sin archivo").param("audience", "PUBLIC")
                        .with(coordinator()).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file")).andExpect(jsonPath("$.errors[0].message").value("Choose a file."));
        mvc.perform(post(base + "/files").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(materials()).isZero();
        assertThat(jdbc.sql("select count(*) from training_material_blob where sha256 = ?").param(sha256(big)).query(Long.class).single())
                .isZero();
    }

    @Test
    void linksAreHttpsAndWellFormed() throws Exception {
        for (String bad : List.of("http://example.org/guia", "ftp://example.org/guia", "javascript:alert(1)", "https://", "no es un enlace",
                "https://usuario:clave@example.org/", "https://localhost/")) {
            mvc.perform(post(base + "/links").with(coordinator()).with(csrf()).header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\": {\"es\": \"Guía\"}, \"url\": \"%s\", \"audience\": \"PUBLIC\"}".formatted(bad)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("url"));
        }
        mvc.perform(post(base + "/links").with(coordinator()).with(csrf()).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": {\"es\": \"Guía\"}, \"url\": \"http://example.org\", \"audience\": \"PUBLIC\"}"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("must start with https://")));
        assertThat(materials()).isZero();

        long id = link("https://www.first.org/standards/frameworks/csirts/", "PUBLIC", coordinator());
        mvc.perform(get(base + "/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("LINK")).andExpect(jsonPath("$.title.en").value("Link"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.url").value("https://www.first.org/standards/frameworks/csirts/"));
        mvc.perform(get(base + "/" + id + "/file")).andExpect(status().isNotFound());
    }

    @Test
    void materialsKeepTheirOrderAndAreReordered() throws Exception {
        long first = link("https://example.org/1", "PUBLIC", coordinator());
        long second = link("https://example.org/2", "PUBLIC", trainer(trainerOfCourse));
        long third = added(mvc.perform(upload("tres.pdf", PDF, "PUBLIC").with(coordinator())).andExpect(status().isCreated()));
        mvc.perform(get(base)).andExpect(jsonPath("$[*].id").value(contains((int) first, (int) second, (int) third)))
                .andExpect(jsonPath("$[*].position").value(contains(1, 2, 3)));

        mvc.perform(put(base + "/order").with(trainer(trainerOfCourse)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\": [%d, %d, %d]}".formatted(third, first, second)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(contains((int) third, (int) first, (int) second)));
        mvc.perform(put(base + "/order").with(coordinator()).with(csrf()).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\": [%d, %d]}".formatted(third, first)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("materials"));
        mvc.perform(put(base + "/order").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\": [%d, %d, %d]}".formatted(third, first, first)))
                .andExpect(status().isBadRequest());

        // The page's buttons move one place; removing closes the gap.
        mvc.perform(post("/training/courses/" + course + "/materials/" + second + "/move").param("direction", "up")
                        .with(coordinator()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base)).andExpect(jsonPath("$[*].id").value(contains((int) third, (int) second, (int) first)));
        mvc.perform(delete(base + "/" + third).with(coordinator()).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(base)).andExpect(jsonPath("$[*].id").value(contains((int) second, (int) first)))
                .andExpect(jsonPath("$[*].position").value(contains(1, 2)));
    }

    @Test
    void materialsForParticipantsAreSeenOnlyByTheCoursesParticipantsTrainersAndStaff() throws Exception {
        long open = link("https://example.org/abierto", "PUBLIC", coordinator());
        long closed = added(mvc.perform(upload("solo-participantes.pdf", PDF, "PARTICIPANTS").with(coordinator()))
                .andExpect(status().isCreated()));

        var entitled = List.of(participant(participantOfCourse), trainer(trainerOfCourse), coordinator(),
                person("admin@example.org", Grant.programme(Role.ADMIN)));
        for (RequestPostProcessor who : entitled) {
            mvc.perform(get(base).with(who)).andExpect(jsonPath("$[*].id").value(contains((int) open, (int) closed)));
            mvc.perform(get(base + "/" + closed + "/file").with(who)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "private, no-cache"));
        }
        // Anonymous, a participant of nothing, a trainer of another course's event, and a participant of
        // another course: the material does not exist for them.
        var others = List.of(participant("nadie@example.org"), trainer(trainerOfOther),
                person("coordinador.uy@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "UY")));
        for (RequestPostProcessor who : others) {
            mvc.perform(get(base).with(who)).andExpect(jsonPath("$[*].id").value(contains((int) open)));
            mvc.perform(get(base + "/" + closed).with(who)).andExpect(status().isNotFound());
            mvc.perform(get(base + "/" + closed + "/file").with(who)).andExpect(status().isNotFound());
        }
        mvc.perform(get(base)).andExpect(jsonPath("$[*].id").value(contains((int) open)));
        mvc.perform(get(base + "/" + closed)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + closed + "/file")).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("solo-participantes"))));
        // Nor is it found through another course's path.
        mvc.perform(get("/api/v1/training/courses/" + otherCourse + "/materials/" + closed + "/file").with(coordinator()))
                .andExpect(status().isNotFound());

        // The course page lists what the viewer may see.
        mvc.perform(get("/training/courses/" + course)).andExpect(status().isOk())
                .andExpect(content().string(containsString("https://example.org/abierto")))
                .andExpect(content().string(not(containsString("solo-participantes"))));
        mvc.perform(get("/training/courses/" + course).with(participant(participantOfCourse)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Material solo-participantes.pdf")))
                .andExpect(content().string(containsString("Participants only")))
                .andExpect(content().string(not(containsString("Add a material"))));
    }

    @Test
    void onlyStaffAndTheCoursesTrainersChangeMaterials() throws Exception {
        long id = link("https://example.org/guia", "PUBLIC", coordinator());
        String body = "{\"title\": {\"es\": \"Otra\"}, \"url\": \"https://example.org/otra\", \"audience\": \"PUBLIC\"}";
        // Refused at the door (403 before the body is read): participants and national coordinators.
        for (RequestPostProcessor who : List.of(participant(participantOfCourse),
                person("coordinador.uy@example.org", Grant.country(Role.NATIONAL_COORDINATOR, "UY")))) {
            mvc.perform(post(base + "/links").with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{broken"))
                    .andExpect(status().isForbidden());
            mvc.perform(upload("a.pdf", PDF, "PUBLIC").with(who)).andExpect(status().isForbidden());
            mvc.perform(put(base + "/" + id).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{broken"))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(base + "/" + id).with(who).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(multipart("/training/courses/" + course + "/materials").param("url", "https://example.org/x").with(who).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/training/courses/" + course + "/materials/" + id + "/edit").with(who)).andExpect(status().isForbidden());
        }
        mvc.perform(post(base + "/links").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        // A trainer, but of another course's event: refused by the service.
        mvc.perform(post(base + "/links").with(trainer(trainerOfOther)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(delete(base + "/" + id).with(trainer(trainerOfOther)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(put(base + "/" + id).with(trainer(trainerOfOther)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": {\"es\": \"X\"}, \"audience\": \"PUBLIC\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/courses/" + course + "/materials/" + id + "/edit").with(trainer(trainerOfOther)))
                .andExpect(status().isForbidden());
        assertThat(materials()).isEqualTo(1);

        // The course's own trainer retitles it and hides it from the public.
        mvc.perform(put(base + "/" + id).with(trainer(trainerOfCourse)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": {\"es\": \"Guía del curso\", \"pt\": \"Guia do curso\"}, \"audience\": \"PARTICIPANTS\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title.pt").value("Guia do curso"))
                .andExpect(jsonPath("$.audience").value("PARTICIPANTS")).andExpect(jsonPath("$.url").value("https://example.org/guia"));
        mvc.perform(get(base + "/" + id)).andExpect(status().isNotFound());
        mvc.perform(delete(base + "/" + id).with(trainer(trainerOfCourse)).with(csrf())).andExpect(status().isNoContent());
        assertThat(materials()).isZero();
    }

    @Test
    void aFilesBytesGoWithItsLastMaterial() throws Exception {
        byte[] pdf = (new String(PDF, StandardCharsets.ISO_8859_1) + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        long one = added(mvc.perform(upload("uno.pdf", pdf, "PUBLIC").with(coordinator())).andExpect(status().isCreated()));
        long two = added(mvc.perform(upload("dos.pdf", pdf, "PARTICIPANTS").with(coordinator())).andExpect(status().isCreated()));
        String blobs = "select count(*) from training_material_blob where sha256 = ?";
        assertThat(jdbc.sql(blobs).param(sha256(pdf)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(delete(base + "/" + one).with(coordinator()).with(csrf())).andExpect(status().isNoContent());
        assertThat(jdbc.sql(blobs).param(sha256(pdf)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(base + "/" + two + "/file").with(coordinator())).andExpect(content().bytes(pdf));
        mvc.perform(delete(base + "/" + two).with(coordinator()).with(csrf())).andExpect(status().isNoContent());
        assertThat(jdbc.sql(blobs).param(sha256(pdf)).query(Long.class).single()).isZero();
    }

    @Test
    void theCoursePageFormAddsALinkOrShowsEachProblemBesideItsField() throws Exception {
        String page = "/training/courses/" + course;
        mvc.perform(get(page).with(trainer(trainerOfCourse)).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a material")))
                .andExpect(content().string(containsString("up to 25 MB")));
        mvc.perform(get(page).with(trainer(trainerOfOther)).header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("Add a material"))));

        mvc.perform(multipart(page + "/materials").param("title.es", "").param("url", "http://example.org/guia").param("audience", "PUBLIC")
                        .with(trainer(trainerOfCourse)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"material-title-es-error\"")))
                .andExpect(content().string(containsString("The Spanish title is required.")))
                .andExpect(content().string(containsString("id=\"material-url-error\"")))
                .andExpect(content().string(containsString("The link must start with https://")))
                .andExpect(content().string(containsString("value=\"http://example.org/guia\"")));
        mvc.perform(multipart(page + "/materials").param("title.es", "Nada").param("audience", "PUBLIC")
                        .with(trainer(trainerOfCourse)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a file or type a link")));
        assertThat(materials()).isZero();

        mvc.perform(multipart(page + "/materials").param("title.es", "Guía de FIRST").param("title.en", "FIRST guide")
                        .param("url", "https://www.first.org/").param("language", "en").param("audience", "PUBLIC")
                        .with(trainer(trainerOfCourse)).with(csrf()))
                .andExpect(redirectedUrl(page + "#materials"));
        mvc.perform(multipart(page + "/materials").file(new MockMultipartFile("file", "diapositivas.pdf", "application/pdf", PDF))
                        .param("title.es", "Diapositivas").param("url", "").param("audience", "PARTICIPANTS")
                        .with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl(page + "#materials"));
        mvc.perform(get(page).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("FIRST guide")))
                .andExpect(content().string(containsString("in English")))
                .andExpect(content().string(not(containsString("Diapositivas"))));
        mvc.perform(get(page).with(participant(participantOfCourse)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Diapositivas")))
                .andExpect(content().string(containsString("PDF</span><span>, " + PDF.length + " B")));

        long id = ((Number) JsonPath.read(mvc.perform(get(base)).andReturn().getResponse().getContentAsString(), "$[0].id")).longValue();
        mvc.perform(get(page + "/materials/" + id + "/edit").with(trainer(trainerOfCourse))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"FIRST guide\"")));
        mvc.perform(post(page + "/materials/" + id).param("title.es", "").param("audience", "PUBLIC")
                        .with(trainer(trainerOfCourse)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("The Spanish title is required.")));
        mvc.perform(post(page + "/materials/" + id).param("title.es", "Guía FIRST").param("audience", "PARTICIPANTS")
                        .with(trainer(trainerOfCourse)).with(csrf()))
                .andExpect(redirectedUrl(page + "#materials"));
        mvc.perform(get(base + "/" + id)).andExpect(status().isNotFound());
        mvc.perform(post(page + "/materials/" + id + "/remove").with(trainer(trainerOfCourse)).with(csrf()))
                .andExpect(redirectedUrl(page + "#materials"));
        assertThat(materials()).isEqualTo(1);
    }
}
