package lat.faro.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test that starts Faro on a random port and drives Debian's headless Chromium against it:
 * declare a {@link Browser} parameter on the test method. Runs only in the browser suite
 * ({@code FARO_TEST_BROWSER=on}); there a missing Chromium fails the tests, it never skips them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {}
