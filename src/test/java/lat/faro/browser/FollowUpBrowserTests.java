package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lat.faro.training.FollowUpFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The follow-up survey as its mailed link opens it, without an account: the form, a refused answer, the thanks. */
@BrowserTest
class FollowUpBrowserTests {

    @Autowired
    ApplicationContext context;

    @Test
    void theMailedLinkOpensAnAccessibleFormThatNamesMistakesAndThanks(Browser browser) {
        String link = FollowUpFixture.link(context);
        browser.open(link);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("¿Aplicó en su trabajo lo que aprendió?");
        assertThat(browser.text(By.cssSelector("label[for=objective-2]"))).isEqualTo("Asignar responsables");
        browser.assertAccessible("follow-up form");

        browser.find(By.id("barrier-NONE")).click();
        browser.find(By.id("barrier-TIME")).click();
        browser.find(By.id("change")).sendKeys("Nombramos responsables de datos.");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("form.stack button[type=submit]")));
        assertThat(browser.text(By.cssSelector(".alert"))).contains("Cuánto aplicó: elija una opción de 1 a 5.",
                "Dificultades: «Nada me lo impidió» no se combina con otras opciones.");
        assertThat(browser.find(By.id("change")).getAttribute("value")).isEqualTo("Nombramos responsables de datos.");
        browser.assertAccessible("follow-up form with errors");

        browser.find(By.id("barrier-NONE")).click();
        browser.find(By.id("applied-4")).click();
        browser.find(By.id("objective-2")).click();
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("form.stack button[type=submit]")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Gracias por responder");
        browser.assertAccessible("follow-up thanks");

        browser.open(link);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ya respondió esta encuesta");
    }
}
