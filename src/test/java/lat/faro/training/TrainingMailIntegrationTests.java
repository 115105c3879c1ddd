package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registration e-mails, received by an embedded SMTP server (GreenMail): a confirmed place, a
 * place on the waiting list, and the mail to the person who gets a freed place; each in the
 * event's language, to the person's own address, with the event's address.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class TrainingMailIntegrationTests {

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

    @Autowired MockMvc mvc;

    long created(String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long register(long event, String email) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "María %s", "organisation": "O", "sector": "GOVERNMENT", "consentVersion": "2026-11"}
                                """.formatted(email, email.substring(0, 3))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    MimeMessage mailTo(String address) throws Exception {
        for (int wait = 0; wait < 100; wait++) {
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address + " within 10 s");
    }

    @Test
    void registeringSendsTheRightMailInTheEventsLanguage() throws Exception {
        String code = "MAIL-" + UUID.randomUUID().toString().substring(0, 8);
        long course = created("/api/v1/training/courses", """
                {"code": "%s", "texts": {"es": {"title": "Gestión de riesgos", "description": "d", "objectives": "o"},
                                         "pt": {"title": "Gestão de riscos", "description": "d", "objectives": "o"}}}
                """.formatted(code));
        long event = created("/api/v1/training/events", """
                {"course": %d, "country": "BR", "city": "Brasília", "venue": "Esplanada", "modality": "IN_PERSON", "language": "pt",
                 "timeZone": "America/Sao_Paulo", "capacity": 1, "registrationMode": "OPEN",
                 "sessions": [{"startsAt": "2027-08-03T14:00", "endsAt": "2027-08-03T18:00"}]}
                """.formatted(course));
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = "ana-" + tag + "@example.org";
        String second = "bea-" + tag + "@example.org";

        long ana = register(event, first);
        MimeMessage confirmed = mailTo(first);
        assertThat(confirmed.getSubject()).isEqualTo("Inscrição confirmada: Gestão de riscos");
        assertThat(String.valueOf(confirmed.getContent())).contains("Olá, María ana:", "Brasília, Esplanada",
                "/training/events/" + event);

        register(event, second);
        MimeMessage waiting = mailTo(second);
        assertThat(waiting.getSubject()).isEqualTo("Lista de espera: Gestão de riscos");
        assertThat(String.valueOf(waiting.getContent())).contains("na posição 1");

        int before = SMTP.getReceivedMessages().length;
        mvc.perform(delete("/api/v1/training/registrations/" + ana).with(participant(first)).with(csrf())).andExpect(status().isOk());
        for (int wait = 0; wait < 100 && SMTP.getReceivedMessages().length == before; wait++) {
            Thread.sleep(100);
        }
        MimeMessage promoted = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertThat(promoted.getAllRecipients()[0].toString()).isEqualTo(second);
        assertThat(promoted.getSubject()).isEqualTo("Uma vaga foi liberada: Gestão de riscos");
    }
}
