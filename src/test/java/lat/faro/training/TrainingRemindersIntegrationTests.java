package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import lat.faro.test.DatabaseTest;
import lat.faro.test.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reminders before an event, received by an embedded SMTP server (GreenMail) while a movable
 * clock walks towards the first session: none a day and more ahead, exactly one per confirmed
 * person inside the window however often the job runs, none to those waiting, cancelled or
 * erased, none once the event has started, and the .ics attached and downloadable as the event's
 * page is visible. Each test places its events months apart so their windows never overlap.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class TrainingRemindersIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // The job itself runs once at start-up; the tests run it when the clock says so.
        registry.add("faro.training.reminder.every", () -> "P1D");
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
            return MovableClock.at(Instant.parse("2027-01-01T12:00:00Z"));
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired TrainingReminders reminders;

    final String tag = UUID.randomUUID().toString().substring(0, 6);

    String address(String name) {
        return name + "-" + tag + "@example.org";
    }

    long created(String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A Portuguese event in Brasília with two sessions, the first at {@code first} local time; planned, or open. */
    long event(LocalDateTime first, boolean open) throws Exception {
        String code = "LEMB-" + UUID.randomUUID().toString().substring(0, 8);
        long course = created("/api/v1/training/courses", """
                {"code": "%s", "texts": {"es": {"title": "Gestión de riesgos", "description": "d", "objectives": "o"},
                                         "pt": {"title": "Gestão de riscos", "description": "d", "objectives": "o"}}}
                """.formatted(code));
        long event = created("/api/v1/training/events", """
                {"course": %d, "country": "BR", "city": "Brasília", "modality": "IN_PERSON", "language": "pt",
                 "venue": "Auditório do Ministério da Gestão e da Inovação em Serviços Públicos, Bloco C; sala 2 \\\\ térreo",
                 "timeZone": "America/Sao_Paulo", "capacity": 3, "registrationMode": "OPEN",
                 "sessions": [{"startsAt": "%s", "endsAt": "%s"}, {"startsAt": "%s", "endsAt": "%s", "title": "Exercício prático"}]}
                """.formatted(course, first, first.plusHours(4), first.plusDays(1), first.plusDays(1).plusHours(3)));
        if (open) {
            mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        }
        return event;
    }

    long register(long event, String email) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "Pessoa %s", "organisation": "O", "sector": "GOVERNMENT", "consentVersion": "2026-11"}
                                """.formatted(email, email.substring(0, 3))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void at(LocalDateTime local) {
        clock.setTo(local.atZone(SAO_PAULO).toInstant());
    }

    /** The reminders received by the address (registration mails are not reminders). */
    List<MimeMessage> remindersTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            String subject = message.getSubject();
            boolean reminder = subject.startsWith("Lembrete:") || subject.startsWith("Recordatorio:");
            if (reminder && Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    static String text(MimeMessage message) throws Exception {
        return part(message, false).getContent().toString();
    }

    static byte[] ics(MimeMessage message) throws Exception {
        Part attachment = part(message, true);
        assertThat(attachment.getContentType()).startsWith("text/calendar");
        assertThat(attachment.getFileName()).endsWith(".ics");
        return attachment.getInputStream().readAllBytes();
    }

    static Part part(Part part, boolean attachment) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = part(multipart.getBodyPart(i), attachment);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        boolean isAttachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        return isAttachment == attachment ? part : null;
    }

    /** Checks the physical lines (CRLF, at most 75 octets, whole characters) and returns the unfolded ones. */
    static List<String> lines(byte[] ics) throws CharacterCodingException {
        String raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ics)).toString();
        assertThat(raw).endsWith("\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        boolean folded = false;
        for (String physical : raw.split("\r\n")) {
            byte[] octets = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(physical).isLessThanOrEqualTo(75);
            // Each physical line on its own is whole UTF-8: no character was cut by the folding.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
            folded |= physical.startsWith(" ");
        }
        assertThat(folded).as("the long LOCATION is folded").isTrue();
        return List.of(raw.replace("\r\n ", "").split("\r\n"));
    }

    List<String> sessionStarts(long event, String column) {
        return jdbc.sql("select " + column + " from training_session where event_id = ? order by position").param(event)
                .query((rs, n) -> ICS_UTC.format(rs.getObject(1, OffsetDateTime.class).toInstant())).list();
    }

    @Test
    void remindsEachConfirmedPersonOnceInTheWindowInTheEventsLanguageWithTheSessionsAsICalendar() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2027-03-04T14:00");
        at(start.minusDays(10));
        long event = event(start, true);
        String ana = address("ana");
        String bea = address("bea");
        String car = address("car");
        String dan = address("dan");
        String eli = address("eli");
        register(event, ana);
        long beaRegistration = register(event, bea);
        register(event, eli);
        mvc.perform(delete("/api/v1/training/registrations/" + beaRegistration).with(participant(bea)).with(csrf()))
                .andExpect(status().isOk());
        register(event, car);
        register(event, dan);
        mvc.perform(post("/api/v1/training/me/erasure").with(participant(eli)).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("select status from training_registration where event_id = ? order by id").param(event)
                .query(String.class).list()).containsExactly("CONFIRMED", "CANCELLED", "CONFIRMED", "CONFIRMED", "WAITLISTED");

        at(start.minusHours(24).minusMinutes(1));
        reminders.sendDue();
        assertThat(remindersTo(ana)).as("a minute before the window opens").isEmpty();

        at(start.minusHours(23));
        reminders.sendDue();
        reminders.sendDue();
        at(start.minusHours(2));
        reminders.sendDue();

        assertThat(remindersTo(ana)).hasSize(1);
        assertThat(remindersTo(car)).hasSize(1);
        assertThat(remindersTo(bea)).as("cancelled").isEmpty();
        assertThat(remindersTo(dan)).as("on the waiting list").isEmpty();
        assertThat(remindersTo(eli)).as("erased").isEmpty();
        assertThat(SMTP.getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().endsWith("@erased.invalid");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });

        MimeMessage mail = remindersTo(ana).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Lembrete: Gestão de riscos, 4 de março de 2027");
        assertThat(text(mail)).contains("Olá, Pessoa ana:", "Sessões (horário local, America/Sao_Paulo):",
                "- 4 de março de 2027, 14:00–18:00", "- 5 de março de 2027, 14:00–17:00 (Exercício prático)",
                "Local: Auditório do Ministério", "Brasília", "/training/events/" + event,
                "As sessões vão anexadas em um arquivo de calendário (.ics)")
                .doesNotContain("/tests/PRE");

        List<String> lines = lines(ics(mail));
        assertThat(lines.getFirst()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.getLast()).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("DTSTART:")).map(l -> l.substring(8)).toList())
                .containsExactlyElementsOf(sessionStarts(event, "starts_at"))
                .containsExactly("20270304T170000Z", "20270305T170000Z");
        assertThat(lines.stream().filter(l -> l.startsWith("DTEND:")).map(l -> l.substring(6)).toList())
                .containsExactlyElementsOf(sessionStarts(event, "ends_at"));
        assertThat(lines).contains("SUMMARY:Gestão de riscos (1/2)", "SUMMARY:Gestão de riscos (2/2): Exercício prático",
                "LOCATION:Auditório do Ministério da Gestão e da Inovação em Serviços Públicos\\, Bloco C\\; sala 2 \\\\ térreo\\, Brasília");
        assertThat(lines).anyMatch(l -> l.startsWith("URL:") && l.endsWith("/training/events/" + event));
        List<String> uids = lines.stream().filter(l -> l.startsWith("UID:")).toList();
        assertThat(uids).hasSize(2).doesNotHaveDuplicates();

        // The same file from the event's page, for anyone: the same sessions under the same UIDs.
        byte[] download = mvc.perform(get("/training/events/" + event + "/calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"faro-event-" + event + ".ics\""))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> downloaded = lines(download);
        assertThat(downloaded.stream().filter(l -> l.startsWith("UID:")).toList()).isEqualTo(uids);
        assertThat(downloaded.stream().filter(l -> l.startsWith("DTSTART:")).toList())
                .containsExactly("DTSTART:20270304T170000Z", "DTSTART:20270305T170000Z");
    }

    @Test
    void aLatePlaceGetsItsReminderOnTheNextRunUnlessWithinTheLastHourAndNobodyGetsOneOnceStarted() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2027-05-10T09:00");
        at(start.minusDays(5));
        long event = event(start, true);
        String early = address("ivo");
        register(event, early);

        at(start.minusHours(3));
        String late = address("fay");
        register(event, late);
        reminders.sendDue();
        assertThat(remindersTo(late)).as("confirmed three hours before").hasSize(1);
        assertThat(remindersTo(early)).hasSize(1);

        at(start.minusMinutes(30));
        String last = address("gus");
        register(event, last);
        reminders.sendDue();
        assertThat(remindersTo(last)).as("confirmed half an hour before: the confirmation says it all").isEmpty();
        assertThat(remindersTo(late)).hasSize(1);

        long other = event(start.plusDays(7), true);
        at(start.plusDays(7).minusHours(2));
        String missed = address("hal");
        register(other, missed);
        at(start.plusDays(7).plusMinutes(1));
        reminders.sendDue();
        assertThat(remindersTo(missed)).as("the event has begun").isEmpty();
    }

    @Test
    void thePreTestSentenceOnlyForThoseWhoCanStillTakeItAndTwoRunnersAtOnceSendOneEach() throws Exception {
        var fixture = new LearningTestsFixture(mvc, jdbc);
        LocalDateTime start = LocalDateTime.parse("2027-07-20T10:00");
        clock.setTo(start.minusDays(3).atZone(LearningTestsFixture.MONTEVIDEO).toInstant());
        LearningTestsFixture.Course course = fixture.course();
        long event = fixture.event(course, start, start.plusHours(4));
        String taker = address("jon");
        String pending = address("kim");
        String third = address("lia");
        fixture.register(event, taker, "Jon");
        fixture.register(event, pending, "Kim");
        fixture.register(event, third, "Lía");
        fixture.submit(event, "PRE", participant(taker), LearningTestsFixture.answers(course, "0:A")).andExpect(status().isCreated());

        clock.setTo(start.minusHours(20).atZone(LearningTestsFixture.MONTEVIDEO).toInstant());
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reminders::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(reminders::sendDue);
        assertThat(one.get() + two.get()).isEqualTo(3);
        reminders.sendDue();

        assertThat(remindersTo(taker)).hasSize(1);
        assertThat(remindersTo(pending)).hasSize(1);
        assertThat(remindersTo(third)).hasSize(1);
        MimeMessage mail = remindersTo(pending).getFirst();
        assertThat(mail.getSubject()).startsWith("Recordatorio: Respuesta a incidentes");
        assertThat(text(mail)).contains("Hola, Kim:", "Sesiones (hora local, America/Montevideo):",
                "Antes de la primera sesión, responda la prueba inicial: ", "/training/events/" + event + "/tests/PRE");
        assertThat(text(remindersTo(taker).getFirst())).as("already taken").doesNotContain("/tests/PRE");
    }

    @Test
    void theCalendarIsAsVisibleAsTheEvent() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2027-09-01T09:00");
        at(start.minusDays(20));
        long open = event(start, true);
        long planned = event(start, false);

        mvc.perform(get("/training/events/" + open + "/calendar.ics")).andExpect(status().isOk());
        mvc.perform(get("/training/events/" + planned + "/calendar.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/training/events/" + planned + "/calendar.ics").with(participant(address("mia")))).andExpect(status().isNotFound());
        mvc.perform(get("/training/events/999999/calendar.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/training/events/" + planned + "/calendar.ics").with(coordinator())).andExpect(status().isOk());
        assertThat(mvc.perform(get("/training/events/" + open)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/training/events/" + open + "/calendar.ics\"");
    }

    @Test
    void aFailedSendIsRetriedOnTheNextRunAndStopsNoOtherAddress() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2027-11-15T09:00");
        at(start.minusDays(4));
        long event = event(start, true);
        String good = address("noa");
        String bad = address("oto");
        register(event, good);
        long badRegistration = register(event, bad);
        // An address that cannot be sent to: JavaMail rejects the space in its local part, as a server would refuse it.
        jdbc.sql("update training_registration set email = ? where id = ?").params("o to-" + tag + "@example.org", badRegistration).update();

        at(start.minusHours(12));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(remindersTo(good)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from training_registration where id = ? and reminded_at is null").param(badRegistration)
                .query(Integer.class).single()).as("not marked as reminded").isEqualTo(1);

        jdbc.sql("update training_registration set email = ? where id = ?").params(bad, badRegistration).update();
        at(start.minusHours(11));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(remindersTo(bad)).hasSize(1);
        assertThat(remindersTo(good)).hasSize(1);
    }
}
