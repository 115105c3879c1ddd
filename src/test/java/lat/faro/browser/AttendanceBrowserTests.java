package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.training.CourseDraft;
import lat.faro.training.EventDraft;
import lat.faro.training.EventStatus;
import lat.faro.training.EventView;
import lat.faro.training.RegistrationForm;
import lat.faro.training.Registrations;
import lat.faro.training.TrainingCatalogue;
import lat.faro.training.TrainingEvents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo trainer takes attendance on a phone: from the event's page to the session's roster,
 * marks one person present and another absent in place (htmx, no reload), and the marks are there
 * after reloading; she opens the check-in code, and the demo participant checks in with its link.
 * axe-core checks every page at phone width.
 */
@BrowserTest
class AttendanceBrowserTests {

    static final String TRAINER = "formadora@demo.faro.lat";
    /** Not the demo participant of MfaSignInBrowserTests, who has two-step sign-in once that test has run. */
    static final String PARTICIPANT = "asistente@demo.faro.lat";

    @Autowired TrainingCatalogue catalogue;
    @Autowired TrainingEvents trainingEvents;
    @Autowired Registrations registrations;
    @Autowired MessageSource messages;
    @Value("${faro.demo.password}") String password;

    record Planned(EventView event, long ana, long luis) {
    }

    /** An event in Bogotá trained by the demo trainer, running, with a session under way and three people. */
    Planned plan() {
        return asCoordinator(() -> {
            String code = "ASIS-" + UUID.randomUUID().toString().substring(0, 8);
            long course = catalogue.create(new CourseDraft(code, null,
                    Map.of("es", new CourseDraft.CourseText("Gestión de incidentes", "Para equipos de respuesta.", "Clasificar")),
                    List.of(Map.of("es", "Fundamentos")), List.of("faro-national-2021:D1.1"))).id();
            LocalDateTime now = LocalDateTime.now(ZoneId.of("America/Bogota")).truncatedTo(ChronoUnit.MINUTES);
            EventView event = trainingEvents.create(new EventDraft(course, "CO", "Bogotá", "MinTIC", null,
                    EventDraft.Modality.IN_PERSON, "es", "America/Bogota", 20, EventDraft.RegistrationMode.OPEN,
                    List.of(new EventDraft.SessionDraft("Día 1", now.minusHours(1), now.plusHours(2)),
                            new EventDraft.SessionDraft("Día 2", now.plusDays(1), now.plusDays(1).plusHours(3))),
                    List.of(TRAINER), List.of()));
            trainingEvents.advance(event.id(), EventStatus.REGISTRATION_OPEN, event.version());
            long ana = register(event, "ana." + code.toLowerCase(Locale.ROOT) + "@example.org", "Ana Pérez");
            long luis = register(event, "luis." + code.toLowerCase(Locale.ROOT) + "@example.org", "Luis Gómez");
            register(event, PARTICIPANT, "Inés Asistente");
            EventView open = trainingEvents.event(event.id());
            return new Planned(trainingEvents.advance(event.id(), EventStatus.RUNNING, open.version()), ana, luis);
        });
    }

    long register(EventView event, String email, String name) {
        return registrations.register(event.id(), new RegistrationForm(email, name, "MinTIC", null,
                RegistrationForm.Sector.GOVERNMENT, null, registrations.privacyNoticeVersion())).id();
    }

