package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.training.CourseDraft;
import lat.faro.training.EventDraft;
import lat.faro.training.EventView;
import lat.faro.training.Question;
import lat.faro.training.QuestionBank;
import lat.faro.training.QuestionDraft;
import lat.faro.training.QuestionKind;
import lat.faro.training.TrainingCatalogue;
import lat.faro.training.TrainingEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The "done when" of the training issue, in a real browser: a trainer and two participants go
 * through registration, pre-test, attendance, post-test, reaction survey, certificate and its
 * public verification, and the programme's dashboard then counts the event's country toward the
 * "countries reached" target. axe-core checks every page on the way.
 *
 * <p>Time is the real clock, as in the other training tests: the event is planned for tomorrow,
 * and "time moves" by placing its sessions around now (the first one under way) and then in the
 * past. What has no page yet is done the way the programme's staff do it today: the course, its
 * question bank and the event are planned through the services, and the event's status moves
 * through the API, called from the signed-in browser as the trainer or coordinator.
 */
@BrowserTest
class TrainingWalkthroughBrowserTests {

    static final String COORDINATOR = "coordinacion@demo.faro.lat";
    static final String TRAINER = "formadora@demo.faro.lat";
    static final String ADMIN = "admin@demo.faro.lat";
    /** Not the demo participant of MfaSignInBrowserTests, who has two-step sign-in once that test has run. */
    static final String INES = "asistente@demo.faro.lat";
    static final String PROGRAMME = "/training/programmes/egov-cybersecurity";
    static final String TITLE = "Coordinación de la respuesta a incidentes";
    /** Where an event is held: its city and the time zone its sessions are given in. */
    record Venue(String city, ZoneId zone) {
    }

    /** The programme's beneficiary countries other than Colombia, where the demo already completed an event. */
    static final Map<String, Venue> VENUES = Map.of(
            "AR", new Venue("Buenos Aires", ZoneId.of("America/Argentina/Buenos_Aires")),
            "MX", new Venue("Ciudad de México", ZoneId.of("America/Mexico_City")),
            "UY", new Venue("Montevideo", ZoneId.of("America/Montevideo")));

    @Autowired TrainingCatalogue catalogue;
    @Autowired QuestionBank bank;
    @Autowired TrainingEvents trainingEvents;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Value("${faro.demo.password}") String password;

    /** The four questions of the bank and the ids of their options, in order. */
    record Bank(List<List<Long>> options) {
        long option(int question, int option) {
            return options.get(question).get(option);
        }
    }

