package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;

/**
 * Training in the browser, on the demo data: the demo participant finds the open event in
 * Guatemala, registers with the form (a refused first try shows each problem beside its field),
 * sees the place confirmed and cancels it; anyone reads the programme's targets and a country's
 * suggested trainings; the coordinator adds a target. axe-core checks every page, on a phone too.
 */
@BrowserTest
class TrainingBrowserTests {

    /** Not the demo participant of MfaSignInBrowserTests, who has two-step sign-in once that test has run. */
    static final String PARTICIPANT = "asistente@demo.faro.lat";
    static final String COORDINATOR = "coordinacion@demo.faro.lat";

    /** The demo data's open event: its course's title (in Spanish or English) and Guatemala's capital. */
    static final String DEMO_EVENT = "//main//tr[td[contains(., 'Ciudad de Guatemala')] and th[contains(., 'La ciberseguridad como tarea "
            + "de gobierno') or contains(., 'Cybersecurity as a task of government')]]/th/a";

    @Value("${faro.demo.password}") String password;

    @Test
    void aParticipantRegistersForAnOpenEventAndCancels(Browser browser) {
        browser.open("/training");
        browser.assertAccessible("training");
        browser.clickAndWaitForNextPage(browser.find(By.xpath(DEMO_EVENT)));
        browser.assertAccessible("training event, signed out");
        assertThat(browser.find(By.cssSelector("main")).getText()).containsAnyOf("Inicie sesión para inscribirse", "Sign in to register");

        browser.signIn(PARTICIPANT, password);
        browser.open("/training");
        browser.clickAndWaitForNextPage(browser.find(By.xpath(DEMO_EVENT)));
        String event = browser.currentPath();
        browser.find(By.id("fullName")).sendKeys("Inés Asistente");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.find(By.id("organisation")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("fullName")).getAttribute("value")).isEqualTo("Inés Asistente");
        browser.assertAccessible("registration refused");

        browser.find(By.id("organisation")).sendKeys("Secretaría de Gobierno Digital");
        new Select(browser.find(By.id("sector"))).selectByValue("GOVERNMENT");
        browser.find(By.id("gender-PREFER_NOT_TO_SAY")).click();
        browser.find(By.id("consent")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.currentPath()).isEqualTo(event);
        assertThat(browser.text(By.cssSelector("main .notice"))).containsAnyOf("cupo está confirmado", "place is confirmed");
        browser.assertAccessible("registered");
        browser.phoneSize();
        browser.assertAccessible("registered, on a phone");
        browser.desktopSize();

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form[action$='/cancel'] button")));
        assertThat(browser.text(By.cssSelector("main .notice"))).containsAnyOf("quedó cancelada", "is cancelled");
        assertThat(browser.find(By.id("fullName")).isDisplayed()).isTrue();
    }

    @Test
    void anyoneReadsTheTargetsAndACountrysSuggestionsAndTheCoordinatorAddsATarget(Browser browser) {
        browser.open("/training/programmes/egov-cybersecurity");
        assertThat(browser.texts(By.cssSelector("main .card h2"))).anySatisfy(t -> assertThat(t).containsAnyOf("Países alcanzados", "Countries reached"));
        browser.assertAccessible("programme targets");
        browser.open("/training/countries/BR");
        assertThat(browser.find(By.cssSelector("main table")).getText()).containsAnyOf("Respuesta a incidentes", "Incident response");
        browser.assertAccessible("suggested trainings");
        browser.phoneSize();
        browser.assertAccessible("suggested trainings on a phone");
        browser.desktopSize();

        browser.signIn(COORDINATOR, password);
        browser.open("/training/programmes/egov-cybersecurity");
        int before = browser.texts(By.cssSelector("main .card")).size();
        new Select(browser.find(By.id("kind"))).selectByValue("PEOPLE_TRAINED");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.texts(By.cssSelector("main .alert li"))).hasSize(2); // the value and the due date
        browser.assertAccessible("target refused");
        new Select(browser.find(By.id("kind"))).selectByValue("PEOPLE_TRAINED");
        browser.find(By.id("value")).sendKeys("50");
        browser.script("document.getElementById('dueOn').value = '2027-06-30'");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.texts(By.cssSelector("main .card"))).hasSize(before + 1);
    }
}
