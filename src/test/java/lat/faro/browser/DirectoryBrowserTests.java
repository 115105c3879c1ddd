package lat.faro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/** Countries and programmes, as a visitor and as a signed-in programme coordinator see them. */
@BrowserTest
class DirectoryBrowserTests {

    static final String COORDINATOR = "coordinacion@demo.faro.lat";
    static final By ROWS = By.cssSelector("main table tbody tr");

    @Autowired
    MessageSource messages;

    @Value("${faro.demo.password}")
    String password;

    @Test
    void countriesPageListsTheThirtyThreeMemberStates(Browser browser) {
        browser.open("/countries");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("directory.countries.title"));
        assertThat(browser.driver().findElements(ROWS)).hasSize(33);
        assertThat(browser.text(By.cssSelector("main caption"))).isEqualTo(message("directory.countries.caption", 33));
        assertThat(browser.texts(By.cssSelector("tbody th a"))).contains("Argentina", "Brasil", "México", "Trinidad y Tobago");
        browser.assertAccessible("countries");
    }

    @Test
    void subregionFilterShowsOnlyTheCountriesOfThatSubregion(Browser browser) {
        browser.open("/countries");

        new Select(browser.find(By.id("subregion"))).selectByValue("CENTRAL_AMERICA");
        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("form.filters button[type=submit]")));

        assertThat(browser.currentPath()).isEqualTo("/countries?subregion=CENTRAL_AMERICA");
        List<String> subregions = browser.texts(By.cssSelector("tbody td[data-label='" + message("directory.country.subregion") + "']"));
        assertThat(subregions).hasSize(browser.driver().findElements(ROWS).size())
                .isNotEmpty().hasSizeLessThan(33)
                .containsOnly(message("directory.subregion.CENTRAL_AMERICA"));
        assertThat(browser.texts(By.cssSelector("tbody th a"))).contains("Guatemala", "Costa Rica").doesNotContain("Argentina", "México");
        assertThat(new Select(browser.find(By.id("subregion"))).getFirstSelectedOption().getText())
                .isEqualTo(message("directory.subregion.CENTRAL_AMERICA"));
        browser.assertAccessible("countries filtered by subregion");
    }

    @Test
    void visitorOpensACountryFromTheListAndSeesItsProgrammesButNoOrganisations(Browser browser) {
        browser.open("/countries");

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("tbody a[href='/countries/AR']")));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Argentina");
        assertThat(browser.text(By.cssSelector("dl.summary"))).contains("ARG", message("directory.subregion.SOUTH_AMERICA"));
        assertThat(browser.driver().findElements(By.cssSelector("main a[href='/programmes/egov-cybersecurity']"))).hasSize(1);
        assertThat(browser.texts(By.tagName("h2"))).doesNotContain(message("directory.country.organisations"));
        browser.assertAccessible("country page");
    }

    @Test
    void signedInPersonSeesTheOrganisationsOfACountry(Browser browser) {
        browser.signIn(COORDINATOR, password);
        browser.open("/countries/AR");

        assertThat(browser.texts(By.tagName("h2"))).contains(message("directory.country.organisations"));
        assertThat(browser.texts(By.cssSelector("main tbody th"))).contains("Dirección Nacional de Ciberseguridad");
        browser.assertAccessible("country page, signed in");

        browser.open("/countries");
        assertThat(browser.driver().findElements(ROWS)).hasSize(33);
        browser.assertAccessible("countries, signed in");
    }

    @Test
    void visitorOpensTheEGovernanceProgrammeAndSeesItsFiveBeneficiaryCountries(Browser browser) {
        browser.open("/programmes");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("directory.programmes.title"));
        browser.assertAccessible("programmes");

        browser.clickAndWaitForNextPage(browser.find(By.cssSelector("main .card a[href='/programmes/egov-cybersecurity']")));

        assertFiveBeneficiaries(browser);
        browser.assertAccessible("e-Governance programme");
    }

    @Test
    void signedInPersonSeesTheSameProgrammePages(Browser browser) {
        browser.signIn(COORDINATOR, password);

        browser.open("/programmes");
        assertThat(browser.driver().findElements(By.cssSelector("main .card"))).isNotEmpty();
        browser.assertAccessible("programmes, signed in");

        browser.open("/programmes/egov-cybersecurity");
        assertFiveBeneficiaries(browser);
        browser.assertAccessible("e-Governance programme, signed in");
    }

    private void assertFiveBeneficiaries(Browser browser) {
        assertThat(browser.currentPath()).isEqualTo("/programmes/egov-cybersecurity");
        assertThat(browser.text(By.id("beneficiaries"))).isEqualTo(message("directory.programme.beneficiaries", 5));
        assertThat(browser.texts(By.cssSelector("ul[aria-labelledby=beneficiaries] a")))
                .containsExactly("Argentina", "Colombia", "Guatemala", "México", "Uruguay");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("es"));
    }
}
