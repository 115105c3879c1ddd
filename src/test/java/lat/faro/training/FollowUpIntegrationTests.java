package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.TRAINER;
import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.faro.test.DatabaseTest;
import lat.faro.test.MovableClock;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The follow-up survey (Kirkpatrick level 3): the daily job mails each eligible person once, 90
 * days after the last session and not after the window; the mailed link opens the form without an
 * account and takes one answer; bad links get their own message; the results, counted by hand,
 * reach only the event's trainers and staff. Time moves with a movable clock.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return MovableClock.following();
        }
    }

    static final String ZONE = "America/Lima";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FollowUps followUps;
    @Autowired SignedLinks links;
    @Autowired MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    long created(String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** An open event of a course with three objectives, its one session on the given day, 09:00–12:00 in Lima. */
    long event(LocalDate day, int capacity) throws Exception {
        String code = "FU-" + UUID.randomUUID().toString().substring(0, 8);
        long course = created("/api/v1/training/courses", """
                {"code": "%s", "texts": {"es": {"title": "Gobierno de datos", "description": "d",
                  "objectives": "Inventariar los datos\\nAsignar responsables\\nPublicar datos abiertos"}}}
                """.formatted(code));
        long event = created("/api/v1/training/events", """
                {"course": %d, "country": "PE", "city": "Lima", "modality": "ONLINE", "onlineUrl": "https://meet.example.org/fu",
                 "language": "es", "timeZone": "%s", "capacity": %d, "registrationMode": "OPEN", "trainers": ["%s"],
                 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT12:00"}]}
                """.formatted(course, ZONE, capacity, TRAINER, day, day));
        advance(event, 1, "REGISTRATION_OPEN");
        return event;
    }

    void advance(long event, int version, String status) throws Exception {
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", Integer.toString(version))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"" + status + "\"}")).andExpect(status().isOk());
    }

    void complete(long event) throws Exception {
        advance(event, 2, "RUNNING");
        advance(event, 3, "COMPLETED");
    }

    long register(long event, String email, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "%s", "organisation": "PCM", "sector": "GOVERNMENT", "consentVersion": "2026-11"}
                                """.formatted(email, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static String someone(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    }

    Instant lastEnd(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.of(ZONE)).toInstant();
    }

    /** The follow-up mails to this person (the registration mails are not counted). */
    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))
                        && m.getSubject().startsWith("¿Aplicó lo aprendido");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    MimeMessage mailTo(String address) throws Exception {
        for (int wait = 0; wait < 100; wait++) {
            List<MimeMessage> mails = mailsTo(address);
            if (!mails.isEmpty()) {
                return mails.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address + " within 10 s");
    }

    /** The path of the link in the mail to this person (the mail holds the full address). */
    String linkPath(String address) throws Exception {
        String body = (String) mailTo(address).getContent();
        Matcher m = Pattern.compile("http://[^/\\s]+(/training/follow-up/v1\\.[A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("a follow-up link in: " + body).isTrue();
        return m.group(1);
    }

    boolean sent(long registration) {
        return jdbc.sql("select count(*) from training_follow_up where registration_id = ?").param(registration).query(Long.class).single() > 0;
    }

    long answers(long registration) {
        return jdbc.sql("select count(*) from training_follow_up_response where registration_id = ?").param(registration)
                .query(Long.class).single();
    }

    ResultActions answer(String path, String applied, List<String> objectives, List<String> barriers, String other, String change)
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        var request = post(path).session(session).with(csrf()).header("Accept-Language", "es");
        if (applied != null) {
            request = request.param("applied", applied);
        }
        for (String o : objectives) {
            request = request.param("objectives", o);
        }
        for (String b : barriers) {
            request = request.param("barriers", b);
        }
        if (other != null) {
            request = request.param("otherBarrier", other);
        }
        if (change != null) {
            request = request.param("change", change);
        }
        return mvc.perform(request);
    }

    String page(String path, int status) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "es")).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString();
    }

    /** A completed event, two confirmed people, mailed at 90 days; returns {event, ana, luis} and leaves the clock there. */
    record Sent(long event, long ana, long luis, String anaMail, String luisMail) {
    }

    Sent completedAndSent() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of(ZONE)).minusDays(1);
        long event = event(day, 5);
        String anaMail = someone("ana");
        String luisMail = someone("luis");
        long ana = register(event, anaMail, "Ana Torres");
        long luis = register(event, luisMail, "Luis Paredes");
        complete(event);
        clock.setTo(lastEnd(day).plus(Duration.ofDays(90)));
        followUps.sendDue();
        assertThat(sent(ana) && sent(luis)).isTrue();
        return new Sent(event, ana, luis, anaMail, luisMail);
    }

    @Test
    void theJobMailsEachEligiblePersonOnceAtNinetyDaysAndTheLinkTakesOneAnswer() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of(ZONE)).minusDays(1);
        long event = event(day, 4);
        String ana = someone("ana");
        String luis = someone("luis");
        String eva = someone("eva");
        String fede = someone("fede");
        String carla = someone("carla");
        String gil = someone("gil");
        long anaId = register(event, ana, "Ana Torres");
        long luisId = register(event, luis, "Luis Paredes");
        long evaId = register(event, eva, "Eva Ríos");
        long fedeId = register(event, fede, "Fede Soto");
        long carlaId = register(event, carla, "Carla Vega"); // waiting, then cancelled
        long gilId = register(event, gil, "Gil Mora"); // waiting
        mvc.perform(delete("/api/v1/training/registrations/" + carlaId).with(participant(carla)).with(csrf()))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/v1/training/me/erasure").with(participant(eva)).with(csrf())).andExpect(status().isOk());
        // Not completed: never asked. Ended 100 days before the event above: past its window by then.
        long notCompleted = event(day, 5);
        long nicoId = register(notCompleted, someone("nico"), "Nico Paz");
        long old = event(day.minusDays(100), 5);
        long olgaId = register(old, someone("olga"), "Olga Ruiz");
        complete(event);
        complete(old);

        clock.setTo(lastEnd(day).plus(Duration.ofDays(90)).minusSeconds(60));
        followUps.sendDue();
        assertThat(List.of(anaId, luisId, fedeId)).noneMatch(this::sent);

        clock.setTo(lastEnd(day).plus(Duration.ofDays(90)));
        followUps.sendDue();
        followUps.sendDue(); // a second run the same day
        clock.setTo(lastEnd(day).plus(Duration.ofDays(120)));
        followUps.sendDue(); // and a later day
        assertThat(List.of(anaId, luisId, fedeId)).allMatch(this::sent);
        assertThat(List.of(evaId, carlaId, gilId, nicoId, olgaId)).noneMatch(this::sent);

        MimeMessage mail = mailTo(ana);
        assertThat(mail.getSubject()).isEqualTo("¿Aplicó lo aprendido en «Gobierno de datos»?");
        assertThat((String) mail.getContent()).contains("Hola, Ana Torres:", "«Gobierno de datos»", "El enlace es personal");
        mailTo(luis);
        mailTo(fede);
        Thread.sleep(1000); // time for a second mail, were there one
        assertThat(mailsTo(ana)).hasSize(1);
        assertThat(mailsTo(luis)).hasSize(1);
        assertThat(mailsTo(eva)).isEmpty();
        assertThat(mailsTo(carla)).isEmpty();
        assertThat(mailsTo(gil)).isEmpty();

        // The link, followed without an account: opening it twice changes nothing.
        String link = linkPath(ana);
        String form = page(link, 200);
        page(link, 200);
        assertThat(form).contains("¿Aplicó en su trabajo lo que aprendió?", "Gobierno de datos", "Inventariar los datos",
                "Publicar datos abiertos", "3 · Una parte", "Falta de tiempo o exceso de trabajo", "name=\"_csrf\"");
        assertThat(answers(anaId)).isZero();

        answer(link, "4", List.of("1", "3"), List.of("TIME"), null, "Armamos el inventario de datos del ministerio.")
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(link));
        String again = answer(link, "2", List.of(), List.of("NONE"), null, null)
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Ya respondió esta encuesta");
        assertThat(page(link, 200)).contains("Ya respondió esta encuesta");
        assertThat(answers(anaId)).isEqualTo(1);
        assertThat(jdbc.sql("select applied from training_follow_up_response where registration_id = ?").param(anaId)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void badInputNamesEachFieldAndKeepsWhatWasTyped() throws Exception {
        Sent s = completedAndSent();
        String link = linkPath(s.anaMail());
        String refused = answer(link, null, List.of("9"), List.of("NONE", "TIME"), "Mi propia razón", "x".repeat(2001))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Cuánto aplicó: elija una opción de 1 a 5.",
                "Objetivos aplicados: elija solo entre los objetivos de la lista.",
                "Dificultades: «Nada me lo impidió» no se combina con otras opciones.",
                "Cambio que hizo: admite como máximo 2.000 caracteres.", "value=\"Mi propia razón\"", "x".repeat(2001));
        assertThat(refused).containsPattern("id=\"barrier-TIME\"[^>]*checked");
        String other = answer(link, "3", List.of(), List.of("OTHER"), " ", null)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(other).contains("Otra razón: escriba cuál fue").containsPattern("id=\"applied-3\"[^>]*checked");
        assertThat(answers(s.ana())).isZero();
    }

    @Test
    void eachBadLinkGetsItsOwnMessageAndNothingIsWritten() throws Exception {
        Sent s = completedAndSent();
        String link = linkPath(s.anaMail());
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThat(page("/training/follow-up/v1.abc", 400)).contains("Este enlace está incompleto").doesNotContain("Exception");
        char swapped = token.charAt(20) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, 20) + swapped + token.substring(21);
        assertThat(page("/training/follow-up/" + tampered, 403)).contains("Este enlace fue modificado");
        String invitation = links.issue(SignedLinks.Purpose.INVITATION, Long.toString(s.ana()), clock.instant().plus(Duration.ofDays(1)));
        assertThat(page("/training/follow-up/" + invitation, 400)).contains("Este enlace es para otra cosa");
        answer("/training/follow-up/" + tampered, "4", List.of(), List.of(), null, null).andExpect(status().isForbidden());

        // Past the window's end (183 days after the last session), the mailed link has expired.
        clock.setTo(lastEnd(LocalDate.now(ZoneId.of(ZONE)).minusDays(1)).plus(Duration.ofDays(183)).plusSeconds(1));
        assertThat(page(link, 410)).contains("El plazo para responder terminó");
        answer(link, "4", List.of(), List.of(), null, null).andExpect(status().isGone());
        clock.setTo(lastEnd(LocalDate.now(ZoneId.of(ZONE)).minusDays(1)).plus(Duration.ofDays(91)));

        // Erased: the link stops working.
        mvc.perform(post("/api/v1/training/me/erasure").with(participant(s.anaMail())).with(csrf())).andExpect(status().isOk());
        assertThat(page(link, 410)).contains("Este enlace ya no funciona");
        assertThat(answers(s.ana())).isZero();
    }

    @Test
    void theResultsAreCountedAndShownOnlyToTheEventsTrainersAndStaff() throws Exception {
        Sent s = completedAndSent();
        answer(linkPath(s.anaMail()), "4", List.of("1", "3"), List.of("TIME"), null, "Armamos el inventario de datos.")
                .andExpect(status().is3xxRedirection());
        answer(linkPath(s.luisMail()), "1", List.of("1"), List.of("MANAGEMENT"), "Cambio de jefatura", null)
                .andExpect(status().is3xxRedirection());

        // By hand: 2 answers of 2 sent; mean (4 + 1) / 2 = 2.50; objective 1 twice, 3 once, 2 never; time, management, other once.
        String results = mvc.perform(get("/training/events/" + s.event() + "/follow-up").with(trainer(TRAINER)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(results).contains("2 de 2 (100,00 %)", "2,50", "Armamos el inventario de datos.", "Cambio de jefatura")
                .doesNotContain("Ana Torres", "Luis Paredes", s.anaMail());
        assertThat(results).containsPattern("Inventariar los datos</td> <td class=\"num\">2</td>")
                .containsPattern("Asignar responsables</td> <td class=\"num\">0</td>")
                .containsPattern("Publicar datos abiertos</td> <td class=\"num\">1</td>")
                .containsPattern("1 · Nada</td> <td class=\"num\">1</td>")
                .containsPattern("4 · Bastante</td> <td class=\"num\">1</td>")
                .containsPattern("Otra razón</td> <td class=\"num\">1</td>")
                .containsPattern("Nada me lo impidió</td> <td class=\"num\">0</td>");
        mvc.perform(get("/training/events/" + s.event() + "/follow-up").with(coordinator())).andExpect(status().isOk());

        // Denied: a trainer of another event, a participant (even one who answered), anonymous.
        mvc.perform(get("/training/events/" + s.event() + "/follow-up").with(trainer("otra-formadora@example.org")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/events/" + s.event() + "/follow-up").with(participant(s.anaMail()))).andExpect(status().isForbidden());
        mvc.perform(get("/training/events/" + s.event() + "/follow-up")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        byte[] pdf = mvc.perform(get("/training/events/" + s.event() + "/report.pdf").with(trainer(TRAINER)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
            assertThat(text).contains("Encuesta de seguimiento: aplicación en el trabajo", "Respondieron 2 de 2 (100,00 %)",
                    "Promedio de aplicación (1 a 5) 2,50", "4 · Bastante 1", "Inventariar los datos 2", "Poco apoyo de mis superiores 1",
                    "Otras dificultades mencionadas Cambio de jefatura", "Cambios que hicieron Armamos el inventario de datos.");
        }
        byte[] xlsx = mvc.perform(get("/training/events/" + s.event() + "/report.xlsx").with(trainer(TRAINER)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Seguimiento");
            List<String> rows = new ArrayList<>();
            sheet.forEach(row -> rows.add(row.getCell(0).getStringCellValue() + " = "
                    + (row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? Double.toString(row.getCell(1).getNumericCellValue()) : row.getCell(1).getStringCellValue())));
            assertThat(rows).contains("Enlaces enviados = 2.0", "Respondieron = 2.0", "Tasa de respuesta (%) = 100.0",
                    "Promedio de aplicación (1 a 5) = 2.5", "Objetivo 1: Inventariar los datos = 2.0", "Objetivo 2: Asignar responsables = 0.0");
        }
    }

    @Test
    void theAnswersAreInTheExportAndErasureKeepsOnlyTheFigures() throws Exception {
        Sent s = completedAndSent();
        answer(linkPath(s.anaMail()), "5", List.of("2"), List.of("NONE"), null, "Nombré responsables de datos en mi oficina.")
                .andExpect(status().is3xxRedirection());
        answer(linkPath(s.luisMail()), "3", List.of(), List.of("ROLE"), null, "Luis Paredes cambió el proceso.")
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/training/me/data").with(participant(s.anaMail())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUps.length()").value(1))
                .andExpect(jsonPath("$.followUps[0].registration").value(s.ana()))
                .andExpect(jsonPath("$.followUps[0].applied").value(5))
                .andExpect(jsonPath("$.followUps[0].objectives[0]").value(2))
                .andExpect(jsonPath("$.followUps[0].barriers[0]").value("NONE"))
                .andExpect(jsonPath("$.followUps[0].change").value("Nombré responsables de datos en mi oficina."));

        mvc.perform(post("/api/v1/training/me/erasure").with(participant(s.luisMail())).with(csrf())).andExpect(status().isOk());
        // Both answers still count; Luis's own words are gone.
        String results = mvc.perform(get("/training/events/" + s.event() + "/follow-up").with(trainer(TRAINER)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(results).contains("2 de 2 (100,00 %)", "4,00", "Nombré responsables de datos en mi oficina.")
                .doesNotContain("cambió el proceso")
                .containsPattern("No encaja con mis tareas actuales</td> <td class=\"num\">1</td>");
        assertThat(jdbc.sql("select change_made from training_follow_up_response where registration_id = ?").param(s.luis())
                .query(String.class).list()).containsExactly((String) null);
    }
}
