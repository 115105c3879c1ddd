package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

/** The pages people open on a phone fit its width: they scroll down, never sideways. */
@BrowserTest
class PhoneSizeBrowserTests {

    @Value("${faro.demo.password}")
    String password;

    @Test
    void signInPageFitsAPhone(Browser browser) {
        browser.phoneSize().open("/login");

        assertFits(browser, "sign-in page");
    }

    @Test
    void countriesPageFitsAPhone(Browser browser) {
        browser.phoneSize().open("/countries");

        assertThat(browser.driver().findElements(By.cssSelector("main tbody tr"))).hasSize(33);
        assertFits(browser, "countries");
    }

    @Test
    void accountPageFitsAPhone(Browser browser) {
        browser.phoneSize().signIn("agencia.uy@demo.faro.lat", password).open("/account");

        assertThat(browser.currentPath()).isEqualTo("/account");
        assertFits(browser, "account page");
    }

    @Test
    void auditTrailFitsAPhone(Browser browser) {
        browser.phoneSize().signIn("admin@demo.faro.lat", password).open("/admin/audit");

        assertThat(browser.driver().findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
        assertFits(browser, "audit trail");
    }

    private static void assertFits(Browser browser, String page) {
        browser.assertNoHorizontalScroll(page + " on a phone");
        browser.assertAccessible(page + " on a phone");
    }
}
