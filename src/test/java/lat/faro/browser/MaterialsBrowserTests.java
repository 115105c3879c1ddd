package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A course's materials in the browser, on the demo course of the Guatemala event: anyone sees the
 * public link; the programme coordinator's form refuses an http:// link beside its field, then
 * adds a link and uploads a PDF for participants only, which the public does not see; both are
 * removed again. axe-core checks each page.
 */
@BrowserTest
class MaterialsBrowserTests {

    static final String COORDINATOR = "coordinacion@demo.faro.lat";

    @Value("${faro.demo.password}") String password;
    @Autowired JdbcClient jdbc;

    @Test
    void theCoordinatorAddsALinkAndAFileThatThePageListsAndTheRefusedFormNamesTheField(Browser browser) throws Exception {
        long course = jdbc.sql("select id from training_course where code = 'DEMO-MS-201'").query(Long.class).single();
        String page = "/training/courses/" + course;

        browser.open(page);
        assertThat(browser.find(By.id("materials")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("add-material"))).isEmpty();
        browser.assertAccessible("course page with materials, signed out");

        browser.signIn(COORDINATOR, password);
        browser.open(page);
        assertThat(browser.find(By.id("add-material")).isDisplayed()).isTrue();
        browser.assertAccessible("course page with the staff form");

        browser.find(By.id("material-title-es")).sendKeys("Guía de servicios de un CSIRT");
        browser.find(By.id("material-url")).sendKeys("http://www.first.org/standards/frameworks/csirts/");
        browser.find(By.id("material-audience-PUBLIC")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form[enctype] button.primary")));
        assertThat(browser.find(By.id("material-url")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(By.id("material-url-error"))).containsAnyOf("https://");
        assertThat(browser.find(By.id("material-title-es")).getAttribute("value")).isEqualTo("Guía de servicios de un CSIRT");
        browser.assertAccessible("material refused");

        browser.find(By.id("material-url")).clear();
        browser.find(By.id("material-url")).sendKeys("https://www.first.org/standards/frameworks/csirts/");
        browser.find(By.id("material-language")).sendKeys("e"); // a keyboard choice of the select
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form[enctype] button.primary")));
        assertThat(browser.currentPath()).isEqualTo(page + "#materials");
        assertThat(browser.text(By.cssSelector("main .notice"))).contains("Guía de servicios de un CSIRT");

        Path pdf = Files.createTempFile("diapositivas", ".pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.find(By.id("material-title-es")).sendKeys("Diapositivas del taller");
        browser.find(By.id("material-file")).sendKeys(pdf.toString());
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form[enctype] button.primary")));
        assertThat(browser.texts(By.cssSelector("main ol.materials > li"))).hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("Guía de servicios de un CSIRT"))
                .anySatisfy(t -> assertThat(t).contains("Diapositivas del taller").contains("PDF"));
        browser.assertAccessible("course page listing materials, for staff");
        browser.phoneSize();
        browser.assertAccessible("course page listing materials, on a phone");
        browser.desktopSize();

        browser.signOut();
        browser.open(page);
        assertThat(browser.texts(By.cssSelector("main ol.materials > li"))).hasSize(1).first().asString()
                .contains("Guía de servicios de un CSIRT");

        browser.signIn(COORDINATOR, password);
        browser.open(page);
        while (!browser.driver().findElements(By.cssSelector("main ol.materials button.danger")).isEmpty()) {
            browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main ol.materials button.danger")));
        }
        assertThat(browser.driver().findElements(By.cssSelector("main ol.materials > li"))).isEmpty();
        Files.deleteIfExists(pdf);
    }
}
