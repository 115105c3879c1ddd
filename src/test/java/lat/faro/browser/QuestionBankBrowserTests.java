package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.training.CourseDraft;
import lat.faro.training.TrainingCatalogue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The programme coordinator writes a new course's question bank from its page: a single-choice
 * question first refused for marking two correct options, then saved, and a multiple-choice one;
 * both in the list, and the preview as participants see it. axe-core checks every page.
 */
@BrowserTest
class QuestionBankBrowserTests {

    static final String COORDINATOR = "coordinacion@demo.faro.lat";

    @Autowired TrainingCatalogue catalogue;
    @Autowired MessageSource messages;

    @Value("${faro.demo.password}") String password;

    @Test
    void theCoordinatorAddsASingleAndAMultipleChoiceQuestion(Browser browser) {
        LearningTestsBrowserTests.as(COORDINATOR, Grant.programme(Role.PROGRAMME_COORDINATOR));
        String code = "BANCO-" + UUID.randomUUID().toString().substring(0, 8);
        long course = catalogue.create(new CourseDraft(code, null, Map.of("es", new CourseDraft.CourseText(
                "Copias de seguridad " + code, "Para equipos de sistemas.", "Respaldar y restaurar")), List.of(), List.of())).id();
        SecurityContextHolder.clearContext();
        String bank = "/training/courses/" + course + "/questions";

        browser.signIn(COORDINATOR, password);
        browser.open("/training/courses/" + course);
        Locale locale = Locale.forLanguageTag(browser.language());
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + bank + "']")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("qbank.title", locale));
        assertThat(browser.text(By.tagName("main"))).contains(message("qbank.empty", locale));
        browser.assertAccessible("empty question bank");

        // A single-choice question with two options marked correct: refused, the message by the options, the text kept.
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + bank + "/new']")));
        browser.assertAccessible("new question form");
        browser.find(By.id("text-es")).sendKeys("¿Cada cuánto conviene probar la restauración de una copia?");
        browser.find(By.id("option-0-es")).sendKeys("Con regularidad, según un plan");
        browser.find(By.id("option-1-es")).sendKeys("Nunca: si la copia terminó, sirve");
        browser.find(By.cssSelector("label[for='option-0-correct']")).click();
        browser.find(By.cssSelector("label[for='option-1-correct']")).click();
        browser.find(By.id("explanation-es")).sendKeys("Una copia que nunca se restauró no se sabe si sirve.");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.text(By.id("options-error"))).isEqualTo(message("training.bank.singleCorrect", locale, 2));
        assertThat(browser.find(By.id("option-1-es")).getAttribute("value")).isEqualTo("Nunca: si la copia terminó, sirve");
        assertThat(browser.find(By.id("option-1-correct")).isSelected()).isTrue();
        browser.assertAccessible("question form with a refusal");

        // Fixed: only the first option is correct.
        browser.find(By.cssSelector("label[for='option-1-correct']")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.currentPath()).startsWith(bank);
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(message("qbank.notice.added", locale, 1, 1));

        // A multiple-choice question, with a third option on a row added by the server.
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + bank + "/new']")));
        browser.find(By.cssSelector("label[for='kind-MULTIPLE']")).click();
        browser.find(By.id("text-es")).sendKeys("¿Qué debe cubrir el plan de copias?");
        browser.find(By.id("option-0-es")).sendKeys("Las bases de datos");
        browser.find(By.id("option-1-es")).sendKeys("La configuración de los equipos");
        browser.find(By.id("option-2-es")).sendKeys("El fondo de pantalla");
        browser.find(By.cssSelector("label[for='option-0-correct']")).click();
        browser.find(By.cssSelector("label[for='option-1-correct']")).click();
        browser.find(By.id("explanation-es")).sendKeys("Sin datos ni configuración no se recupera el servicio.");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button[name='another']")));
        assertThat(browser.find(By.id("option-4-es")).getAttribute("value")).isEmpty();
        assertThat(browser.find(By.id("option-2-es")).getAttribute("value")).isEqualTo("El fondo de pantalla");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main form button.primary")));
        assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(message("qbank.notice.added", locale, 2, 2));

        assertThat(browser.texts(By.cssSelector("main ol.question-bank > li > h2"))).containsExactly(
                message("qbank.questionNumber", locale, 1) + " ¿Cada cuánto conviene probar la restauración de una copia?",
                message("qbank.questionNumber", locale, 2) + " ¿Qué debe cubrir el plan de copias?");
        assertThat(browser.texts(By.cssSelector("#question-2 li:has(.tag--ok) > span")))
                .containsExactly("Las bases de datos", "La configuración de los equipos");
        assertThat(browser.text(By.id("bank-version"))).startsWith(message("qbank.version", locale, 2, "").split(",")[0]);
        browser.assertAccessible("question bank with two questions");

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main a[href='" + bank + "/preview']")));
        assertThat(browser.texts(By.cssSelector("main fieldset legend"))).hasSize(2);
        browser.assertAccessible("test preview");
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
