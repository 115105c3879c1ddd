package lat.faro.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test class, gives each test a {@link Browser} on the running
 * application with no cookies and a desktop-size window, keeps a screenshot of a failed test in
 * {@code target/browser-screenshots}, and closes Chromium after the class.
 *
 * <p>Chromium and ChromeDriver come from Debian ({@code apt-get install chromium chromium-driver});
 * {@code -Dfaro.test.chromium=...} and {@code -Dfaro.test.chromedriver=...} point elsewhere.
 */
public class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        ParameterResolver {

    static final String CHROMIUM = System.getProperty("faro.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("faro.test.chromedriver", "/usr/bin/chromedriver");
    /** The browser of a visitor from the region who reads Spanish. */
    static final String ACCEPT_LANGUAGE = "es-419,es";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, key -> Session.start(), Session.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Session session = session(context);
        // a fresh visitor for every test: no session, no language cookie, desktop width
        session.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser(context).desktopSize();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        try {
            Path dir = Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            byte[] png = session(context).driver().getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png"), png);
        } catch (IOException | RuntimeException e) {
            // the test's own failure is what matters
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("@BrowserTest needs a running server (webEnvironment = RANDOM_PORT)");
        }
        return new Browser(session(context).driver(), "http://localhost:" + port);
    }

    private static Session session(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Session.class, Session.class);
    }

    /** One Chromium with its own empty profile, closed (and the profile deleted) with the test class. */
    record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

        static Session start() {
            requireExecutable(CHROMIUM, "Chromium");
            requireExecutable(CHROMEDRIVER, "ChromeDriver");
            Path profile;
            try {
                profile = Files.createTempDirectory("faro-chromium-");
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a Chromium profile folder", e);
            }
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900",
                    "--lang=es-419"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", ACCEPT_LANGUAGE));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            return new Session(new ChromeDriver(service, options), profile);
        }

        private static void requireExecutable(String path, String what) {
            if (!Files.isExecutable(Path.of(path))) {
                throw new IllegalStateException("The browser suite is switched on (FARO_TEST_BROWSER=on) but " + what
                        + " is not at " + path + ". Install Debian's packages: apt-get install -y chromium chromium-driver"
                        + " (or run .ci/run, which does).");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }
}
