package lat.faro.insight;

import static lat.faro.insight.StatisticsPagesIntegrationTests.asCoordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The regional report of an imported, published round as PDF: public, in the request's language,
 * with the same figures as the statistics page.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class RegionalReportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired HistoricImport imports;

    String label;
    long round;

    @BeforeEach
    void importARound() {
        label = "Estudio 2019 " + UUID.randomUUID().toString().substring(0, 8);
        // D2.1.1: AR and CO start-up, BR formative, MX established → 2 of 4 at start-up.
        String csv = """
                country;round;framework;element;stage;source
                AR;%1$s;faro-national-2016;D2.1.1;1;hand count
                BRA;%1$s;faro-national-2016;D2.1.1;2;hand count
                CO;%1$s;faro-national-2016;D2.1.1;1;hand count
                MX;%1$s;faro-national-2016;D2.1.1;3;hand count
                AR;%1$s;faro-national-2016;D2.1;2;hand count
                """.formatted(label);
        ImportPreview done = asCoordinator(() -> imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "estudio-2019.csv",
                false, false));
        round = done.rounds().getFirst().roundId();
    }

    String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            // A share keeps its words together with no-break spaces; read them as spaces.
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    byte[] report(String query, String language) throws Exception {
        var response = mvc.perform(get("/insight/statistics/" + round + "/report.pdf" + query).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).matches("(inline|attachment); filename=\"[^\"]+\\.pdf\"");
        return response.getContentAsByteArray();
    }

    @Test
    void anUnpublishedRoundHasNoReport() throws Exception {
        mvc.perform(get("/insight/statistics/" + round + "/report.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void anyoneGetsTheReportInTheirLanguageWithTheFiguresOfThePage() throws Exception {
        asCoordinator(() -> imports.publish(round));

        String spanish = text(report("", "es"));
        assertThat(spanish).contains("Informe regional", label, "Todos los Estados miembros",
                "4 de 33 Estados miembros tienen resultados publicados en esta ronda (4 importados",
                "Metodología", "Cada aspecto se sitúa en una de cinco etapas",
                "2 de 4 (50,00 %)", "3 de 4 (75,00 %)", "página 1 de ");
        String page = mvc.perform(get("/insight/statistics/" + round).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();
        assertThat(spanish).as("the same cell as on the page").contains(cell(page, "2 de 4 (50,00 %)"));
        assertThat(page).as("the page links the report").contains("href=\"/insight/statistics/" + round + "/report.pdf?",
                "Informe regional (PDF)");

        String english = text(report("", "en"));
        assertThat(english).contains("Regional report", label, "Each aspect stands at one of five stages",
                "2 of 4 (50.00 %)", "page 1 of ").doesNotContain("Metodología");
    }

    @Test
    void anUnknownFilterValueIsIgnoredAsOnThePage() throws Exception {
        asCoordinator(() -> imports.publish(round));

        String text = text(report("?subregion=ATLANTIS&role=KING", "es"));

        assertThat(text).contains("Todos los Estados miembros", "2 de 4 (50,00 %)");
    }

    private static String cell(String html, String text) {
        assertThat(html).contains("<td>" + text + "</td>");
        return text;
    }
}
