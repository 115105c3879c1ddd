package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the running application, with the checks every page gets: axe-core for
 * WCAG 2.2 AA and no horizontal scrolling on a phone.
 */
public final class Browser {

    /** The WCAG 2.0, 2.1 and 2.2 level A and AA rules of axe-core. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final WebDriver driver;
    private final String baseUrl;

    Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the application, e.g. {@code /login}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** The language of the page, from {@code <html lang>}. */
    public String language() {
        return find(By.tagName("html")).getAttribute("lang");
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks a link or submit button and waits (up to ten seconds) until the next page has loaded. */
    public Browser clickAndWaitForNextPage(WebElement element) {
        // A mark on the old page's window object; the next page starts without it.
        script("window.faroPreviousPage = true");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class) // while the old document goes away
                .until(d -> Boolean.TRUE.equals(script(
                        "return window.faroPreviousPage !== true && document.readyState === 'complete'")));
        return this;
    }

    /**
     * Follows a link from the keyboard, as someone without a mouse does: focuses it, presses
     * Enter and waits (up to ten seconds) until the next page has loaded. Also for links a
     * pointer cannot reliably hit, such as a country's outline on the map.
     */
    public Browser enterAndWaitForNextPage(WebElement link) {
        script("window.faroPreviousPage = true; arguments[0].focus();", link);
        assertThat(script("return document.activeElement === arguments[0]", link)).as("the link takes the focus").isEqualTo(true);
        link.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script(
                        "return window.faroPreviousPage !== true && document.readyState === 'complete'")));
        return this;
    }

    /**
     * Signs in with the form on {@code /login} and waits for the page that follows: the page
     * asked for before, the front page, or the second step when the account has one.
     */
    public Browser signIn(String email, String password) {
        open("/login");
        find(By.id("email")).sendKeys(email);
        find(By.id("password")).sendKeys(password);
        return clickAndWaitForNextPage(find(By.cssSelector("main form.stack button[type=submit]")));
    }

    /** Signs out with the button in the navigation; the sign-in page follows. */
    public Browser signOut() {
        return clickAndWaitForNextPage(find(By.cssSelector(".site-nav form[action='/logout'] button")));
    }

    /** The path of the current page with its query, e.g. {@code /countries?subregion=CARIBBEAN}. */
    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** The trimmed texts of the elements the selector finds. */
    public List<String> texts(By by) {
        return driver.findElements(by).stream().map(e -> e.getText().strip()).toList();
    }

    /** A 1280×900 window. */
    public Browser desktopSize() {
        return windowSize(DESKTOP);
    }

    /** A phone-size window, 390×844 CSS pixels (an iPhone 12 to 15). */
    public Browser phoneSize() {
        return windowSize(PHONE);
    }

    private Browser windowSize(Dimension size) {
        driver.manage().window().setSize(size);
        // Chromium applies a resize asynchronously; on a loaded machine the old width can still be read right after.
        long width = ((Number) script("return window.innerWidth")).longValue();
        for (long deadline = System.nanoTime() + 5_000_000_000L; width != size.getWidth() && System.nanoTime() < deadline; ) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            width = ((Number) script("return window.innerWidth")).longValue();
        }
        assertThat(width).as("viewport width after resizing the window to %s", size).isEqualTo(size.getWidth());
        return this;
    }

    /** The page scrolls only vertically at the current window width. */
    public void assertNoHorizontalScroll(String pageName) {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        assertThat(scrollWidth)
                .withFailMessage(() -> "%s scrolls sideways at %d px: the content is %d px wide (widest: %s)"
                        .formatted(pageName, innerWidth, scrollWidth, script(WIDEST_ELEMENT)))
                .isLessThanOrEqualTo(innerWidth);
    }

    /** The innermost element reaching furthest past the right edge, as tag.class (right edge). */
    private static final String WIDEST_ELEMENT = """
            let widest = null;
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.right > window.innerWidth && (!widest || r.right >= widest.right)) widest = {e, right: r.right};
            }
            if (!widest) return 'none found';
            const e = widest.e;
            return e.tagName.toLowerCase() + (e.classList.length ? '.' + [...e.classList].join('.') : '')
                + ' (right edge at ' + Math.round(widest.right) + ' px)';
            """;

    /**
     * Runs axe-core's WCAG 2.2 A/AA rules on the current page and fails with one line per
     * violation: rule, impact, the elements (CSS selectors) and how to fix it.
     */
    public void assertAccessible(String pageName) {
        // Legacy mode runs axe.run in the page itself. The default (axe-core 4.3+) mode also opens an
        // about:blank tab with a one-second page-load budget, which times out on a loaded machine
        // ("switchToWindow failed", dequelabs/axe-core-maven-html#645); Faro's pages have no frames,
        // the one thing the default mode does better.
        Results results = new AxeBuilder().withTags(WCAG_TAGS).setLegacyMode(true).analyze(driver);
        assertThat(results.isErrored())
                .withFailMessage("axe-core could not run on %s: %s", pageName, results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses())
                .withFailMessage("axe-core ran no rule on %s (%s): was its script blocked?", pageName, driver.getCurrentUrl())
                .isNotEmpty();
        List<Rule> violations = results.getViolations();
        assertThat(violations).withFailMessage(() -> report(pageName, violations)).isEmpty();
    }

    private String report(String pageName, List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream().map(Browser::target).collect(Collectors.joining("\n    "))
                        + "\n    " + rule.getHelpUrl())
                .collect(Collectors.joining("\n", pageName + " (" + driver.getCurrentUrl() + ") has "
                        + violations.size() + " accessibility violation(s):\n", "\n"));
    }

    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        String selector = target instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(" >>> ")) : String.valueOf(target);
        String summary = node.getFailureSummary() == null ? ""
                : " — " + node.getFailureSummary().strip().replaceAll(":?\\s*\\n\\s*", "; ");
        return selector + summary;
    }
}
