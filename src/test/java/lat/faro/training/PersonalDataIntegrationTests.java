package lat.faro.training;

import static lat.faro.training.TrainingApiIntegrationTests.coordinator;
import static lat.faro.training.TrainingApiIntegrationTests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A participant downloads and erases their training data; the retention job erases old events' data by itself. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalData personalData;

    long created(String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(coordinator()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long openEvent(int capacity, String day) throws Exception {
        String code = "PD-" + UUID.randomUUID().toString().substring(0, 8);
        long course = created("/api/v1/training/courses",
                "{\"code\": \"" + code + "\", \"texts\": {\"es\": {\"title\": \"T\", \"description\": \"d\", \"objectives\": \"o\"}}}");
        long event = created("/api/v1/training/events", """
                {"course": %d, "country": "PE", "city": "Lima", "modality": "ONLINE", "onlineUrl": "https://meet.example.org/pd",
                 "language": "es", "timeZone": "America/Lima", "capacity": %d, "registrationMode": "OPEN",
                 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT12:00"}]}
                """.formatted(course, capacity, day, day));
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"REGISTRATION_OPEN\"}")).andExpect(status().isOk());
        return event;
    }

    long register(long event, String email) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events/" + event + "/registrations").with(participant(email)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "%s", "fullName": "Rosa Quispe", "organisation": "PCM", "jobTitle": "Analista",
                                 "sector": "GOVERNMENT", "gender": "FEMALE", "consentVersion": "2026-11"}
                                """.formatted(email)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aParticipantDownloadsAndErasesTheirDataAndTheFiguresStay() throws Exception {
        String rosa = "rosa-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String other = "otro-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        long full = openEvent(1, "2027-09-01");
        long second = openEvent(5, "2027-09-02");
        long confirmed = register(full, rosa);
        register(second, other);
        // A second registration of Rosa waits: the first event is full.
        long waiting = register(full, other.replace("otro", "tercera"));
        long rosaWaiting = register(second, rosa);

        mvc.perform(get("/api/v1/training/me/data").with(participant(rosa)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("faro-personal-data"))
                .andExpect(jsonPath("$.email").value(rosa))
                .andExpect(jsonPath("$.registrations.length()").value(2))
                .andExpect(jsonPath("$.registrations[0].fullName").value("Rosa Quispe"))
                .andExpect(jsonPath("$.registrations[0].jobTitle").value("Analista"))
                .andExpect(jsonPath("$.registrations[0].consentVersion").value("2026-11"));
        mvc.perform(get("/api/v1/training/me/data").with(participant(other)))
                .andExpect(jsonPath("$.email").value(other))
                .andExpect(jsonPath("$.registrations.length()").value(1))
                .andExpect(jsonPath("$.registrations[0].event").value((int) second));
        mvc.perform(get("/api/v1/training/me/data")).andExpect(status().is4xxClientError());

        // The page asks for confirmation first.
        mvc.perform(post("/training/me/erasure").with(participant(rosa)).with(csrf()))
                .andExpect(flash().attribute("notConfirmed", true));
        assertThat(count("select count(*) from training_registration where email = ?", rosa)).isEqualTo(2);

        mvc.perform(post("/training/me/erasure").with(participant(rosa)).with(csrf()).param("confirm", "yes"))
                .andExpect(flash().attribute("erased", 2));
        assertThat(count("select count(*) from training_registration where email = ?", rosa)).isZero();
        assertThat(jdbc.sql("select full_name, organisation, job_title, status, sector, gender from training_registration where id = ?")
                .param(confirmed).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getString(6)).single())
                .as("anonymised, the place and the figures kept").isEqualTo("—|—|null|CONFIRMED|GOVERNMENT|FEMALE");
        mvc.perform(get("/api/v1/training/events/" + full)).andExpect(jsonPath("$.confirmed").value(1));
        assertThat(jdbc.sql("select status from training_registration where id = ?").param(rosaWaiting).query(String.class).single())
                .as("a place on a waiting list is not held under no name").isIn("CONFIRMED", "CANCELLED");
        mvc.perform(get("/api/v1/training/me/data").with(participant(rosa))).andExpect(jsonPath("$.registrations.length()").value(0));
        mvc.perform(post("/api/v1/training/me/erasure").with(participant(rosa)).with(csrf())).andExpect(jsonPath("$.erased").value(0));
        // The person may register again, as anyone new.
        register(second, rosa);
        assertThat(waiting).isPositive();
    }

    @Test
    void theDownloadHoldsEverythingTheModuleKeepsAboutThePersonAndErasureClearsTheirComment() throws Exception {
        var f = new LearningTestsFixture(mvc, jdbc);
        LearningTestsFixture.Course course = f.course();
        long event = f.upcoming(course);
        String ana = "ana-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        long registration = f.register(event, ana, "Ana Torres");
        f.submit(event, "PRE", participant(ana), LearningTestsFixture.answers(course, "0:A", "1:B")).andExpect(status().isCreated());
        f.sessionsMoveBack(event, java.time.Duration.ofDays(2));
        f.submit(event, "POST", participant(ana), LearningTestsFixture.answers(course, "0:A", "1:B", "2:AB")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/training/events/" + event + "/status").with(coordinator()).with(csrf()).header("If-Match", "2")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"RUNNING\"}")).andExpect(status().isOk());
        long session = jdbc.sql("select id from training_session where event_id = ?").param(event).query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/training/events/" + event
                        + "/sessions/" + session + "/attendance/" + registration).with(coordinator()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"present\": true}")).andExpect(status().isOk());
        mvc.perform(post("/training/events/" + event + "/survey").with(participant(ana)).with(csrf()).param("relevance", "5")
                .param("clarity", "4").param("trainer", "5").param("materials", "3").param("recommend", "4")
                .param("comment", "Soy Ana, de la oficina de Torres")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/training/me/data").with(participant(ana)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.registrations[0].fullName").value("Ana Torres"))
                .andExpect(jsonPath("$.attendance.length()").value(1))
                .andExpect(jsonPath("$.attendance[0].session").value((int) session))
                .andExpect(jsonPath("$.attendance[0].present").value(true))
                .andExpect(jsonPath("$.tests[*].test").value(org.hamcrest.Matchers.contains("PRE", "POST")))
                .andExpect(jsonPath("$.tests[*].points").value(org.hamcrest.Matchers.contains(2, 3)))
                .andExpect(jsonPath("$.reactionSurveys[0].relevance").value(5))
                .andExpect(jsonPath("$.reactionSurveys[0].comment").value("Soy Ana, de la oficina de Torres"))
                .andExpect(jsonPath("$.certificates.length()").value(0));

        mvc.perform(post("/api/v1/training/me/erasure").with(participant(ana)).with(csrf())).andExpect(jsonPath("$.erased").value(1));
        assertThat(jdbc.sql("select relevance, comment from training_survey_response where registration_id = ?").param(registration)
                .query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2)).single())
                .as("the rating stays for the figures, the words that may name her go").isEqualTo("5|null");
    }

    @Test
    void theRetentionJobErasesTheDataOfEventsEndedLongerAgo() throws Exception {
        long old = openEvent(10, "2019-03-01");   // ended more than five years ago
        long recent = openEvent(10, "2026-03-01");
        String a = "viejo-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String b = "nuevo-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        register(old, a);
        register(recent, b);

        assertThat(personalData.applyRetention()).isPositive();
        assertThat(count("select count(*) from training_registration where email = ?", a)).isZero();
        assertThat(count("select count(*) from training_registration where email = ?", b)).isEqualTo(1);
        assertThat(count("select count(*) from training_registration where event_id = ? and erased_at is not null", old)).isEqualTo(1);
        assertThat(personalData.applyRetention()).as("nothing left to erase").isZero();
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
