package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/** National coordinators manage the organisations of their own country, and only those. */
@BrowserTest
class OrganisationBrowserTests {

    static final String ARGENTINA = "coordinador.ar@demo.faro.lat";
    static final String MEXICO = "coordinador.mx@demo.faro.lat";

    @Autowired
    MessageSource messages;

    @Autowired
    DirectoryQueries directory;

    @Value("${faro.demo.password}")
    String password;

    @Test
    void coordinatorRegistersAnOrganisationInTheirCountryAfterCorrectingABadEmail(Browser browser) {
        String name = "Oficina Nacional de Tecnologías de Información " + System.nanoTime();
        browser.signIn(ARGENTINA, password);
        browser.open("/organisations/manage");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("directory.organisations.title"));
        browser.assertAccessible("organisations");

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='/organisations/manage/new']")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("directory.organisation.new.title"));
        browser.assertAccessible("new organisation form");
        browser.find(By.id("name")).sendKeys(name);
        browser.find(By.id("acronym")).sendKeys("ONTI");
        new Select(browser.find(By.id("type"))).selectByValue("GOVERNMENT");
        new Select(browser.find(By.id("country"))).selectByValue("AR");
        browser.find(By.id("contactEmail")).sendKeys("onti-en-argentina.gob.ar");
        save(browser);

        String invalid = message("directory.organisation.contactEmail.invalid");
        assertThat(browser.currentPath()).isEqualTo("/organisations/manage/new");
        assertThat(browser.texts(By.cssSelector(".error-summary li a"))).containsExactly(invalid);
        assertThat(browser.text(By.id("contactEmail-error"))).isEqualTo(invalid);
        WebElement email = browser.find(By.id("contactEmail"));
        assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(email.getAttribute("aria-describedby")).isEqualTo("contactEmail-error");
        assertThat(browser.find(By.id("name")).getAttribute("value")).as("what was typed is kept").isEqualTo(name);
        browser.assertAccessible("new organisation form with an error");

        browser.find(By.cssSelector(".error-summary a[href='#contactEmail']")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("contactEmail");

        email.clear();
        email.sendKeys("onti@argentina.gob.ar");
        save(browser);

        assertThat(browser.currentPath()).isEqualTo("/organisations/manage");
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(message("directory.organisation.created", name));
        assertThat(browser.texts(By.cssSelector("main tbody th a"))).contains(name);
        browser.assertAccessible("organisations after registering one");
    }

    @Test
    void coordinatorOfAnotherCountryGetsTheAccessDeniedPageForAnArgentineOrganisation(Browser browser) {
        OrganisationView argentine = directory.organisationsIn("AR").stream()
                .filter(o -> "DNC".equals(o.acronym())).findFirst().orElseThrow();
        browser.signIn(MEXICO, password);

        browser.open("/organisations/manage");
        assertThat(browser.texts(By.cssSelector("main tbody th a"))).isNotEmpty().doesNotContain(argentine.name());

        browser.open("/organisations/manage/" + argentine.id());

        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("error.403.title"));
        assertThat(browser.text(By.cssSelector("main"))).contains(message("error.403.text"))
                .doesNotContain(argentine.name());
        assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
        browser.assertAccessible("access denied page");
    }

    private static void save(Browser browser) {
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form.stack button[type=submit]")));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("es"));
    }
}