    static <T> T asCoordinator(Supplier<T> call) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Grant grant = Grant.programme(Role.PROGRAMME_COORDINATOR);
        authorities.add(new SimpleGrantedAuthority(grant.authority()));
        authorities.add(new SimpleGrantedAuthority(grant.role().authority()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("coordinacion@demo.faro.lat", "n/a", authorities));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aTrainerTakesAttendanceOnAPhoneAndAParticipantChecksIn(Browser browser) {
        Planned planned = plan();
        long eventId = planned.event().id();
        long session = planned.event().sessions().getFirst().id();
        String roster = "/training/events/" + eventId + "/sessions/" + session + "/roster";

        browser.phoneSize().signIn(TRAINER, password);
        browser.open("/training/events/" + eventId);
        browser.assertAccessible("event page with its rosters, on a phone");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + roster + "']")));
        assertThat(browser.currentPath()).isEqualTo(roster);
        Locale page = Locale.forLanguageTag(browser.language());
        assertThat(browser.text(By.id("roster-count"))).isEqualTo(count(0, 3, page));
        browser.assertNoHorizontalScroll("roster");
        browser.assertAccessible("roster on a phone");

        // Tap "present" for Ana and "absent" for Luis: each row changes in place, the count follows.
        browser.script("window.faroSamePage = true");
        tap(browser, "present-" + planned.ana());
        assertThat(browser.text(By.id("roster-count"))).isEqualTo(count(1, 3, page));
        tap(browser, "absent-" + planned.luis());
        assertThat(browser.text(By.id("roster-count"))).isEqualTo(count(1, 3, page));
        assertThat(browser.script("return window.faroSamePage === true")).as("marked without reloading the page").isEqualTo(true);
        assertThat(browser.find(By.id("reg-" + planned.luis())).getAttribute("class")).contains("roster-row--absent");
        assertThat(browser.text(By.id("reg-" + planned.luis()))).contains(message("attendance.state.absent", page));
        assertThat(browser.script("return document.activeElement && document.activeElement.id"))
                .as("the focus stays on the button tapped").isEqualTo("absent-" + planned.luis());
        browser.assertNoHorizontalScroll("roster after marking");
        browser.assertAccessible("roster after marking, on a phone");

        // Stored: after a reload both marks are there.
        browser.open(roster);
        assertThat(browser.find(By.id("present-" + planned.ana())).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.find(By.id("absent-" + planned.luis())).getAttribute("aria-pressed")).isEqualTo("true");

        // The code to show in the room, and its link for the QR code.
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href$='/check-in-code']")));
        String code = browser.text(By.id("check-in-code"));
        assertThat(code).matches("[A-Z2-9]{6}");
        String link = browser.find(By.id("check-in-link")).getAttribute("href");
        assertThat(link).isEqualTo(browser.baseUrl() + "/training/check-in?code=" + code);
        browser.assertNoHorizontalScroll("check-in code");
        browser.assertAccessible("check-in code on a phone");
        browser.signOut();

        // The participant follows the link, signs in, and checks in with one tap.
        browser.signIn(PARTICIPANT, password);
        browser.open("/training/check-in?code=" + code);
        assertThat(browser.find(By.id("code")).getAttribute("value")).isEqualTo(code);
        browser.assertAccessible("check-in form on a phone");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
        Locale participantPage = Locale.forLanguageTag(browser.language());
        EventView.Session first = planned.event().sessions().getFirst();
        String when = first.startsAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(participantPage)) + ", "
                + first.startsAt().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(participantPage)) + "–"
                + first.endsAt().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(participantPage));
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(
                messages.getMessage("attendance.checkIn.done", new Object[] {1, "Gestión de incidentes", when}, participantPage));
        browser.assertNoHorizontalScroll("check-in done");
        browser.assertAccessible("check-in done, on a phone");
        // A wrong code: the message beside the field, announced to screen readers as the field's description.
        browser.find(By.id("code")).clear();
        browser.find(By.id("code")).sendKeys("ZZZZZZ".equals(code) ? "YYYYYY" : "ZZZZZZ");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text(By.id("code-error"))).isEqualTo(message("training.checkIn.unknownCode", participantPage));
        assertThat(browser.find(By.id("code")).getAttribute("aria-describedby")).contains("code-error");
        browser.assertAccessible("check-in refused, on a phone");
    }

    /** Taps a mark button and waits until htmx has swapped its row in with the button pressed. */
    static void tap(Browser browser, String buttonId) {
        browser.find(By.id(buttonId)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "true".equals(
                browser.script("var b = document.getElementById(arguments[0]); return b && b.getAttribute('aria-pressed');", buttonId)));
    }

    String count(int present, int total, Locale locale) {
        return messages.getMessage("attendance.roster.count", new Object[] {present, total}, locale);
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
