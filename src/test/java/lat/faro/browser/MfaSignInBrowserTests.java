package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.faro.identity.TotpCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The foundation's sign-in journey in Chromium: a person turns on two-step verification from
 * the account page, signs out, and from then on signs in with the password and a code.
 */
@BrowserTest
class MfaSignInBrowserTests {

    /** Nobody else in the browser suite signs in as this person: enrolling changes every later sign-in. */
    static final String EMAIL = "participante@demo.faro.lat";

    @Autowired
    MessageSource messages;

    @Value("${faro.demo.password}")
    String password;

    /** The last 30-second step whose code was used: Faro takes each code once. */
    private long lastUsedStep = Long.MIN_VALUE;

    @Test
    void personEnrolsAnAuthenticatorAndThenSignsInWithPasswordAndCode(Browser browser) {
        browser.open("/login");
        browser.assertAccessible("sign-in page");

        browser.signIn(EMAIL, password);
        assertThat(browser.currentPath()).isEqualTo("/");
        browser.open("/account");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.account.title"));
        assertThat(mfaState(browser)).isEqualTo(message("identity.account.mfaOff"));
        browser.assertAccessible("account page, two-step verification off");

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='/account/mfa']")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.mfa.enrol.title"));
        WebElement qr = browser.find(By.cssSelector(".qr img"));
        assertThat(qr.getAttribute("alt")).isEqualTo(message("identity.mfa.enrol.qrAlt"));
        assertThat(((Number) browser.script("return arguments[0].naturalWidth", qr)).intValue())
                .as("the QR image has loaded").isPositive();
        browser.assertAccessible("enrolment page with the QR code");

        String secret = browser.text(By.id("mfa-secret"));
        assertThat(secret).matches("[A-Z2-7]{4}( [A-Z2-7]{1,4})+");
        enterCode(browser, wrongCode(secret));
        assertThat(browser.currentPath()).isEqualTo("/account/mfa");
        assertCodeErrorIsShownBesideTheField(browser);
        assertThat(browser.text(By.id("mfa-secret"))).as("the same key, still to be confirmed").isEqualTo(secret);
        browser.assertAccessible("enrolment page with a wrong code");

        enterCode(browser, nextCode(secret));
        assertThat(browser.currentPath()).isEqualTo("/account");
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(message("identity.account.mfaEnrolled"));
        assertThat(mfaState(browser)).isEqualTo(message("identity.account.mfaOn"));

        browser.signOut();
        assertThat(browser.currentPath()).isEqualTo("/login?signedOut");
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(message("identity.login.signedOut"));

        browser.signIn(EMAIL, password);
        assertThat(browser.currentPath()).isEqualTo("/login/mfa");
        assertThat(browser.language()).isEqualTo("es");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("identity.mfa.verify.title"));
        assertThat(browser.text(By.cssSelector("label[for=code]"))).isEqualTo(message("identity.mfa.code"));
        assertThat(browser.find(By.cssSelector(".site-nav")).getText()).doesNotContain(message("nav.account"));
        browser.assertAccessible("code page");

        enterCode(browser, wrongCode(secret));
        assertThat(browser.currentPath()).isEqualTo("/login/mfa");
        assertCodeErrorIsShownBesideTheField(browser);
        browser.assertAccessible("code page with a wrong code");

        enterCode(browser, nextCode(secret));
        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.find(By.cssSelector(".site-nav")).getText()).contains(message("nav.account"));
        browser.open("/account");
        assertThat(browser.text(By.cssSelector("dl.summary"))).contains(EMAIL);
        assertThat(mfaState(browser)).isEqualTo(message("identity.account.mfaOn"));
        browser.assertAccessible("account page, two-step verification on");
    }

    private void assertCodeErrorIsShownBesideTheField(Browser browser) {
        String wrong = message("identity.mfa.codeWrong");
        assertThat(wrong).startsWith("El código no es correcto");
        WebElement field = browser.find(By.id("code"));
        assertThat(browser.text(By.id("code-error"))).isEqualTo(wrong);
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("code-error");
        assertThat(browser.text(By.cssSelector(".error-summary a[href='#code']"))).isEqualTo(wrong);
    }

    private static void enterCode(Browser browser, String code) {
        WebElement field = browser.find(By.id("code"));
        field.clear();
        field.sendKeys(code);
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form.stack button[type=submit]")));
    }

    /** What the authenticator app shows now, or the next step's code when this step's was used already. */
    private String nextCode(String secret) {
        long step = Math.max(TotpCodes.step(Instant.now()), lastUsedStep + 1);
        lastUsedStep = step;
        return TotpCodes.code(secret, step);
    }

    /** Six digits that no step Faro could accept right now matches. */
    private static String wrongCode(String secret) {
        long now = TotpCodes.step(Instant.now());
        Set<String> valid = LongStream.rangeClosed(now - 2, now + 3).mapToObj(s -> TotpCodes.code(secret, s))
                .collect(java.util.stream.Collectors.toSet());
        return Stream.of("000000", "111111", "222222", "333333").filter(c -> !valid.contains(c)).findFirst().orElseThrow();
    }

    private static String mfaState(Browser browser) {
        return browser.text(By.cssSelector("#mfa + p .tag"));
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("es"));
    }
}
