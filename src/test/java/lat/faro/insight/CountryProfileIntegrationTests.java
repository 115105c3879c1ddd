package lat.faro.insight;

import static lat.faro.insight.StatisticsPagesIntegrationTests.asCoordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Country profiles and the map, read publicly after two historic rounds were imported and
 * published and a third imported but not published. Every figure is counted by hand from the files:
 *
 * <pre>
 * 1997: BZ D1.1.1 = 1, D1.1.2 = 2; GY D1.1.1 = 2
 * 1999: BZ D1.1.1 = 2, D1.1.2 = 2, D1.1.3 = 3, D1.1.4 = 1 (all of D1.1: derived factor stage 1);
 *       GY D1.1.1 = 3; HT D1.1.1 = 1; PA D1.1.1 = 4
 * 2001 (not published): BZ D1.1.1 = 5
 * </pre>
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class CountryProfileIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired HistoricImport imports;

    long older;
    long first;
    long second;
    long unpublished;
    String tag;

    @BeforeEach
    void importRounds() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        // The 2016 edition: D1.1.1 maps to 2021 D1.1.1 as an equivalence; D1.2.2, D1.2.3 and D1.2.4 all into 2021 D1.2.2.
        older = importCsv("""
                country,round,framework,element,stage
                BZ,Ronda 1995 %1$s,faro-national-2016,D1.1.1,2
                BZ,Ronda 1995 %1$s,faro-national-2016,D1.2.2,1
                BZ,Ronda 1995 %1$s,faro-national-2016,D1.2.3,3
                BZ,Ronda 1995 %1$s,faro-national-2016,D1.2.4,2
                GY,Ronda 1995 %1$s,faro-national-2016,D1.2.2,2
                """.formatted(tag));
        first = importCsv("""
                country,round,framework,element,stage
                BZ,Ronda 1997 %1$s,faro-national-2021,D1.1.1,1
                BZ,Ronda 1997 %1$s,faro-national-2021,D1.1.2,2
                GY,Ronda 1997 %1$s,faro-national-2021,D1.1.1,2
                """.formatted(tag));
        second = importCsv("""
                country,round,framework,element,stage
                BZ,Ronda 1999 %1$s,faro-national-2021,D1.1.1,2
                BZ,Ronda 1999 %1$s,faro-national-2021,D1.1.2,2
                BZ,Ronda 1999 %1$s,faro-national-2021,D1.1.3,3
                BZ,Ronda 1999 %1$s,faro-national-2021,D1.1.4,1
                GY,Ronda 1999 %1$s,faro-national-2021,D1.1.1,3
                HT,Ronda 1999 %1$s,faro-national-2021,D1.1.1,1
                PA,Ronda 1999 %1$s,faro-national-2021,D1.1.1,4
                """.formatted(tag));
        unpublished = importCsv("""
                country,round,framework,element,stage
                BZ,Ronda 2001 %1$s,faro-national-2021,D1.1.1,5
                """.formatted(tag));
        asCoordinator(() -> imports.publish(older));
        asCoordinator(() -> imports.publish(first));
        asCoordinator(() -> imports.publish(second));
    }

    long importCsv(String csv) {
        ImportPreview done = asCoordinator(() -> imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "rounds.csv", false, false));
        return done.rounds().getFirst().roundId();
    }

    String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    String text(String path, String language) throws Exception {
        return new String(mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static String row(String html, String id) {
        String from = html.substring(html.indexOf("id=\"el-" + id + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }

    @Test
    void theProfileSetsTheCountryBesideTheRegionWithTheFiguresCountedByHand() throws Exception {
        String html = page("/insight/countries/BZ?round=" + second, "es");
        assertThat(html).contains("Belice: ronda «Ronda 1999");
        // D1.1.1: Belize 2; the others 1 (HT), 3 (GY), 4 (PA); median of 1, 2, 3, 4 is 2.5.
        assertThat(row(html, "D1.1.1")).contains("2 · Formativo", ">2,50<", "1 de 3 (33,33 %)", "0 de 3 (0,00 %)",
                "2 de 3 (66,67 %)");
        // D1.1 is derived for Belize alone (the lowest of its four aspects): no other country to compare with.
        assertThat(row(html, "D1.1")).contains("1 · Inicial", ">1,00<", "derivado");
        // D1 means: Belize (2 + 2 + 3 + 1) / 4 = 2; the region (2 + 3 + 1 + 4) / 4 = 2.5.
        String dimensions = html.substring(html.indexOf("caption-dimensions\""));
        String d1 = dimensions.substring(dimensions.indexOf(">D1<"), dimensions.indexOf("</tr>", dimensions.indexOf(">D1<")));
        assertThat(d1).contains(">2,00<", ">2,50<");
        // Changes since 1997: D1.1.1 up from 1, D1.1.2 the same; D1.1.3 had no earlier result.
        String changes = html.substring(html.indexOf("caption-changes"));
        assertThat(changes).contains("Cambios por aspecto desde la ronda «Ronda 1997");
        assertThat(changes.substring(changes.indexOf(">D1.1.1<"), changes.indexOf("</tr>", changes.indexOf(">D1.1.1<"))))
                .contains(">1<", ">2<", "Sube");
        assertThat(changes.substring(changes.indexOf(">D1.1.2<"), changes.indexOf("</tr>", changes.indexOf(">D1.1.2<"))))
                .contains("Igual");
        assertThat(changes).doesNotContain(">D1.1.3<");
        // The charts carry the same figures, for the page's script to draw.
        assertThat(html).contains("data-chart=\"{&quot;animation&quot;:false", "&quot;value&quot;:[2.0,");
        // The unpublished 2001 round is nowhere.
        assertThat(html).doesNotContain("Ronda 2001");

        // The latest published round is the default.
        assertThat(page("/insight/countries/bz", "es")).contains("Belice: ronda «Ronda 1999");
        String english = page("/insight/countries/BZ?round=" + second, "en");
        assertThat(row(english, "D1.1.1")).contains("2 · Formative", ">2.50<", "1 of 3 (33.33 %)");
    }

    @Test
    void everyTableOfTheProfileDownloadsAsCsvAndXlsx() throws Exception {
        String elements = text("/insight/countries/BZ/elements.csv?round=" + second, "es");
        assertThat(elements).startsWith("\uFEFFFactor o aspecto,Nombre,Tipo,Etapa,");
        assertThat(elements.lines().filter(l -> l.startsWith("D1.1.1,")).findFirst().orElseThrow())
                .endsWith(",Aspecto,2,Formativo,2.50,3,1,33.33,0,0.00,2,66.67");
        assertThat(elements.lines().filter(l -> l.startsWith("D1.1,")).findFirst().orElseThrow())
                .as("derived for Belize alone: no other country to compare with").endsWith(",1,Inicial,1.00,0,,,,,,");
        String trend = text("/insight/countries/BZ/trend.csv?round=" + second, "en");
        assertThat(trend.lines().filter(l -> l.contains("Ronda 1997")).findFirst().orElseThrow()).contains(",1.50,");
        assertThat(trend.lines().filter(l -> l.contains("Ronda 1999")).findFirst().orElseThrow()).contains(",2.00,");
        assertThat(trend).doesNotContain("Ronda 2001");
        String changes = text("/insight/countries/BZ/changes.csv?round=" + second, "en");
        assertThat(changes).contains("D1.1.1,", ",1,2,Up,No");
        byte[] xlsx = mvc.perform(get("/insight/countries/BZ/dimensions.xlsx?round=" + second).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dimension");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("D1");
            assertThat(sheet.getRow(1).getCell(2).toString()).isEqualTo("2.0");
            assertThat(sheet.getRow(1).getCell(3).toString()).isEqualTo("2.5");
        }
    }

    @Test
    void onlyWhatIsPublishedHasAProfile() throws Exception {
        String list = page("/insight/countries", "es");
        assertThat(list).contains(">Belice<", ">Haití<");
        for (String path : new String[] {"/insight/countries/BZ?round=" + unpublished, "/insight/countries/XX",
                "/insight/countries/BZ/secrets.csv?round=" + second, "/insight/countries/BZ/elements.csv?round=" + unpublished,
                "/insight/statistics/" + unpublished + "/map", "/insight/statistics/" + second + "/map?element=D9.9"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    void theMapColoursEachStateByItsStageAndLinksTheOnesWithResultsToTheirProfile() throws Exception {
        String html = page("/insight/statistics/" + second + "/map?element=D1.1.1", "es");
        // Legend: 1 of 4 at each of stages 1 to 4, none at 5.
        assertThat(html).contains("Inicial: 1 de 4 (25,00 %)", "Formativo: 1 de 4 (25,00 %)", "Estratégico: 1 de 4 (25,00 %)");
        String belize = html.substring(html.indexOf("href=\"/insight/countries/BZ?round=" + second + "\""));
        assertThat(belize.substring(0, belize.indexOf("</a>"))).contains("aria-label=\"Belice: 2 · Formativo\"", "class=\"map-s2\"");
        assertThat(html).contains("href=\"/insight/countries/PA?round=" + second + "\"");
        assertThat(html).doesNotContain("href=\"/insight/countries/CU?round=" + second + "\"");
        assertThat(html).contains("<title>Cuba: Sin resultado publicado</title>");
        assertThat(html.length()).as("the map page stays light").isLessThan(1_000_000);

        String csv = text("/insight/statistics/" + second + "/map.csv?element=D1.1.1", "es");
        assertThat(csv.lines()).contains("BZ,Belice,D1.1.1,2,2 · Formativo", "PA,Panamá,D1.1.1,4,4 · Estratégico",
                "CU,Cuba,D1.1.1,,Sin resultado publicado");

        byte[] png = mvc.perform(get("/insight/statistics/" + second + "/map.png?element=D1.1.1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1800);

        String heatmap = text("/insight/statistics/" + second + "/heatmap.csv", "es");
        assertThat(heatmap.lines().filter(l -> l.startsWith("BZ,")).findFirst().orElseThrow()).startsWith("BZ,Belice,1,");
        for (String path : new String[] {"/map.xlsx?element=D1.1.1", "/heatmap.xlsx"}) {
            byte[] xlsx = mvc.perform(get("/insight/statistics/" + second + path).header("Accept-Language", "es"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var belizeRow = java.util.stream.StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false)
                        .filter(r -> r.getCell(0).getStringCellValue().equals("BZ")).findFirst().orElseThrow();
                assertThat(belizeRow.getCell(path.startsWith("/map") ? 3 : 2).getNumericCellValue()).as(path)
                        .isEqualTo(path.startsWith("/map") ? 2.0 : 1.0);
            }
        }
    }

    @Test
    void theProfileReportHasTheFiguresOfThePageAndItsChartsAsImages() throws Exception {
        var response = mvc.perform(get("/insight/countries/BZ/report.pdf?round=" + second).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("faro-country-profile-bz-" + second + "-es.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
            assertThat(text).contains("Perfil de país", "Belice: ronda «Ronda 1999", "Metodología",
                    "1 de 3 (33,33 %)", "2 de 3 (66,67 %)", "2,50", "Cambios por aspecto desde la ronda «Ronda 1997", "Sube",
                    "página 1 de ");
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the radar and the comparison with the region").isEqualTo(2);
        }
        String english = new String(mvc.perform(get("/insight/countries/BZ/report.pdf?round=" + second)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(english).startsWith("%PDF-");
        mvc.perform(get("/insight/countries/BZ/report.pdf?round=" + unpublished)).andExpect(status().isNotFound());
    }

    @Test
    void theProfileAsAnEditableDocumentHoldsTheSameFiguresUnderRealHeadings() throws Exception {
        var response = mvc.perform(get("/insight/countries/BZ/report.docx?round=" + second).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition")).contains("faro-country-profile-bz-" + second + "-es.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList())
                    .containsExactly("Metodología", "Por dimensión", "Frente a la región", "Cambios desde la ronda anterior");
            assertThat(doc.getAllPictures()).as("the radar and the comparison with the region").hasSize(2);
            var elements = doc.getTables().stream().filter(t -> t.getText().contains("Mediana regional")).findFirst().orElseThrow();
            var belize = elements.getRows().stream().filter(r -> r.getCell(0).getText().startsWith("D1.1.1 ")).findFirst().orElseThrow();
            assertThat(belize.getTableCells().stream().map(org.apache.poi.xwpf.usermodel.XWPFTableCell::getText).toList())
                    .containsExactly("D1.1.1 Desarrollo de la estrategia", "2 · Formativo", "2,50", "1 de 3 (33,33 %)",
                            "0 de 3 (0,00 %)", "2 de 3 (66,67 %)");
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).startsWith("es");
        }
        mvc.perform(get("/insight/countries/BZ/report.docx?round=" + unpublished)).andExpect(status().isNotFound());
    }

    @Test
    void theRegionalTrendCountsEachRoundAndReadsAnOlderEditionThroughTheMapping() throws Exception {
        String html = page("/insight/trend?element=D1.2.2", "es");
        String older = html.substring(html.indexOf(">Ronda 1995 " + tag + "<"));
        older = older.substring(0, older.indexOf("</tr>"));
        // Belize: the lowest of 2016 D1.2.2 (1), D1.2.3 (3) and D1.2.4 (2); Guyana has only D1.2.2, so it is not compared.
        assertThat(older).contains("faro-national-2016@1.0.0", "(aproximado: a través de D1.2.2, D1.2.3, D1.2.4)", "<td>1</td>",
                "<td>1 de 1 (100,00 %)</td>");
        assertThat(html).contains("data-chart=");

        String csv = text("/insight/trend.csv?element=D1.1.1", "es");
        assertThat(csv.lines().filter(l -> l.startsWith("Ronda 1995 " + tag)).findFirst().orElseThrow())
                .as("an equivalence: exact").startsWith("Ronda 1995 " + tag + ",faro-national-2016@1.0.0,D1.1.1,No,1,0,0.00,1,100.00,");
        assertThat(csv.lines().filter(l -> l.startsWith("Ronda 1997 " + tag)).findFirst().orElseThrow())
                .startsWith("Ronda 1997 " + tag + ",faro-national-2021@1.0.0,D1.1.1,No,2,1,50.00,1,50.00,0,0.00,0,0.00,0,0.00,2,100.00,");
        assertThat(csv.lines().filter(l -> l.startsWith("Ronda 1999 " + tag)).findFirst().orElseThrow())
                .contains(",4,1,25.00,1,25.00,1,25.00,1,25.00,0,0.00,2,50.00,");
        assertThat(csv).doesNotContain("Ronda 2001");
        mvc.perform(get("/insight/trend?element=D9.9.9")).andExpect(status().isNotFound());
    }

    @Test
    void theDerivedFiguresAreTheExactMeansAndMedians() {
        var distribution = new StageDistribution("X", "aspect", false,
                Map.of(1, java.util.List.of("A"), 2, java.util.List.of("B", "C"), 5, java.util.List.of("D")), java.util.List.of());
        assertThat(DerivedFigures.median(distribution)).isEqualByComparingTo("2");
        var odd = new StageDistribution("X", "aspect", false, Map.of(1, java.util.List.of("A"), 4, java.util.List.of("B", "C")),
                java.util.List.of());
        assertThat(DerivedFigures.median(odd)).isEqualByComparingTo("4");
        assertThat(DerivedFigures.median(new StageDistribution("X", "aspect", false, Map.of(), java.util.List.of()))).isNull();
    }
}
