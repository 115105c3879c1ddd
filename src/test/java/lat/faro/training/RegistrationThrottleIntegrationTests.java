package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registration is rate-limited per account, page and API together: attempts beyond the hour's
 * allowance get a 429 that says when to try again, and write nothing; other accounts are not held up.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "faro.training.registrations-per-hour=3")
class RegistrationThrottleIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long openEvent() throws Exception {
        String events = mvc.perform(get("/api/v1/training/events")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> open = JsonPath.read(events, "$[?(@.status == 'REGISTRATION_OPEN')].id");
        assertThat(open).as("the demo's open event").isNotEmpty();
        return open.getFirst().longValue();
    }

    String body(String email) {
        return """
                {"email": "%s", "fullName": "Persona", "organisation": "Ministerio", "sector": "GOVERNMENT", "consentVersion": "2026-11"}
                """.formatted(email);
    }

    long registrations(String email) {
        return jdbc.sql("select count(*) from training_registration where email = ?").param(email).query(Long.class).single();
    }

    @Test
    void attemptsBeyondTheAllowanceAreRefusedWithWhenToTryAgainAndWriteNothing() throws Exception {
        long event = openEvent();
        String me = "limitada@example.org";
        // Three attempts, failed or not, use up the allowance.
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(me)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"" + me + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/training/events/" + event + "/register").with(participant(me)).with(csrf()).param("fullName", "Persona"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(me)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(me).replace("2026-11", "2020-01")))
                .andExpect(status().isBadRequest());

        // The fourth, valid this time, is refused by the API and by the page, which keeps what was typed.
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(me)).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body(me)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many registration attempts from this account.")));
        String page = mvc.perform(post("/training/events/" + event + "/register").with(participant(me)).with(csrf())
                        .header("Accept-Language", "es").param("fullName", "Persona Tecleada").param("organisation", "Ministerio")
                        .param("sector", "GOVERNMENT").param("consent", "2026-11"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Demasiados intentos de inscripción desde esta cuenta.", "value=\"Persona Tecleada\"");
        assertThat(registrations(me)).isZero();

        String other = "otra.persona@example.org";
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(other)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(other)))
                .andExpect(status().isCreated());
        assertThat(registrations(other)).isEqualTo(1);
    }
}
