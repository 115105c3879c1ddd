package lat.faro.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.browser.Browser;
import lat.faro.browser.BrowserTest;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Argentina's coordinator works through a factor in a real browser: saves happen in place, with htmx. */
@BrowserTest
class WorkspaceBrowserTests {

    static final String ARGENTINA = "coordinador.ar@demo.faro.lat";

    @Autowired AssessmentManagement assessments;
    @Autowired MessageSource messages;
    @Value("${faro.demo.password}") String password;

    @Test
    void aCoordinatorJudgesIndicatorsInPlaceAndTheAspectsStageFollows(Browser browser) {
        AssessmentView a = argentinasDraft();
        browser.signIn(ARGENTINA, password);

        browser.open("/assessments/" + a.id());
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("assessment.workspace.heading", "Argentina"));
        browser.assertAccessible("assessment overview");

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main table a[href='/assessments/" + a.id() + "/factors/D1.1']")));
        assertThat(browser.text(By.id("s-D1_1_1"))).contains(message("assessment.workspace.unit.stage", message("stage.1")));
        browser.assertAccessible("factor workspace");

        browser.script("window.faroSamePage = true");
        judge(browser, "i-D1_1_1-2a", "MET", "Resolución 1/2025 designa a la agencia.");
        judge(browser, "i-D1_1_1-2b", "MET", "Actas de las consultas.");

        WebElement evidence = browser.find(By.cssSelector("#i-D1_1_1-2a details.evidence-add"));
        evidence.findElement(By.tagName("summary")).click();
        evidence.findElement(By.id("i-D1_1_1-2a-title")).sendKeys("Resolución 1/2025");
        evidence.findElement(By.id("i-D1_1_1-2a-file")).sendKeys(pdf().toString());
        evidence.findElement(By.id("i-D1_1_1-2a-add")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#i-D1_1_1-2a .evidence-list a[download]")).isEmpty());
        assertThat(browser.text(By.cssSelector("#i-D1_1_1-2a .saved-note"))).isEqualTo(message("assessment.workspace.evidence.added"));

        assertThat(browser.script("return window.faroSamePage === true")).as("saved without reloading the page").isEqualTo(true);
        assertThat(browser.text(By.cssSelector("#i-D1_1_1-2a .indicator__title"))).contains(message("assessment.outcome.MET"));
        assertThat(browser.text(By.id("s-D1_1_1"))).as("the aspect's status is swapped out of band")
                .contains(message("assessment.workspace.unit.stage", message("stage.2")));
        browser.assertAccessible("factor workspace after saving in place");
    }

    @Test
    void theWorkspaceFitsAPhone(Browser browser) {
        AssessmentView a = argentinasDraft();
        browser.signIn(ARGENTINA, password);
        browser.phoneSize();

        browser.open("/assessments/" + a.id());
        browser.assertNoHorizontalScroll("assessment overview");
        browser.open("/assessments/" + a.id() + "/factors/D1.1");
        browser.assertNoHorizontalScroll("factor workspace");
        browser.assertAccessible("factor workspace on a phone");
    }

    private static java.nio.file.Path pdf() {
        try {
            var file = java.nio.file.Files.createTempFile("resolucion", ".pdf");
            java.nio.file.Files.writeString(file, "%PDF-1.7\n% Faro\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void judge(Browser browser, String block, String outcome, String rationale) {
        WebElement article = browser.find(By.id(block));
        article.findElement(By.cssSelector("label[for='" + block + "-outcome-" + outcome + "']")).click();
        article.findElement(By.id(block + "-rationale")).sendKeys(rationale);
        article.findElement(By.id(block + "-save")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#" + block + " .saved-note")).isEmpty());
    }

    private AssessmentView argentinasDraft() {
        RoundView round = as("coordinacion@demo.faro.lat", Grant.programme(Role.PROGRAMME_COORDINATOR),
                () -> assessments.createRound(new RoundDraft("Navegador " + UUID.randomUUID().toString().substring(0, 8),
                        RoundKind.NATIONAL, new FrameworkRef("faro-national-2021", "1.0.0"), null, null, null)));
        return as(ARGENTINA, Grant.country(Role.NATIONAL_COORDINATOR, "AR"),
                () -> assessments.start(round.id(), "AR", null, false));
    }

    private static <T> T as(String name, Grant grant, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, "n/a", Arrays.asList(
                new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("es"));
    }
}
