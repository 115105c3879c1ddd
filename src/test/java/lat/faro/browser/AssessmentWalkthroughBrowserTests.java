package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lat.faro.assessment.AssessmentQueries;
import lat.faro.assessment.PublishedResult;
import lat.faro.framework.FrameworkLibrary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The issue's "done when": a national coordinator takes their country through a complete
 * assessment in a real browser (judgements, evidence, a consultation, review, validation,
 * publication), and the published profile and roadmap show the stages and gaps the scoring rule
 * gives. A small model (one factor, two aspects, 20 indicators) keeps "complete" honest: every
 * indicator is judged through the page. axe-core checks every page on the way.
 */
@BrowserTest
class AssessmentWalkthroughBrowserTests {

    static final String COORDINATOR = "coordinacion@demo.faro.lat";
    static final String ARGENTINA = "coordinador.ar@demo.faro.lat";
    static final String REVIEWER = "revisor@demo.faro.lat";

    /**
     * Every indicator's judgement: W1.1.1 meets stages 2 and 3 and fails 4 (one not met, one
     * insufficient evidence), so it is established with both stage-4 indicators as gaps; W1.1.2
     * meets 2a, 2b does not apply, 3a is not met, so it is formative with 3a as its gap.
     */
    static final Map<String, String> JUDGEMENTS = Map.ofEntries(
            Map.entry("W1.1.1-1a", "MET"), Map.entry("W1.1.1-1b", "MET"),
            Map.entry("W1.1.1-2a", "MET"), Map.entry("W1.1.1-2b", "MET"),
            Map.entry("W1.1.1-3a", "MET"), Map.entry("W1.1.1-3b", "MET"),
            Map.entry("W1.1.1-4a", "NOT_MET"), Map.entry("W1.1.1-4b", "INSUFFICIENT_EVIDENCE"),
            Map.entry("W1.1.1-5a", "NOT_MET"), Map.entry("W1.1.1-5b", "NOT_MET"),
            Map.entry("W1.1.2-1a", "NOT_MET"), Map.entry("W1.1.2-1b", "MET"),
            Map.entry("W1.1.2-2a", "MET"), Map.entry("W1.1.2-2b", "NOT_APPLICABLE"),
            Map.entry("W1.1.2-3a", "NOT_MET"), Map.entry("W1.1.2-3b", "MET"),
            Map.entry("W1.1.2-4a", "NOT_MET"), Map.entry("W1.1.2-4b", "NOT_MET"),
            Map.entry("W1.1.2-5a", "NOT_MET"), Map.entry("W1.1.2-5b", "NOT_MET"));

    @Autowired FrameworkLibrary frameworks;
    @Autowired AssessmentQueries queries;
    @Autowired MessageSource messages;
    @Value("${faro.demo.password}") String password;

