package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.training.CourseDraft;
import lat.faro.training.EventDraft;
import lat.faro.training.EventStatus;
import lat.faro.training.EventView;
import lat.faro.training.Question;
import lat.faro.training.QuestionBank;
import lat.faro.training.QuestionDraft;
import lat.faro.training.QuestionKind;
import lat.faro.training.RegistrationForm;
import lat.faro.training.Registrations;
import lat.faro.training.TrainingCatalogue;
import lat.faro.training.TrainingEvents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A participant takes the pre-test of tomorrow's event from its page, sees only the score, then
 * (once the course has taken place) takes the post-test and sees every question explained; the
 * event's trainer then reads the learning gain. axe-core checks every page on the way.
 */
@BrowserTest
class LearningTestsBrowserTests {

    /** Not the demo participant of MfaSignInBrowserTests, who has two-step sign-in once that test has run. */
    static final String PARTICIPANT = "asistente@demo.faro.lat";
    static final String TRAINER = "formadora@demo.faro.lat";
    static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    @Autowired TrainingCatalogue catalogue;
    @Autowired QuestionBank bank;
    @Autowired TrainingEvents trainingEvents;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    @Value("${faro.demo.password}") String password;

    /** Runs as this person, as the services see them (the test's own thread only). */
    static void as(String email, Grant grant) {
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(grant.authority()),
                new SimpleGrantedAuthority(grant.role().authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, "n/a", authorities));
    }

    @Test
    void aParticipantTakesBothTestsAndSeesTheExplanationsAfterThePostTest(Browser browser) {
        // Staff plan a course with two questions and tomorrow's event in Guatemala; the participant registers.
        as("coordinacion@demo.faro.lat", Grant.programme(Role.PROGRAMME_COORDINATOR));
        String code = "PRUEBAS-" + UUID.randomUUID().toString().substring(0, 8);
        long course = catalogue.create(new CourseDraft(code, null, Map.of("es", new CourseDraft.CourseText(
                "Gestión de incidentes " + code, "Para equipos de respuesta.", "Contener un incidente")), List.of(), List.of())).id();
        List<Question> questions = bank.save(course, 0, List.of(
                new QuestionDraft(QuestionKind.SINGLE, Map.of("es", "¿Qué se hace primero ante un incidente?"),
                        Map.of("es", "Contener evita que el daño se extienda mientras se investiga."),
                        List.of(new QuestionDraft.OptionDraft(Map.of("es", "Contenerlo"), true),
                                new QuestionDraft.OptionDraft(Map.of("es", "Borrar los registros"), false))),
                new QuestionDraft(QuestionKind.MULTIPLE, Map.of("es", "¿Qué conviene anotar en el registro del incidente?"),
                        Map.of("es", "La hora y los sistemas afectados permiten reconstruir lo ocurrido."),
                        List.of(new QuestionDraft.OptionDraft(Map.of("es", "La hora"), true),
                                new QuestionDraft.OptionDraft(Map.of("es", "Los sistemas afectados"), true),
                                new QuestionDraft.OptionDraft(Map.of("es", "El color de la pantalla"), false))))).questions();
        LocalDateTime tomorrow = LocalDateTime.now(GUATEMALA).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        EventView event = trainingEvents.create(new EventDraft(course, "GT", "Ciudad de Guatemala", "Palacio Nacional", null,
                EventDraft.Modality.IN_PERSON, "es", "America/Guatemala", 20, EventDraft.RegistrationMode.OPEN,
                List.of(new EventDraft.SessionDraft(null, tomorrow, tomorrow.plusHours(4))), List.of(TRAINER), List.of()));
        trainingEvents.advance(event.id(), EventStatus.REGISTRATION_OPEN, event.version());
        as(PARTICIPANT, Grant.country(Role.PARTICIPANT, "GT"));
        registrations.register(event.id(), new RegistrationForm(PARTICIPANT, "Inés Asistente", "Ministerio de Gobernación",
                null, RegistrationForm.Sector.GOVERNMENT, null, registrations.privacyNoticeVersion()));
        SecurityContextHolder.clearContext();
        List<Long> singleOptions = questions.get(0).options().stream().map(Question.Option::id).toList();
        List<Long> multipleOptions = questions.get(1).options().stream().map(Question.Option::id).toList();

        browser.signIn(PARTICIPANT, password);
        browser.open("/training/events/" + event.id());
        browser.assertAccessible("event with a confirmed registration");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='/training/events/" + event.id() + "/tests/PRE']")));
        Locale locale = Locale.forLanguageTag(browser.language());
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("tests.title.PRE", locale));
        assertThat(browser.text(By.cssSelector("main section > p:first-child a"))).isEqualTo("Gestión de incidentes " + code);
        assertThat(browser.texts(By.cssSelector("fieldset legend"))).hasSize(2);
        assertThat(browser.find(By.id("option-" + singleOptions.get(0))).getAttribute("type")).isEqualTo("radio");
        assertThat(browser.find(By.id("option-" + multipleOptions.get(0))).getAttribute("type")).isEqualTo("checkbox");
        browser.assertAccessible("pre-test");

        // Pre-test: the single-choice question wrong, the multiple-choice one half right (no point): 0 of 2.
        browser.find(By.cssSelector("label[for='option-" + singleOptions.get(1) + "']")).click();
        browser.find(By.cssSelector("label[for='option-" + multipleOptions.get(0) + "']")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit].primary")));
        assertThat(browser.currentPath()).isEqualTo("/training/events/" + event.id() + "/tests/PRE/result");
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(message("tests.notice.submitted", locale));
        assertThat(browser.text(By.cssSelector("main .lead"))).startsWith(message("tests.result.score", locale, 0, 2, "").split("\\(")[0]);
        assertThat(browser.text(By.tagName("main"))).doesNotContain("Contener evita que el daño se extienda");
        browser.assertAccessible("pre-test result");

        // The course takes place: its session moves to yesterday, and the post-test opens.
        OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1);
        jdbc.sql("update training_session set starts_at = ?, ends_at = ? where event_id = ?")
                .params(yesterday, yesterday.plusHours(4), event.id()).update();

        browser.open("/training/events/" + event.id() + "/tests/POST");
        browser.assertAccessible("post-test");
        browser.find(By.cssSelector("label[for='option-" + singleOptions.get(0) + "']")).click();
        browser.find(By.cssSelector("label[for='option-" + multipleOptions.get(0) + "']")).click();
        browser.find(By.cssSelector("label[for='option-" + multipleOptions.get(1) + "']")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit].primary")));
        assertThat(browser.currentPath()).isEqualTo("/training/events/" + event.id() + "/tests/POST/result");
        assertThat(browser.texts(By.cssSelector("main ol > li > p:last-child span")))
                .containsExactly("Contener evita que el daño se extienda mientras se investiga.",
                        "La hora y los sistemas afectados permiten reconstruir lo ocurrido.");
        assertThat(browser.texts(By.cssSelector("main ol > li > p:first-of-type strong")))
                .containsOnly(message("tests.result.correct", locale));
        browser.assertAccessible("post-test result with explanations");

        // Now the pre-test is explained too: the wrong choice and the right answer side by side.
        browser.open("/training/events/" + event.id() + "/tests/PRE/result");
        List<String> verdicts = new ArrayList<>(browser.texts(By.cssSelector("main ol > li > p:first-of-type strong")));
        assertThat(verdicts).containsOnly(message("tests.result.notCorrect", locale));
        assertThat(browser.text(By.tagName("main"))).contains("Contener evita que el daño se extienda",
                message("tests.result.yourChoice", locale), message("tests.result.rightOption", locale));
        browser.assertAccessible("pre-test result with explanations");
        browser.signOut();

        // The event's trainer reads the gain: one learner, from 0 % to 100 %, g = 1.
        browser.signIn(TRAINER, password);
        browser.open("/training/events/" + event.id() + "/gain");
        assertThat(browser.text(By.id("matched"))).isEqualTo("1");
        assertThat(browser.text(By.id("class-average"))).matches("1[.,]00");
        assertThat(browser.text(By.cssSelector("main table tbody th"))).isEqualTo("Inés Asistente");
        browser.assertAccessible("learning gain");
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