    @Test
    void aTrainerAndTwoParticipantsGoFromRegistrationToAVerifiedCertificateAndTheCountryCounts(Browser browser) throws Exception {
        // 1. The coordinator reads the programme's dashboard: how many beneficiary countries are reached so far.
        browser.signIn(COORDINATOR, password);
        browser.open(PROGRAMME);
        assertThat(browser.language()).isEqualTo("es");
        browser.assertAccessible("programme dashboard, as the coordinator");
        Reached before = reached(browser);
        String country = VENUES.keySet().stream().sorted().filter(c -> !before.countries().contains(c)).findFirst().orElseThrow();
        String city = VENUES.get(country).city();

        // There is no page yet to plan a course, its questions and an event: the coordinator's services do it.
        Planned planned = plan(country, city, VENUES.get(country).zone());
        long eventId = planned.event().id();
        String event = "/training/events/" + eventId;
        // ... and the API (no page either) opens registration, from the coordinator's signed-in browser.
        assertThat(advance(browser, eventId, "REGISTRATION_OPEN")).startsWith("200 ");
        browser.signOut();

        // The second participant's account: the administrator invites him, he chooses his password.
        String tomas = "tomas." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String tomasPassword = "Faro-" + UUID.randomUUID() + "-clave";
        invite(browser, tomas, "Tomás Participante", tomasPassword);

        // 2. Both register through the event page, with consent, and take the pre-test.
        browser.signIn(INES, password);
        browser.open("/training");
        browser.clickAndWaitForNextPage(browser.find(By.xpath("//main//tr[td[contains(., '" + city + "')] and th[contains(., '"
                + TITLE + "')]]/th/a")));
        assertThat(browser.currentPath()).isEqualTo(event);
        browser.assertAccessible("event open for registration");
        register(browser, "Inés Asistente", "Ministerio de Tecnologías de la Información", "FEMALE");
        Bank q = planned.bank();
        // Inés: question 1 right, 2 wrong, 3 only half right (no point), 4 wrong: 1 of 4.
        takeTest(browser, eventId, "PRE", List.of(q.option(0, 0), q.option(1, 1), q.option(2, 0), q.option(3, 1)));
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo("Acertó 1 de 4 preguntas (25 %).");
        browser.assertAccessible("pre-test result");
        browser.signOut();

        browser.signIn(tomas, tomasPassword);
        browser.open(event);
        register(browser, "Tomás Participante", "Agencia de Gobierno Electrónico", "MALE");
        // Tomás: questions 1 and 2 right, 3 with a wrong choice, 4 wrong: 2 of 4.
        takeTest(browser, eventId, "PRE", List.of(q.option(0, 0), q.option(1, 0), q.option(2, 0), q.option(2, 2), q.option(3, 1)));
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo("Acertó 2 de 4 preguntas (50 %).");
        browser.signOut();

        // 3. The day of the course: the first session is under way, the second this afternoon.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        moveSessions(planned, now.minus(20, ChronoUnit.MINUTES), now.plus(3, ChronoUnit.HOURS),
                now.plus(4, ChronoUnit.HOURS), now.plus(7, ChronoUnit.HOURS));
        long session = planned.event().sessions().getFirst().id();
        String roster = event + "/sessions/" + session + "/roster";

