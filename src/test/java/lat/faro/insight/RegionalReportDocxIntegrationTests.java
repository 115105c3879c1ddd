package lat.faro.insight;

import static lat.faro.insight.StatisticsPagesIntegrationTests.asCoordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import lat.faro.test.DatabaseTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The regional report of an imported, published round as an editable DOCX: public, in the
 * request's language, with a chart per dimension and tables holding exactly the figures of the
 * statistics page.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class RegionalReportDocxIntegrationTests {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

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

    XWPFDocument report(String query, String language) throws Exception {
        var response = mvc.perform(get("/insight/statistics/" + round + "/report.docx" + query).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DOCX))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"faro-regional-report-" + round + "-" + language + ".docx\"");
        return new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    @Test
    void anUnpublishedRoundHasNoDocx() throws Exception {
        mvc.perform(get("/insight/statistics/" + round + "/report.docx")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownRoundHasNoDocx() throws Exception {
        mvc.perform(get("/insight/statistics/" + (round + 1_000_000) + "/report.docx")).andExpect(status().isNotFound());
    }

    @Test
    void anyoneGetsTheDocxInTheirLanguageWithTheFiguresOfThePage() throws Exception {
        asCoordinator(() -> imports.publish(round));
        String page = mvc.perform(get("/insight/statistics/" + round).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();

        try (XWPFDocument spanish = report("", "es")) {
            String text = text(spanish);
            assertThat(text).contains("Informe regional", label, "Todos los Estados miembros",
                    "4 de 33 Estados miembros tienen resultados publicados en esta ronda (4 importados",
                    "Cada aspecto se sitúa en una de cinco etapas", "2 de 4 (50,00 %)");
            assertThat(headings(spanish)).first().isEqualTo("Metodología");
            assertThat(spanish.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).startsWith("es");

            List<String> dimensions = dimensionIds(page);
            assertThat(dimensions).as("the page shows the dimensions").hasSizeGreaterThan(1);
            assertThat(headings(spanish).subList(1, headings(spanish).size())).as("a heading per dimension, in order")
                    .hasSameSizeAs(dimensions)
                    .satisfies(h -> {
                        for (int i = 0; i < dimensions.size(); i++) {
                            assertThat(h.get(i)).startsWith(dimensions.get(i) + " · ");
                        }
                    });
            assertThat(spanish.getAllPictures()).as("a chart per dimension").hasSameSizeAs(dimensions);
            assertThat(spanish.getTables()).as("a table per dimension").hasSameSizeAs(dimensions);
            assertThat(spanish.getTables()).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());

            Map<String, List<String>> docxRows = rows(spanish);
            Map<String, List<String>> pageRows = rows(page);
            assertThat(docxRows.get("D2.1.1")).as("assessed, the five stages, the ranges, not assessed")
                    .containsExactly("4", "2 de 4 (50,00 %)", "1 de 4 (25,00 %)", "1 de 4 (25,00 %)", "0 de 4 (0,00 %)",
                            "0 de 4 (0,00 %)", "3 de 4 (75,00 %)", "4 de 4 (100,00 %)", "1 de 4 (25,00 %)", "29");
            assertThat(docxRows).as("every row of every table, as on the page").isEqualTo(pageRows);
        }

        try (XWPFDocument english = report("", "en")) {
            String text = text(english);
            assertThat(text).contains("Regional report", label, "Each aspect stands at one of five stages", "2 of 4 (50.00 %)")
                    .doesNotContain("Metodología");
            assertThat(headings(english)).first().isEqualTo("Methodology");
            assertThat(english.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).startsWith("en");
            assertThat(rows(english).get("D2.1.1")).element(1).isEqualTo("2 of 4 (50.00 %)");
        }

        assertThat(page).as("the page links the DOCX").contains("href=\"/insight/statistics/" + round + "/report.docx?",
                "Informe regional (DOCX, editable)");
    }

    @Test
    void anUnknownFilterValueIsIgnoredAsOnThePage() throws Exception {
        asCoordinator(() -> imports.publish(round));

        try (XWPFDocument doc = report("?subregion=ATLANTIS&role=KING", "es")) {
            assertThat(text(doc)).contains("Todos los Estados miembros");
            assertThat(rows(doc).get("D2.1.1")).element(1).isEqualTo("2 de 4 (50,00 %)");
        }
    }

    /** The document's paragraphs and table cells, a share's no-break spaces read as spaces. */
    static String text(XWPFDocument doc) {
        var out = new StringBuilder();
        doc.getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
        doc.getTables().forEach(t -> out.append(t.getText()).append('\n'));
        return normal(out.toString());
    }

    /** The texts of the paragraphs in Word's Heading 1 style. */
    static List<String> headings(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    /** Each table row by its element's id (the first word of its first cell): the other cells' texts. */
    static Map<String, List<String>> rows(XWPFDocument doc) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (XWPFTable table : doc.getTables()) {
            for (var row : table.getRows().subList(1, table.getRows().size())) {
                List<XWPFTableCell> cells = row.getTableCells();
                rows.put(cells.getFirst().getText().split(" ")[0],
                        cells.subList(1, cells.size()).stream().map(c -> normal(c.getText())).toList());
            }
        }
        return rows;
    }

    /** Each row of the page's tables by its element's id: the texts of its data cells. */
    static Map<String, List<String>> rows(String html) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        var row = Pattern.compile("<tr id=\"stats-([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            var cell = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(row.group(2));
            while (cell.find()) {
                cells.add(normal(HtmlUtils.htmlUnescape(cell.group(1))));
            }
            rows.put(row.group(1), cells);
        }
        return rows;
    }

    static List<String> dimensionIds(String html) {
        List<String> ids = new ArrayList<>();
        var heading = Pattern.compile("<h2><span>([^<]+)</span> · ").matcher(html);
        while (heading.find()) {
            ids.add(heading.group(1));
        }
        return ids;
    }

    static String normal(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
