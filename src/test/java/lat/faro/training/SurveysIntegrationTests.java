package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.TRAINER;
import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static lat.faro.training.TrainingApiIntegrationTests.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The reaction survey: once per confirmed participant while it is open, every bad rating named, results in the report. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SurveysIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long event(LocalDate day) throws Exception {
        String code = "SRV-" + UUID.randomUUID().toString().substring(0, 8);
        String course = mvc.perform(post("/api/v1/training/courses").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"texts\": {\"es\": {\"title\": \"Encuesta\", \"description\": \"d\", \"objectives\": \"o\"}}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String event = mvc.perform(post("/api/v1/training/events").with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"course": %d, "country": "CR", "city": "San José", "venue": "MICITT", "modality": "IN_PERSON",
                                 "language": "es", "timeZone": "America/Costa_Rica", "capacity": 2, "registrationMode": "OPEN",
                                 "trainers": ["%s"], "sessions": [{"startsAt": "%sT00:05", "endsAt": "%sT00:10"}]}
                                """.formatted(((Number) JsonPath.read(course, "$.id")).longValue(), TRAINER, day, day)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(event, "$.id")).longValue();
        mvc.perform(post("/api/v1/training/events/" + id + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        return id;
    }

    void register(long event, String email) throws Exception {
        mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"email": "%s", "fullName": "P", "organisation": "O", "sector": "GOVERNMENT", "consentVersion": "2026-11"}
                        """.formatted(email))).andExpect(status().isCreated());
    }

    @Test
    void eachConfirmedParticipantAnswersOnceAndTheReportShowsTheResults() throws Exception {
        long event = event(LocalDate.now(ZoneId.of("America/Costa_Rica")).minusDays(1)); // its only session was yesterday
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String ana = "ana-" + tag + "@example.org";
        String luis = "luis-" + tag + "@example.org";
        String carla = "carla-" + tag + "@example.org";
        register(event, ana);
        register(event, luis);
        register(event, carla); // waiting list: no survey

        String form = mvc.perform(get("/training/events/" + event + "/survey").with(participant(ana)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("El contenido sirve para mi trabajo.", "name=\"relevance\"", "5 · Totalmente de acuerdo");

        String refused = mvc.perform(post("/training/events/" + event + "/survey").with(participant(ana)).with(csrf())
                        .header("Accept-Language", "es").param("relevance", "5").param("trainer", "9").param("materials", "4")
                        .param("recommend", "5"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Elija una calificación de 1 a 5.");
        assertThat(jdbc.sql("select count(*) from training_survey_response where event_id = ?").param(event).query(Long.class).single())
                .isZero();

        answer(event, ana, 5, "Muy útil").andExpect(status().is3xxRedirection());
        answer(event, ana, 5, "otra vez").andExpect(status().isConflict());
        answer(event, luis, 4, null).andExpect(status().is3xxRedirection());
        answer(event, carla, 3, null).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from training_survey_response where event_id = ?").param(event).query(Long.class).single())
                .isEqualTo(2);

        byte[] report = mvc.perform(get("/training/events/" + event + "/report.pdf").with(trainer(TRAINER)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(report)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
            // relevance: (5 + 4) / 2; clarity 3 for both.
            assertThat(text).contains("2 de 2 personas confirmadas", "El contenido sirve para mi trabajo. 4,50",
                    "Los temas se explicaron con claridad. 3,00", "Muy útil").doesNotContain(ana);
        }
    }

    @Test
    void theSurveyIsClosedBeforeTheLastSessionStarts() throws Exception {
        long event = event(LocalDate.now(ZoneId.of("America/Costa_Rica")).plusDays(20));
        String ana = "ana-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        register(event, ana);
        assertThat(mvc.perform(get("/training/events/" + event + "/survey").with(participant(ana)).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("La encuesta no está abierta para usted");
        answer(event, ana, 5, null).andExpect(status().isConflict());
    }

    org.springframework.test.web.servlet.ResultActions answer(long event, String who, int relevance, String comment) throws Exception {
        var request = post("/training/events/" + event + "/survey").with(participant(who)).with(csrf())
                .param("relevance", Integer.toString(relevance)).param("clarity", "3").param("trainer", "4").param("materials", "4")
                .param("recommend", "5");
        if (comment != null) {
            request = request.param("comment", comment);
        }
        return mvc.perform(request);
    }
}