    @Test
    void aNationalCoordinatorTakesTheirCountryFromAnEmptyDraftToAPublishedProfileAndRoadmap(Browser browser) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/frameworks-test/walkthrough-model.yaml")) {
            frameworks.upload(in.readAllBytes(), "admin@demo.faro.lat");
        }
        String label = "Estudio en el navegador " + UUID.randomUUID().toString().substring(0, 8);

        // The programme coordinator opens the round.
        browser.signIn(COORDINATOR, password);
        browser.open("/rounds/new");
        browser.assertAccessible("new round form");
        browser.find(By.id("label")).sendKeys(label);
        WebElement frameworkBefore = browser.find(By.id("framework"));
        new Select(browser.find(By.id("kind"))).selectByValue("NATIONAL");
        // htmx replaces the framework field with the frameworks of that kind
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(frameworkBefore));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("#framework option[value='walkthrough-model@1.0.0']")).isEmpty());
        new Select(browser.find(By.id("framework"))).selectByValue("walkthrough-model@1.0.0");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit].primary")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(label);
        String roundPath = browser.currentPath();
        browser.signOut();

        // Argentina's coordinator starts the country's assessment from the round's page.
        browser.signIn(ARGENTINA, password);
        browser.open(roundPath);
        browser.assertAccessible("round overview");
        browser.clickAndWaitForNextPage(browser.find(By.id("start-AR-country")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(in(browser, "assessment.workspace.heading", "Argentina"));
        String assessmentPath = browser.currentPath();
        long id = Long.parseLong(assessmentPath.substring("/assessments/".length()));
        browser.assertAccessible("new draft");

        // Every indicator judged on the factor's page, saved in place; one file as evidence.
        browser.open(assessmentPath + "/factors/W1.1");
        browser.assertAccessible("factor workspace");
        JUDGEMENTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(j -> judge(browser, j.getKey(), j.getValue()));
        addFile(browser, "W1.1.1-3a", "Decreto de aprobación de la estrategia");
        assertThat(browser.text(By.id("s-W1_1_1"))).contains(in(browser, "assessment.workspace.unit.stage", in(browser, "stage.3")));
        assertThat(browser.text(By.id("s-W1_1_2"))).contains(in(browser, "assessment.workspace.unit.stage", in(browser, "stage.2")));
        browser.assertAccessible("factor workspace, every indicator judged");

        // A consultation with two clusters, one divergent statement, and an adjudication.
        browser.open(assessmentPath + "/consultations");
        browser.assertAccessible("consultations");
        browser.script("document.getElementById('session-heldOn').value = '2026-03-02'");
        browser.find(By.id("session-title")).sendKeys("Taller nacional de consulta");
        browser.find(By.cssSelector("label[for='session-cluster-GOVERNMENT']")).click();
        browser.find(By.cssSelector("label[for='session-cluster-CIVIL_SOCIETY']")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("form.session-form button[type=submit]")));
        WebElement statement = browser.find(By.cssSelector("form.statement-form"));
        String prefix = statement.findElement(By.tagName("select")).getAttribute("id").replace("cluster", "");
        new Select(browser.find(By.id(prefix + "cluster"))).selectByValue("CIVIL_SOCIETY");
        new Select(browser.find(By.id(prefix + "element"))).selectByValue("W1.1.2");
        browser.find(By.id(prefix + "body")).sendKeys("La aplicación no llega a los gobiernos locales.");
        browser.find(By.cssSelector("label[for='" + prefix + "divergent']")).click();
        browser.clickAndWaitForNextPage(statement.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.text(By.cssSelector("main"))).contains("La aplicación no llega a los gobiernos locales.");
        browser.assertAccessible("consultations with a statement");

        browser.open(assessmentPath + "/decisions");
        new Select(browser.find(By.id("decision-element"))).selectByValue("W1.1.2");
        browser.find(By.id("decision-question")).sendKeys("¿Se aplica la estrategia en todo el territorio?");
        browser.find(By.id("decision-views")).sendKeys("Gobierno: sí. Sociedad civil: no en los municipios.");
        browser.find(By.id("decision-rationale")).sendKeys("Sin informes municipales, el indicador 3a se juzga no cumplido.");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text(By.cssSelector("main"))).contains("Sin informes municipales");
        browser.assertAccessible("decision log");

        // Sent for review.
        step(browser, assessmentPath, "SUBMIT");
        assertThat(browser.text(By.cssSelector("main"))).contains(in(browser, "assessment.status.IN_REVIEW"));
        browser.signOut();

        // The programme's reviewer sees it in review, read-only.
        browser.signIn(REVIEWER, password);
        browser.open(assessmentPath + "/factors/W1.1");
        assertThat(browser.driver().findElements(By.cssSelector("button[id$='-save']"))).isEmpty();
        browser.assertAccessible("factor in review, read-only");
        browser.signOut();

        // The country validates; the programme publishes.
        browser.signIn(ARGENTINA, password);
        step(browser, assessmentPath, "VALIDATE");
        browser.signOut();
        browser.signIn(COORDINATOR, password);
        step(browser, assessmentPath, "PUBLISH");
        assertThat(browser.text(By.cssSelector("main"))).contains(in(browser, "assessment.status.PUBLISHED"));
        browser.signOut();

        // What the scoring rule gives for the published result...
        long roundId = Long.parseLong(roundPath.substring("/rounds/".length()));
        PublishedResult result = queries.published(roundId).stream().filter(r -> r.assessmentId() == id).findFirst().orElseThrow();
        assertThat(result.stages()).containsExactlyInAnyOrderEntriesOf(Map.of("W1.1.1", 3, "W1.1.2", 2));

        // ...is what anyone reads on the profile and the roadmap.
        browser.open(assessmentPath + "/profile");
        browser.assertAccessible("published profile");
        assertThat(browser.text(By.id("stage-W1-1-1"))).contains("3", in(browser, "stage.3"));
        assertThat(browser.text(By.id("stage-W1-1-2"))).contains("2", in(browser, "stage.2"));
        assertThat(browser.text(By.id("stage-W1-1"))).contains(in(browser, "stage.2") + "–" + in(browser, "stage.3"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Decreto de aprobación de la estrategia");

        browser.open(assessmentPath + "/roadmap");
        browser.assertAccessible("published roadmap");
        String roadmap = browser.text(By.cssSelector("main"));
        assertThat(roadmap).contains("W1.1.1-4a", "W1.1.1-4b", "W1.1.2-3a")
                .doesNotContain("W1.1.2-3b", "W1.1.2-2b", "W1.1.1-5a");
    }

    private void judge(Browser browser, String indicator, String outcome) {
        String block = "i-" + indicator.replace('.', '_');
        WebElement article = browser.find(By.id(block));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", article);
        article.findElement(By.cssSelector("label[for='" + block + "-outcome-" + outcome + "']")).click();
        article.findElement(By.id(block + "-rationale")).sendKeys("Revisado en la consulta nacional.");
        if (outcome.equals("NOT_APPLICABLE")) {
            article.findElement(By.id(block + "-notApplicableReason")).sendKeys("La estrategia no prevé esta medida.");
        }
        article.findElement(By.id(block + "-save")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            List<WebElement> notes = d.findElements(By.cssSelector("#" + block + " .saved-note"));
            return !notes.isEmpty() && d.findElement(By.cssSelector("#" + block + " .indicator__title")).getText()
                    .contains(in(browser, "assessment.outcome." + outcome));
        });
    }

    private void addFile(Browser browser, String indicator, String title) throws IOException {
        String block = "i-" + indicator.replace('.', '_');
        Path file = Files.createTempFile("decreto", ".pdf");
        Files.writeString(file, "%PDF-1.7\n% Faro walkthrough\n");
        file.toFile().deleteOnExit();
        WebElement evidence = browser.find(By.cssSelector("#" + block + " details.evidence-add"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", evidence);
        evidence.findElement(By.tagName("summary")).click();
        evidence.findElement(By.id(block + "-title")).sendKeys(title);
        new Select(evidence.findElement(By.id(block + "-confidentiality"))).selectByValue("PUBLIC");
        evidence.findElement(By.id(block + "-file")).sendKeys(file.toString());
        evidence.findElement(By.id(block + "-add")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#" + block + " .evidence-list a[download]")).isEmpty());
    }

    private void step(Browser browser, String assessmentPath, String transition) {
        browser.open(assessmentPath);
        browser.script("window.confirm = function () { return true; }");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("button[name=transition][value=" + transition + "]")));
        browser.assertAccessible("after " + transition);
    }

    /** The message in the language of the page the browser shows. */
    private String in(Browser browser, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(browser.language()));
    }
}
