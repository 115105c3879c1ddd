package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import lat.faro.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/** The administrator's pages, and the error pages anyone may land on. */
@BrowserTest
class AdminBrowserTests {

    static final String ADMIN = "admin@demo.faro.lat";

    @Autowired
    MessageSource messages;

    @Value("${faro.demo.password}")
    String password;

    @Test
    void administratorFindsEveryDemoUserAndOpensOne(Browser browser) {
        browser.signIn(ADMIN, password);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector(".site-nav a[href='/admin/users']")));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.admin.users.title"));
        assertThat(browser.texts(By.cssSelector("main tbody td a")))
                .contains(ADMIN, "coordinacion@demo.faro.lat", "coordinador.ar@demo.faro.lat", "revisor@demo.faro.lat");
        browser.assertAccessible("users");

        browser.clickAndWaitForNextPage(browser.find(By.linkText("coordinacion@demo.faro.lat")));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Carlos Coordinador Regional");
        assertThat(browser.text(By.cssSelector("main tbody"))).contains(message("role.PROGRAMME_COORDINATOR"));
        browser.assertAccessible("user page");
    }

    @Test
    void invitationFormNamesEachMistakeBesideItsField(Browser browser) {
        browser.signIn(ADMIN, password);
        browser.open("/admin/users/new");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.admin.invite"));
        browser.assertAccessible("invitation form");

        browser.find(By.id("email")).sendKeys("ana.en.ministerio.gob");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form.stack button[type=submit]")));

        assertThat(browser.currentPath()).isEqualTo("/admin/users/new");
        assertThat(browser.texts(By.cssSelector(".error-summary li")))
                .containsExactlyInAnyOrder(message("validation.email"), message("validation.required"));
        assertThat(browser.text(By.id("email-error"))).isEqualTo(message("validation.email"));
        assertThat(browser.text(By.id("displayName-error"))).isEqualTo(message("validation.required"));
        assertThat(browser.find(By.id("displayName")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("invitation form with errors");
    }

    @Test
    void securityPageOffersTwoStepVerificationForEveryRole(Browser browser) {
        browser.signIn(ADMIN, password);
        browser.open("/admin/users");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='/admin/security']")));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.admin.security.title"));
        assertThat(browser.text(By.tagName("legend"))).isEqualTo(message("identity.admin.security.legend"));
        assertThat(browser.texts(By.cssSelector("fieldset label"))).hasSize(Role.values().length)
                .contains(message("role.ADMIN"), message("role.NATIONAL_COORDINATOR"));
        browser.assertAccessible("sign-in security");
    }

    @Test
    void auditTrailListsEntriesAndItsChainVerifiesIntact(Browser browser) {
        browser.signIn(ADMIN, password);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector(".site-nav a[href='/admin/audit']")));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("audit.heading"));
        assertThat(browser.driver().findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
        browser.assertAccessible("audit trail");

        WebElement verify = browser.find(By.xpath("//main//button[normalize-space()='" + message("audit.verify.submit") + "']"));
        browser.clickAndWaitForNextPage(verify);

        assertThat(browser.text(By.cssSelector("#verification h2"))).isEqualTo(message("audit.verify.intact.title"))
                .isEqualTo("La cadena está intacta");
        assertThat(browser.find(By.id("verification")).getAttribute("role")).isEqualTo("status");
        assertThat(browser.text(By.cssSelector("#verification p"))).startsWith("Entradas comprobadas:");
        browser.assertAccessible("audit trail after verifying");
    }

    @Test
    void personWithoutTheAdministratorRoleGetsTheAccessDeniedPage(Browser browser) {
        browser.signIn("coordinacion@demo.faro.lat", password);
        assertThat(browser.texts(By.cssSelector(".site-nav a"))).doesNotContain(message("nav.users"));

        browser.open("/admin/users");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("error.403.title"));
        assertThat(browser.text(By.cssSelector("main"))).contains(message("error.403.text"));
        assertThat(browser.driver().getTitle()).startsWith(message("error.403.title"));
        browser.assertAccessible("access denied page");
    }

    @Test
    void unknownPageAndUnknownCountryGetTheNotFoundPage(Browser browser) {
        browser.open("/countries/ZZ");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("error.404.title"));
        assertThat(browser.text(By.cssSelector("main"))).contains(message("error.404.text"));
        assertThat(browser.driver().findElements(By.cssSelector("[href*=jsessionid], [src*=jsessionid], [action*=jsessionid]")))
                .as("no session id in the page's links, which the firewall would refuse").isEmpty();
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
                .as("the stylesheet has loaded").isEqualTo("rgb(11, 37, 69)");
        browser.assertAccessible("not found page");

        browser.signIn(ADMIN, password);
        browser.open("/no-such-page");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("error.404.title"));
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='/']")));
        assertThat(browser.currentPath()).isEqualTo("/");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("es"));
    }
}
