package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

/**
 * A programme coordinator imports a historic round from a CSV file in the browser, confirms the
 * preview and publishes it; anyone then reads its statistics with their charts, the regional
 * report, the map (whose countries open their profiles), a country profile and its report, and
 * the heatmap. axe-core checks every page, the colours of the map and the heatmap included.
 */
@BrowserTest
class InsightBrowserTests {

    static final String COORDINATOR = "coordinacion@demo.faro.lat";

    @Value("${faro.demo.password}") String password;

    @Test
    void aCoordinatorImportsAHistoricRoundAndEveryoneReadsItsStatistics(Browser browser) throws Exception {
        String label = "Estudio 2019 " + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("historico", ".csv");
        Files.writeString(file, """
                country,round,framework,element,stage,source
                AR,%1$s,faro-national-2016,D2.1.1,inicial,Estudio 2019
                BR,%1$s,faro-national-2016,D2.1.1,formativo,Estudio 2019
                CL,%1$s,faro-national-2016,D2.1.1,1,Estudio 2019
                JM,%1$s,faro-national-2016,D2.1.1,start-up,Estudio 2019
                """.formatted(label), StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();

        browser.signIn(COORDINATOR, password);
        browser.open("/insight/imports");
        browser.assertAccessible("import form");
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit].primary")));
        assertThat(browser.currentPath()).startsWith("/insight/imports/");
        browser.assertAccessible("import preview");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit].primary")));
        browser.assertAccessible("import done");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main ul a[href^='/insight/imports/rounds/']")));
        browser.assertAccessible("imported round");
        browser.script("window.confirm = function () { return true; }");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
        browser.signOut();

        browser.open("/insight/statistics");
        browser.assertAccessible("statistics rounds");
        browser.clickAndWaitForNextPage(browser.find(By.linkText(label)));
        browser.assertAccessible("round statistics");
        String row = browser.text(By.id("stats-D2.1.1"));
        assertThat(row).containsAnyOf("3 de 4", "3 of 4");
        assertThat(browser.script("return document.querySelectorAll('.chart--drawn canvas').length")).as("distribution charts drawn")
                .isEqualTo(5L);
        String statistics = browser.currentPath();
        String report = (String) browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.status + ' ' + x.getResponseHeader('Content-Type');", statistics + "/report.pdf");
        assertThat(report).isEqualTo("200 application/pdf");

        // The map of the mind-set aspect: each country coloured by its stage, a click opens its profile.
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main .downloads a[href*='/map']")));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("element"))).selectByValue("D2.1.1");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form.filters button[type=submit]")));
        browser.assertAccessible("map");
        assertThat(browser.find(By.cssSelector("svg a[href^='/insight/countries/BR'] path")).getAttribute("class")).isEqualTo("map-s2");
        assertThat(browser.find(By.cssSelector("svg a[href^='/insight/countries/AR'] path")).getAttribute("class")).isEqualTo("map-s1");
        assertThat(browser.texts(By.cssSelector(".legend li"))).anySatisfy(t -> assertThat(t).containsAnyOf("3 de 4", "3 of 4"));
        browser.enterAndWaitForNextPage(browser.find(By.cssSelector("svg a[href^='/insight/countries/BR']")));
        assertThat(browser.currentPath()).startsWith("/insight/countries/BR");
        assertThat(browser.script("return document.querySelectorAll('.chart--drawn canvas').length")).as("profile charts drawn")
                .isEqualTo(3L);
        browser.assertAccessible("country profile");
        String profileReport = (String) browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.status + ' ' + x.getResponseHeader('Content-Type');",
                browser.find(By.cssSelector("main .downloads a[href*='/report.pdf']")).getAttribute("href"));
        assertThat(profileReport).isEqualTo("200 application/pdf");

        browser.open("/insight/countries");
        browser.assertAccessible("country profiles");
        browser.open("/insight/trend?element=D2.1.1");
        assertThat(browser.script("return document.querySelectorAll('.chart--drawn canvas').length")).as("trend chart drawn")
                .isEqualTo(1L);
        assertThat(browser.text(By.cssSelector("main table"))).contains(label);
        browser.assertAccessible("regional trend");

        browser.open(statistics + "/heatmap");
        browser.assertAccessible("heatmap");
        browser.phoneSize();
        browser.assertAccessible("heatmap on a phone");
        browser.open(statistics + "/map");
        browser.assertAccessible("map on a phone");
    }
}
