package lat.faro.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The DOCX builder: what Word finds when it opens the file, read back with POI. */
class DocxDocumentTests {

    static final byte[] CHART = ReportCharts.png(List.of(new ReportCharts.Bar("D1.1", new int[] {1, 2, 0, 0, 0})),
            ReportChartsTests.STAGES, "–");

    static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    @Test
    void headingsUseWordsHeadingStylesWithOutlineLevels() throws Exception {
        byte[] bytes = new DocxDocument(Locale.forLanguageTag("es"), "Informe regional: Estudio 2019")
                .title("Estadísticas de la ronda")
                .heading1("Metodología")
                .paragraph("Cada aspecto se sitúa en una de cinco etapas.")
                .heading2("Denominadores")
                .toBytes();

        try (XWPFDocument doc = open(bytes)) {
            assertThat(paragraph(doc, "Estadísticas de la ronda").getStyle()).isEqualTo("Title");
            assertThat(paragraph(doc, "Metodología").getStyle()).isEqualTo("Heading1");
            assertThat(paragraph(doc, "Denominadores").getStyle()).isEqualTo("Heading2");
            var styles = doc.getStyles();
            assertThat(styles.getStyle("Heading1").getName()).as("Word's own name, so it is its built-in heading")
                    .isEqualTo("heading 1");
            assertThat(styles.getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(0);
            assertThat(styles.getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
            assertThat(styles.getStyle("Title")).isNotNull();
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Informe regional: Estudio 2019");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Faro");
        }
    }

    @Test
    void theDocumentLanguageIsTheDefaultOfEveryRun() throws Exception {
        byte[] bytes = new DocxDocument(Locale.FRENCH, "Rapport").paragraph("Texte").toBytes();

        try (XWPFDocument doc = open(bytes)) {
            var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("fr-FR");
            assertThat(doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("fr-FR");
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo(DocxDocument.FONT);
        }
    }

    @Test
    void aTextInAnotherLanguageSaysSoAndOneInTheDocumentsLanguageDoesNot() throws Exception {
        byte[] bytes = new DocxDocument(Locale.forLanguageTag("pt"), "Relatório")
                .paragraph("Política e estratégia", Locale.forLanguageTag("pt"))
                .paragraph("Política y estrategia", Locale.forLanguageTag("es"))
                .toBytes();

        try (XWPFDocument doc = open(bytes)) {
            assertThat(paragraph(doc, "Política y estrategia").getRuns().getFirst().getLang()).isEqualTo("es-MX");
            assertThat(paragraph(doc, "Política e estratégia").getRuns().getFirst().getLang()).isNull();
        }
    }

    @Test
    void anImageIsAsWideAsTheTextAndCarriesItsAltText() throws Exception {
        int[] size = DocxDocument.pngSize(CHART);
        byte[] bytes = new DocxDocument(Locale.ENGLISH, "Report")
                .image(CHART, size[0] / 2, size[1] / 2, "Distribution of the countries by stage in Policy")
                .toBytes();

        try (XWPFDocument doc = open(bytes)) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().getFirst().getData()).isEqualTo(CHART);
            var inline = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.getCTR().sizeOfDrawingArray() > 0).findFirst().orElseThrow()
                    .getCTR().getDrawingArray(0).getInlineArray(0);
            assertThat(inline.getDocPr().getDescr()).isEqualTo("Distribution of the countries by stage in Policy");
            long textWidth = (long) DocxDocument.Orientation.PORTRAIT.textWidth() * 635;
            assertThat(inline.getExtent().getCx()).as("900 px at 96 dpi are wider than the text").isEqualTo(textWidth);
            assertThat((double) inline.getExtent().getCy() / inline.getExtent().getCx())
                    .as("proportions kept").isCloseTo((double) size[1] / size[0], org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void everyImageHasADrawingIdOfItsOwn() throws Exception {
        byte[] bytes = new DocxDocument(Locale.ENGLISH, "Report").image(CHART, "One").image(CHART, "Two").toBytes();

        try (XWPFDocument doc = open(bytes)) {
            var ids = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.getCTR().sizeOfDrawingArray() > 0)
                    .map(r -> r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getId()).toList();
            assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        }
    }

    @Test
    void aTableRepeatsItsHeaderRowAndRightAlignsTheFigures() throws Exception {
        byte[] bytes = new DocxDocument(Locale.ENGLISH, "Report")
                .table(List.of("Factor or aspect", "Assessed", "Start-up"),
                        List.of(List.of("D2.1 Strategy", "4", "2 of 4 (50.00 %)"),
                                List.of("D2.1.1 Content", "3", "–")),
                        Set.of(0))
                .toBytes();

        try (XWPFDocument doc = open(bytes)) {
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getNumberOfRows()).isEqualTo(3);
            assertThat(table.getRow(0).isRepeatHeader()).as("the header repeats on every page").isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("Start-up");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("2 of 4 (50.00 %)");
            assertThat(table.getRow(1).getCell(0).getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(table.getRow(1).getCell(1).getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(table.getRow(2).getCell(2).getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(table.getRow(1).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold())
                    .as("an emphasised row").isTrue();
            assertThat(table.getRow(2).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold()).isFalse();
            assertThat(table.getInsideHBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(table.getCTTbl().getTblGrid().getGridColList()).hasSize(3);
            assertThat(table.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(c -> ((java.math.BigInteger) c.getW()).longValue()).sum()).isEqualTo(DocxDocument.Orientation.PORTRAIT.textWidth());
            assertThat(doc.getBodyElements().getLast()).as("Word ends a document with a paragraph")
                    .isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void aTableRowMustHaveAsManyCellsAsTheHeader() {
        var doc = new DocxDocument(Locale.ENGLISH, "Report");

        assertThatThrownBy(() -> doc.table(List.of("a", "b"), List.of(List.of("1")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePageNumberIsAFieldInTheFooterAndThePageIsA4Portrait() throws Exception {
        byte[] bytes = new DocxDocument(Locale.forLanguageTag("es"), "Informe").pageNumbers("página {0} de {1}")
                .paragraph("Texto").pageBreak().paragraph("Más texto").toBytes();

        try (XWPFDocument doc = open(bytes)) {
            var footer = doc.getFooterList().getFirst();
            String xml = footer._getHdrFtr().xmlText();
            assertThat(xml).contains("PAGE", "NUMPAGES");
            assertThat(footer.getText()).startsWith("página 1 de 1");
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(((java.math.BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
        }
    }

    @Test
    void aPageBreakIsAPropertyOfTheNextParagraphNotAnEmptyOne() throws Exception {
        byte[] bytes = new DocxDocument(Locale.ENGLISH, "Report").paragraph("One").pageBreak().heading1("Two").toBytes();

        try (XWPFDocument doc = open(bytes)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("One", "Two");
            assertThat(paragraph(doc, "Two").isPageBreak()).isTrue();
            assertThat(paragraph(doc, "One").isPageBreak()).isFalse();
        }
    }

    @Test
    void aLandscapeSectionTurnsThePagesThatFollowAndKeepsTheFooter() throws Exception {
        var builder = new DocxDocument(Locale.ENGLISH, "Report").pageNumbers("page {0} of {1}").paragraph("Method")
                .section(DocxDocument.Orientation.LANDSCAPE);
        builder.table(List.of("Factor or aspect", "Assessed", "Established–Dynamic"),
                List.of(List.of("D1.1 A rather long name of a factor", "32", "31\u00A0of\u00A032 (96.88\u00A0%)")));
        byte[] bytes = builder.toBytes();

        try (XWPFDocument doc = open(bytes)) {
            var last = doc.getDocument().getBody().getSectPr();
            assertThat(last.getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(((java.math.BigInteger) last.getPgSz().getW()).intValue()).isEqualTo(16838);
            var first = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow(() -> new AssertionError("no section ends before the table"))
                    .getCTP().getPPr().getSectPr();
            assertThat(first.getPgSz().getOrient().toString()).isEqualTo("portrait");
            assertThat(first.sizeOfFooterReferenceArray()).as("the first section has the footer too").isEqualTo(1);
            assertThat(last.sizeOfFooterReferenceArray()).isEqualTo(1);
            XWPFTable table = doc.getTables().getFirst();
            long width = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(c -> ((java.math.BigInteger) c.getW()).longValue()).sum();
            assertThat(width).as("as wide as a landscape page's text").isEqualTo(DocxDocument.Orientation.LANDSCAPE.textWidth());
        }
    }

    @Test
    void aColumnOfFiguresIsAsWideAsItsLongestWordAndTheTextColumnGetsTheRest() {
        int[] widths = DocxDocument.widths(List.of("Factor or aspect", "Assessed", "Established–Dynamic"),
                List.of(List.of("D1.1 A rather long name of a factor", "32", "31\u00A0of\u00A032 (96.88\u00A0%)")), 10000);

        assertThat(widths).hasSize(3);
        assertThat(widths[0] + widths[1] + widths[2]).isEqualTo(10000);
        // "Established–" (12) and "(96.88 %)" (9) break; "Assessed" (8) does not.
        assertThat(widths[2]).isGreaterThan(widths[1]);
        assertThat(widths[0]).isGreaterThan(widths[2]);
    }

    @Test
    void controlCharactersThatXmlCannotHoldDoNotCorruptTheFile() throws Exception {
        byte[] bytes = new DocxDocument(Locale.ENGLISH, "Report").paragraph("Bell\u0007 and null\u0000").toBytes();

        try (XWPFDocument doc = open(bytes)) {
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("Bell  and null ");
        }
    }

    @Test
    void readsThePixelSizeOfAPng() {
        assertThat(DocxDocument.pngSize(CHART)[0]).isEqualTo(ReportCharts.WIDTH * ReportCharts.SCALE);
        assertThatThrownBy(() -> DocxDocument.pngSize("GIF89a, not a PNG at all....".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