        // The trainer, on her phone, starts the event (through the API) and marks Inés present.
        browser.phoneSize().signIn(TRAINER, password);
        browser.open(event);
        assertThat(advance(browser, eventId, "RUNNING")).startsWith("200 ");
        browser.open(event);
        browser.assertAccessible("running event, the trainer on a phone");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + roster + "']")));
        Locale trainerPage = Locale.forLanguageTag(browser.language()); // she reads Portuguese
        assertThat(browser.text(By.id("roster-count"))).isEqualTo(message("attendance.roster.count", trainerPage, 0, 2));
        browser.assertNoHorizontalScroll("roster");
        browser.assertAccessible("roster on a phone");
        String ines = rowOf(browser, "Inés Asistente");
        String tomasRow = rowOf(browser, "Tomás Participante");
        AttendanceBrowserTests.tap(browser, "present-" + ines.substring("reg-".length()));
        assertThat(browser.text(By.id("roster-count"))).isEqualTo(message("attendance.roster.count", trainerPage, 1, 2));
        assertThat(browser.text(By.id(ines))).contains(message("attendance.state.present", trainerPage));
        browser.assertAccessible("roster after marking, on a phone");
        // The code she shows in the room.
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href$='/check-in-code']")));
        String code = browser.text(By.id("check-in-code"));
        assertThat(code).matches("[A-Z2-9]{6}");
        browser.assertNoHorizontalScroll("check-in code");
        browser.assertAccessible("check-in code on a phone");
        browser.signOut();

        // Tomás types the code on his phone.
        browser.signIn(tomas, tomasPassword);
        browser.open("/training/check-in");
        browser.assertAccessible("check-in form on a phone");
        browser.find(By.id("code")).sendKeys(code.toLowerCase(Locale.ROOT));
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text(By.cssSelector("main .notice"))).startsWith("Listo: quedó registrada su asistencia a la sesión 1 de «"
                + TITLE + "»");
        browser.assertAccessible("checked in, on a phone");
        browser.signOut();

        // The roster, reloaded, counts both; one marked by the trainer, one checked in.
        browser.signIn(TRAINER, password);
        browser.open(roster);
        assertThat(browser.text(By.id("roster-count"))).isEqualTo(message("attendance.roster.count", trainerPage, 2, 2));
        assertThat(browser.text(By.id(tomasRow))).contains(message("attendance.state.checkedIn", trainerPage));
        assertThat(browser.text(By.id(ines))).contains(message("attendance.state.present", trainerPage))
                .doesNotContain(message("attendance.state.checkedIn", trainerPage));
        browser.signOut();
        browser.desktopSize();

        // 4. The course is over: both sessions were yesterday. Post-test and survey.
        Instant yesterday = now.minus(1, ChronoUnit.DAYS);
        moveSessions(planned, yesterday.minus(20, ChronoUnit.MINUTES), yesterday.plus(3, ChronoUnit.HOURS),
                yesterday.plus(4, ChronoUnit.HOURS), yesterday.plus(7, ChronoUnit.HOURS));

        browser.signIn(INES, password);
        browser.open(event);
        // Inés: everything right: 4 of 4.
        takeTest(browser, eventId, "POST", List.of(q.option(0, 0), q.option(1, 0), q.option(2, 0), q.option(2, 1), q.option(3, 0)));
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo("Acertó 4 de 4 preguntas (100 %).");
        browser.assertAccessible("post-test result");
        answerSurvey(browser, event, Map.of("relevance", 5, "clarity", 4, "trainer", 5, "materials", 4, "recommend", 5),
                "El ejercicio de mesa fue lo más útil.");
        browser.signOut();

        browser.signIn(tomas, tomasPassword);
        browser.open(event);
        // Tomás: questions 1 to 3 right, 4 wrong: 3 of 4.
        takeTest(browser, eventId, "POST", List.of(q.option(0, 0), q.option(1, 0), q.option(2, 0), q.option(2, 1), q.option(3, 1)));
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo("Acertó 3 de 4 preguntas (75 %).");
        answerSurvey(browser, event, Map.of("relevance", 4, "clarity", 3, "trainer", 4, "materials", 3, "recommend", 4), null);
        browser.signOut();

        // The trainer completes the event (API), sets the completion rule and issues the certificates.
        browser.signIn(TRAINER, password);
        browser.open(event);
        assertThat(advance(browser, eventId, "COMPLETED")).startsWith("200 ");
        browser.open(event);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + event + "/certificates']")));
        browser.assertAccessible("certificates of the event, none issued");
        // Each came to one of the two sessions; the rule asks for half of them and half of the post-test.
        browser.find(By.id("attendance")).clear();
        browser.find(By.id("attendance")).sendKeys("50");
        browser.find(By.id("postTest")).clear();
        browser.find(By.id("postTest")).sendKeys("50");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form[action$='/completion-rule'] button")));
        assertThat(browser.find(By.id("attendance")).getAttribute("value")).isEqualTo("50");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form[action='" + event + "/certificates'] button")));
        LocalDate issuedOn = LocalDate.now(ZoneOffset.UTC);
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(message("training.certificates.issued", trainerPage, 2, 0, 0));
        assertThat(browser.texts(By.cssSelector("main tbody th"))).containsExactlyInAnyOrder("Inés Asistente", "Tomás Participante");
        assertThat(browser.texts(By.cssSelector("main tbody tr td:nth-of-type(2)"))).containsOnly(message("training.verify.valid", trainerPage));
        browser.assertAccessible("certificates issued");

        // The learning gain, computed by hand from the answers above:
        // Inés 25 % → 100 %, g = 75 / 75 = 1; Tomás 50 % → 75 %, g = 25 / 50 = 0,5;
        // ⟨pre⟩ = 37,5 %, ⟨post⟩ = 87,5 %, ⟨g⟩ = (87,5 − 37,5) / (100 − 37,5) = 0,8; mean of g = 0,75.
        browser.open(event);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + event + "/gain']")));
        Figures in = new Figures(Locale.forLanguageTag(browser.language()));
        assertThat(browser.text(By.id("matched"))).isEqualTo("2");
        assertThat(browser.text(By.id("class-average"))).isEqualTo(in.decimal("0.80"));
        assertThat(browser.text(By.id("mean-individual"))).isEqualTo(in.decimal("0.75"));
        assertThat(spaces(browser.text(By.id("attrition")))).isEqualTo(spaces(message("gain.attritionText", in.locale(), 0, in.percent("0"))));
        assertThat(browser.texts(By.cssSelector("main dl.summary dd")).stream().map(TrainingWalkthroughBrowserTests::spaces))
                .contains(in.percent("37.5"), in.percent("87.5"));
        assertThat(rows(browser, "main [aria-labelledby='learners-title'] tbody tr")).containsExactly(
                String.join(" | ", "Inés Asistente", in.percent("25"), in.percent("100"), "+" + in.decimal("75"), in.decimal("1")),
                String.join(" | ", "Tomás Participante", in.percent("50"), in.percent("75"), "+" + in.decimal("25"), in.decimal("0.5")));
        // Question 1 right in every test; 2 right for Tomás before, for both after; 3 right only after; 4 by Inés after.
        assertThat(rows(browser, "#difficulty-table-PRE tbody tr").stream().map(r -> r.substring(r.indexOf('|'))))
                .containsExactly("| 2 | 2 | " + in.decimal("1"), "| 2 | 1 | " + in.decimal("0.5"), "| 2 | 0 | " + in.decimal("0"),
                        "| 2 | 0 | " + in.decimal("0"));
        assertThat(rows(browser, "#difficulty-table-POST tbody tr").stream().map(r -> r.substring(r.indexOf('|'))))
                .containsExactly("| 2 | 2 | " + in.decimal("1"), "| 2 | 2 | " + in.decimal("1"), "| 2 | 2 | " + in.decimal("1"),
                        "| 2 | 1 | " + in.decimal("0.5"));
        browser.assertAccessible("learning gain");
        browser.signOut();

        // 5. Inés opens her certificate: on the event's page, as a PDF, and its code checks out in public.
        browser.signIn(INES, password);
        browser.open(event);
        assertThat(browser.text(By.cssSelector("main"))).contains("Su certificado");
        browser.assertAccessible("event with the participant's certificate");
        String pdfLink = browser.find(By.xpath("//main//a[normalize-space()='Certificado (PDF)']")).getAttribute("href");
        Download pdf = download(browser, pdfLink);
        assertThat(pdf.status() + " " + pdf.contentType()).isEqualTo("200 application/pdf");
        String printed;
        try (var document = Loader.loadPDF(pdf.body())) {
            printed = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
        assertThat(printed).contains("Inés Asistente", TITLE);
        Matcher printedCode = Pattern.compile("\\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\\b").matcher(printed);
        assertThat(printedCode.find()).as("a verification code on the certificate: %s", printed).isTrue();
        String certificateCode = printedCode.group(1);
        assertThat(browser.find(By.xpath("//main//a[normalize-space()='Verificación pública']")).getAttribute("href"))
                .isEqualTo(browser.baseUrl() + "/verify/" + certificateCode);
        browser.signOut();

        // Anyone, signed out, types the code printed on it.
        browser.open("/verify");
        browser.assertAccessible("certificate verification form");
        browser.find(By.id("code")).sendKeys(certificateCode);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.currentPath()).isEqualTo("/verify/" + certificateCode);
        assertThat(browser.text(By.cssSelector("main .notice strong"))).isEqualTo("Certificado válido");
        assertThat(browser.texts(By.cssSelector("main .notice dd"))).containsExactly("Inés Asistente", TITLE,
                issuedOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.assertAccessible("a valid certificate");
        String mistyped = (certificateCode.charAt(0) == '7' ? "8" : "7") + certificateCode.substring(1);
        browser.open("/verify/" + mistyped);
        assertThat(browser.text(By.cssSelector("main .alert"))).isEqualTo("El código tiene un error de escritura: revise cada carácter.");
        assertThat(browser.driver().findElements(By.cssSelector("main .notice"))).isEmpty();
        browser.assertAccessible("a mistyped certificate code");

        // 6. The programme's dashboard, signed out: one more beneficiary country reached.
        browser.open(PROGRAMME);
        assertThat(browser.language()).isEqualTo("es");
        Reached after = reached(browser);
        assertThat(after.count()).isEqualTo(before.count() + 1);
        assertThat(after.countries()).containsAll(before.countries()).contains(country);
        assertThat(spaces(after.progress())).isEqualTo(spaces(progress(after.count(), after.target())));
        assertThat(after.countriesText()).isEqualTo("Países: " + String.join(", ", after.countries()));
        browser.assertAccessible("programme dashboard, signed out");
    }

    // --- set-up -------------------------------------------------------------------------------

    record Planned(EventView event, Bank bank) {
    }

    /** A course of the programme with four questions and tomorrow's two-session event in the country, trained by the demo trainer. */
    Planned plan(String country, String city, ZoneId zone) {
        Grant grant = Grant.programme(Role.PROGRAMME_COORDINATOR);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(COORDINATOR, "n/a",
                List.of(new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()))));
        try {
            String code = "WALK-" + UUID.randomUUID().toString().substring(0, 8);
            long course = catalogue.create(new CourseDraft(code, "egov-cybersecurity", Map.of("es", new CourseDraft.CourseText(TITLE,
                    "Para equipos de respuesta de instituciones públicas.", "Contener un incidente\nAvisar a quien corresponde")),
                    List.of(Map.of("es", "Detección"), Map.of("es", "Respuesta")), List.of("faro-national-2021:D1.2"))).id();
            List<Question> questions = bank.save(course, 0, List.of(
                    single("¿Qué se hace primero ante un incidente?", "Contener evita que el daño se extienda.",
                            "Contenerlo", "Borrar los registros"),
                    single("¿A quién se avisa según el protocolo?", "El equipo de respuesta coordina a los demás.",
                            "Al equipo de respuesta a incidentes", "A nadie, para no alarmar"),
                    new QuestionDraft(QuestionKind.MULTIPLE, Map.of("es", "¿Qué se anota en el registro del incidente?"),
                            Map.of("es", "La hora y los sistemas afectados permiten reconstruir lo ocurrido."),
                            List.of(new QuestionDraft.OptionDraft(Map.of("es", "La hora"), true),
                                    new QuestionDraft.OptionDraft(Map.of("es", "Los sistemas afectados"), true),
                                    new QuestionDraft.OptionDraft(Map.of("es", "El color de la pantalla"), false))),
                    single("¿Qué mide el impacto de un incidente?", "El impacto es lo que el incidente afecta.",
                            "Los servicios y las personas afectados", "La marca de los equipos"))).questions();
            LocalDateTime tomorrow = LocalDateTime.now(zone).plusDays(1).withHour(9).truncatedTo(ChronoUnit.HOURS);
            EventView event = trainingEvents.create(new EventDraft(course, country, city, "Centro de formación", null,
                    EventDraft.Modality.IN_PERSON, "es", zone.getId(), 10, EventDraft.RegistrationMode.OPEN,
                    List.of(new EventDraft.SessionDraft("Mañana", tomorrow, tomorrow.plusHours(3)),
                            new EventDraft.SessionDraft("Tarde", tomorrow.plusHours(4), tomorrow.plusHours(7))),
                    List.of(TRAINER), List.of()));
            return new Planned(event, new Bank(questions.stream().map(x -> x.options().stream().map(Question.Option::id).toList()).toList()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static QuestionDraft single(String text, String explanation, String right, String wrong) {
        return new QuestionDraft(QuestionKind.SINGLE, Map.of("es", text), Map.of("es", explanation),
                List.of(new QuestionDraft.OptionDraft(Map.of("es", right), true), new QuestionDraft.OptionDraft(Map.of("es", wrong), false)));
    }

    /** Time moves: the event's two sessions now run at these instants. */
    void moveSessions(Planned planned, Instant firstStart, Instant firstEnd, Instant secondStart, Instant secondEnd) {
        List<EventView.Session> sessions = planned.event().sessions();
        jdbc.sql("update training_session set starts_at = ?, ends_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(firstStart, ZoneOffset.UTC), OffsetDateTime.ofInstant(firstEnd, ZoneOffset.UTC),
                        sessions.get(0).id()).update();
        jdbc.sql("update training_session set starts_at = ?, ends_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(secondStart, ZoneOffset.UTC), OffsetDateTime.ofInstant(secondEnd, ZoneOffset.UTC),
                        sessions.get(1).id()).update();
    }

    // --- steps in the browser ------------------------------------------------------------------

    /**
     * Moves the event one step on through the API, as the person signed in to the browser (with
     * the page's CSRF token, from a page of the application): the version first, then the step.
     */
    static String advance(Browser browser, long eventId, String status) {
        String event = call(browser, "GET", "/api/v1/training/events/" + eventId, null, null);
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(event);
        assertThat(version.find()).as("the event's version in %s", event).isTrue();
        return call(browser, "POST", "/api/v1/training/events/" + eventId + "/status", "{\"status\": \"" + status + "\"}",
                version.group(1));
    }

    static String call(Browser browser, String method, String path, String json, String ifMatch) {
        return (String) browser.script("""
                var x = new XMLHttpRequest();
                x.open(arguments[0], arguments[1], false);
                var token = document.querySelector('meta[name=_csrf]'), header = document.querySelector('meta[name=_csrf_header]');
                if (token && header) x.setRequestHeader(header.content, token.content);
                x.setRequestHeader('Accept', 'application/json');
                if (arguments[2] !== null) x.setRequestHeader('Content-Type', 'application/json');
                if (arguments[3] !== null) x.setRequestHeader('If-Match', arguments[3]);
                x.send(arguments[2]);
                return x.status + ' ' + x.responseText;
                """, method, path, json, ifMatch);
    }

    /** The administrator invites a person; signed out, the person opens the link and chooses a password. */
    void invite(Browser browser, String email, String name, String newPassword) {
        browser.signIn(ADMIN, password);
        browser.open("/admin/users/new");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("displayName")).sendKeys(name);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form.stack button[type=submit]")));
        String link = browser.text(By.id("invitation-link"));
        assertThat(link).contains("/setup/");
        browser.signOut();
        // The link names the configured address (with the random port of the test, a different one): the path matters.
        browser.open(link.substring(link.indexOf("/setup/")));
        browser.assertAccessible("choosing a password");
        browser.find(By.id("password")).sendKeys(newPassword);
        browser.find(By.id("confirm")).sendKeys(newPassword);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form.stack button[type=submit]")));
        assertThat(browser.currentPath()).isEqualTo("/login?ready");
    }

    /** Fills in the registration form of the event page, consent included, and sees the place confirmed. */
    static void register(Browser browser, String name, String organisation, String gender) {
        String event = browser.currentPath();
        browser.find(By.id("fullName")).sendKeys(name);
        browser.find(By.id("organisation")).sendKeys(organisation);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("sector"))).selectByValue("GOVERNMENT");
        browser.find(By.id("gender-" + gender)).click();
        browser.find(By.id("consent")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.currentPath()).isEqualTo(event);
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo("Listo: su cupo está confirmado.");
        browser.assertAccessible("registered");
    }

    /** From the event page, opens the test, chooses these options and submits; the result page follows. */
    static void takeTest(Browser browser, long eventId, String kind, List<Long> chosen) {
        String test = "/training/events/" + eventId + "/tests/" + kind;
        browser.open("/training/events/" + eventId);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + test + "']")));
        assertThat(browser.texts(By.cssSelector("main fieldset legend"))).hasSize(4);
        browser.assertAccessible(kind + "-test");
        for (long option : chosen) {
            browser.find(By.cssSelector("label[for='option-" + option + "']")).click();
        }
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit].primary")));
        assertThat(browser.currentPath()).isEqualTo(test + "/result");
    }

    /** From the event page, follows the link to the survey, rates each statement and sends it. */
    static void answerSurvey(Browser browser, String event, Map<String, Integer> ratings, String comment) {
        browser.open(event);
        browser.clickAndWaitForNextPage(browser.find(By.xpath("//main//a[normalize-space()='Responder la encuesta sobre el evento']")));
        assertThat(browser.currentPath()).isEqualTo(event + "/survey");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("¿Cómo fue la capacitación?");
        browser.assertAccessible("reaction survey");
        ratings.forEach((item, rating) -> browser.find(By.cssSelector("label[for='" + item + "-" + rating + "']")).click());
        if (comment != null) {
            browser.find(By.id("comment")).sendKeys(comment);
        }
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit].primary")));
        assertThat(browser.currentPath()).isEqualTo(event);
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo("Gracias: su respuesta quedó registrada.");
        assertThat(browser.driver().findElements(By.xpath("//main//a[normalize-space()='Responder la encuesta sobre el evento']")))
                .as("the survey is answered once").isEmpty();
        browser.assertAccessible("event after the survey");
    }

    /** The id of the roster row of this person. */
    static String rowOf(Browser browser, String name) {
        return browser.find(By.xpath("//li[contains(@class, 'roster-row')][.//strong[normalize-space()='" + name + "']]")).getAttribute("id");
    }

    // --- reading the pages ---------------------------------------------------------------------

    /** What the dashboard says about the "countries reached" target (beneficiary countries). */
    record Reached(int count, int target, String progress, List<String> countries, String countriesText) {
    }

    Reached reached(Browser browser) {
        String heading = message("training.target.kind.COUNTRIES_REACHED") + " · " + message("directory.role.BENEFICIARY");
        WebElement card = browser.find(By.xpath("//main//li[contains(@class, 'card')][h2[normalize-space()='" + heading + "']]"));
        String progress = card.findElement(By.cssSelector("strong")).getText().strip();
        Matcher m = Pattern.compile("^(\\d+) de (\\d+) países").matcher(progress);
        assertThat(m.find()).as("the progress of the countries target: %s", progress).isTrue();
        List<WebElement> listed = card.findElements(By.xpath("./p[starts-with(normalize-space(), 'Países:')]"));
        String countriesText = listed.isEmpty() ? "" : listed.getFirst().getText().strip();
        List<String> countries = countriesText.isEmpty() ? List.of()
                : List.of(countriesText.substring("Países:".length()).strip().split(",\\s*"));
        return new Reached(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), progress, countries, countriesText);
    }

    /** "2 de 3 países (66,67 %)", worked out here: the share with two decimals, rounded half up, in Spanish. */
    static String progress(int achieved, int target) {
        var share = java.math.BigDecimal.valueOf(achieved).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(target), 2, java.math.RoundingMode.HALF_UP);
        return achieved + " de " + target + " países (" + share.toPlainString().replace('.', ',') + " %)";
    }

    /** Each row of a table as its cells' texts joined by " | ". */
    static List<String> rows(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(tr -> String.join(" | ", tr.findElements(By.cssSelector("th, td")).stream().map(c -> spaces(c.getText().strip())).toList()))
                .toList();
    }

    /** No-break and narrow no-break spaces (before "%" in Spanish) as plain spaces. */
    static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    record Download(long status, String contentType, byte[] body) {
    }

    /** Fetches a file with the browser's session, as following the link does. */
    static Download download(Browser browser, String url) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) {
                  return r.arrayBuffer().then(function (b) {
                    var bytes = new Uint8Array(b), s = '';
                    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                    done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(s)});
                  });
                }).catch(function (e) { done({status: 0, type: String(e), body: ''}); });
                """, url);
        return new Download(((Number) answer.get("status")).longValue(), String.valueOf(answer.get("type")),
                Base64.getDecoder().decode((String) answer.get("body")));
    }

    String message(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("es"));
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Figures worked out by hand, written as a page in this language writes them (plain spaces). */
    record Figures(Locale locale) {
        String decimal(String value) {
            return lat.faro.shared.web.Numbers.twoDecimals(locale).format(new java.math.BigDecimal(value));
        }

        String percent(String value) {
            java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale);
            format.setMaximumFractionDigits(2);
            return spaces(format.format(new java.math.BigDecimal(value).movePointLeft(2)));
        }
    }
}
