package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The pages anyone can open, as a visitor sees them in Chromium, checked with axe-core. */
@BrowserTest
class PublicPagesBrowserTests {

    @Autowired
    MessageSource messages;

    @Test
    void frontPageSpeaksSpanishByDefault(Browser browser) {
        browser.open("/");

        assertThat(browser.language()).isEqualTo("es");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("home.heading", "es"));
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo(message("home.lead", "es"));
        assertThat(browser.driver().getTitle()).startsWith(message("home.title", "es"));
        browser.assertAccessible("front page (es)");
    }

    @Test
    void signInPageSpeaksSpanishByDefault(Browser browser) {
        browser.open("/login");

        assertThat(browser.language()).isEqualTo("es");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.login.title", "es"));
        assertThat(browser.text(By.cssSelector("label[for=email]"))).isEqualTo(message("identity.field.email", "es"));
        assertThat(browser.text(By.cssSelector("label[for=password]"))).isEqualTo(message("identity.field.password", "es"));
        browser.assertAccessible("sign-in page (es)");
    }

    @Test
    void languageSwitcherTurnsTheFrontPageIntoPortuguese(Browser browser) {
        browser.open("/");

        choose(browser, "pt");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.baseUrl() + "/");
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo(message("home.lead", "pt"));
        assertThat(browser.text(By.cssSelector(".site-nav"))).contains(message("nav.countries", "pt"));
        assertThat(languageButton(browser, "pt").getAttribute("aria-current")).isEqualTo("true");
        assertThat(languageButton(browser, "es").getAttribute("aria-current")).isNull();
        browser.assertAccessible("front page (pt)");
    }

    @Test
    void languageSwitcherTurnsTheSignInPageIntoPortuguese(Browser browser) {
        browser.open("/login");

        choose(browser, "pt");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.baseUrl() + "/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.login.title", "pt"));
        assertThat(browser.text(By.cssSelector("label[for=password]"))).isEqualTo(message("identity.field.password", "pt"));
        assertThat(browser.text(By.cssSelector("form.stack button[type=submit]"))).isEqualTo(message("identity.login.submit", "pt"));
        browser.assertAccessible("sign-in page (pt)");
    }

    @Test
    void languageChoiceIsKeptOnTheNextPage(Browser browser) {
        browser.open("/");
        choose(browser, "pt");

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector(".site-nav a[href='/login']")));

        assertThat(browser.language()).isEqualTo("pt");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.login.title", "pt"));
    }

    @Test
    void skipLinkIsTheFirstStopAndMovesFocusToTheMainContent(Browser browser) {
        browser.open("/");

        browser.find(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo(message("layout.skip", "es"));
        assertThat(skip.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
        assertThat(skip.isDisplayed()).isTrue();

        skip.sendKeys(Keys.ENTER);

        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"/, es", "/, en", "/, pt", "/, fr", "/login, es", "/login, en", "/login, pt", "/login, fr"})
    void fitsAPhoneScreenWithoutSidewaysScrolling(String path, String language, Browser browser) {
        browser.open(path);
        choose(browser, language);

        browser.phoneSize();

        browser.assertNoHorizontalScroll(path + " (" + language + ") on a phone");
        browser.assertAccessible(path + " (" + language + ") on a phone");
    }

    @Test
    void axeRunsUnderTheContentSecurityPolicyAndReportsWhatItFinds(Browser browser) {
        browser.open("/");
        // The page's CSP is in force: a script the page itself adds inline does not run...
        Object inlineRan = browser.script("""
                const s = document.createElement('script');
                s.textContent = 'window.faroInline = true';
                document.head.appendChild(s);
                return window.faroInline === true;""");
        assertThat(inlineRan).as("inline script ran despite script-src 'self'").isEqualTo(false);
        // ...yet WebDriver's own scripts do, so axe-core runs, and a planted fault is reported.
        browser.script("""
                const img = document.createElement('img');
                img.src = '/img/faro.svg';
                document.querySelector('main').appendChild(img);""");

        assertThatThrownBy(() -> browser.assertAccessible("planted page"))
                .hasMessageContaining("planted page")
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("img[src$=\"faro.svg\"]");
    }

    private void choose(Browser browser, String language) {
        WebElement button = languageButton(browser, language);
        assertThat(button.getText()).isEqualTo(message("language." + language, language));
        browser.clickAndWaitForNextPage(button);
        assertThat(browser.language()).isEqualTo(language);
    }

    private static WebElement languageButton(Browser browser, String language) {
        return browser.find(By.cssSelector("form.lang-switch button[name=lang][value=" + language + "]"));
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
