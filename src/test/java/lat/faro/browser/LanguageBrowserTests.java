package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/** The header's language switcher for a person who signs in: the choice follows them, not the browser. */
@BrowserTest
class LanguageBrowserTests {

    /** Only this class signs in as this person, so the language it remembers is this class's doing. */
    static final String EMAIL = "evaluador.ar@demo.faro.lat";

    @Autowired
    MessageSource messages;

    @Value("${faro.demo.password}")
    String password;

    @Test
    void portugueseChosenBeforeSigningInStaysAfterSignInAndIsRememberedForTheNextSignIn(Browser browser) {
        browser.open("/login");
        choose(browser, "pt");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.login.title", "pt"));
        browser.assertAccessible("sign-in page (pt)");

        browser.signIn(EMAIL, password);
        browser.open("/countries");

        assertCountriesInPortuguese(browser);
        browser.assertAccessible("countries (pt, signed in)");

        browser.signOut();
        forgetThisBrowser(browser);
        browser.open("/login");
        assertThat(browser.language()).as("a new visitor from the region").isEqualTo("es");
        browser.signIn(EMAIL, password);
        browser.open("/countries");

        assertCountriesInPortuguese(browser);
    }

    @Test
    void frenchAndEnglishChosenWhileSignedInChangeThePageAndTheLastIsRemembered(Browser browser) {
        browser.signIn(EMAIL, password);
        browser.open("/programmes");

        choose(browser, "fr");
        assertThat(browser.currentPath()).isEqualTo("/programmes");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("directory.programmes.title", "fr"));
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo(message("directory.programmes.lead", "fr"));
        browser.assertAccessible("programmes (fr, signed in)");

        choose(browser, "en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("directory.programmes.title", "en"));
        assertThat(browser.text(By.cssSelector(".site-nav"))).contains(message("nav.account", "en"));
        browser.assertAccessible("programmes (en, signed in)");

        browser.signOut();
        forgetThisBrowser(browser);
        browser.signIn(EMAIL, password);
        browser.open("/account");

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.account.title", "en"));
        browser.assertAccessible("account (en)");
    }

    private void assertCountriesInPortuguese(Browser browser) {
        assertThat(browser.language()).isEqualTo("pt");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("directory.countries.title", "pt"));
        Map<String, String> names = Map.of("BR", "Brasil", "MX", "México", "CO", "Colômbia");
        names.forEach((code, name) -> assertThat(browser.text(By.cssSelector("tbody a[href='/countries/" + code + "']")))
                .isEqualTo(name));
    }

    /** Another browser, or this one after clearing its cookies: nothing but the account says which language. */
    private static void forgetThisBrowser(Browser browser) {
        browser.driver().manage().deleteAllCookies();
    }

    private void choose(Browser browser, String language) {
        WebElement button = browser.find(By.cssSelector("form.lang-switch button[name=lang][value=" + language + "]"));
        assertThat(button.getText()).isEqualTo(message("language." + language, language));
        browser.clickAndWaitForNextPage(button);
        assertThat(browser.language()).isEqualTo(language);
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
