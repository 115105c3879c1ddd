package lat.faro.insight.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * An editable Word document (DOCX) written top to bottom: a title, headings that Word lists in its
 * navigation pane, paragraphs, notes, images with alt text and tables whose header row repeats on
 * every page. A4, portrait unless a {@link #section} turns the pages, in one language that Word uses
 * to check the spelling; a text in another language (a name that fell back to the framework's
 * language) can say so. Built on POI's XWPF with real paragraph styles ({@code Title},
 * {@code Heading1}, {@code Heading2}, ...) so that a reader can restyle the document and generate a
 * table of contents. Not thread-safe; one instance per document.
 */
final class DocxDocument {

    /** Named, not embedded: Word and LibreOffice (with its metric-compatible Carlito) both have it. */
    static final String FONT = "Calibri";

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String NOTE = "Note";
    static final String CAPTION = "Caption";
    static final String TABLE_TEXT = "TableText";

    /** How the pages of a section stand. */
    enum Orientation {
        PORTRAIT, LANDSCAPE;

        /** The width of the text between the margins, in twips. */
        int textWidth() {
            return (this == PORTRAIT ? PAGE_WIDTH : PAGE_HEIGHT) - 2 * MARGIN;
        }

        int textHeight() {
            return (this == PORTRAIT ? PAGE_HEIGHT : PAGE_WIDTH) - 2 * MARGIN;
        }
    }

    // A4 and 2 cm margins, in twentieths of a point.
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN = 1134;
    private static final int EMU_PER_TWIP = 635;
    /** Where the value of a {@link #field} starts. */
    private static final int FIELD_TAB = 2835;

    /**
     * The language Word checks the spelling in, for a language Faro speaks: Word has proofing tools
     * for a language and region, and none for a bare "es". English is British, like Faro's texts.
     */
    private static final Map<String, String> PROOFING = Map.of("es", "es-MX", "pt", "pt-BR", "en", "en-GB", "fr", "fr-FR");

    private final XWPFDocument document = new XWPFDocument();
    private final String language;
    private int pictures;
    private Orientation orientation = Orientation.PORTRAIT;
    /** The next paragraph starts a page: a property of it rather than an empty paragraph holding a break. */
    private boolean breakBefore;

    /**
     * @param language the document's language: its default for spell checking and its {@code dc:language}
     * @param title    the document's title in its properties (what a file browser or screen reader shows)
     */
    DocxDocument(Locale language, String title) {
        this.language = tag(language);
        var core = document.getProperties().getCoreProperties();
        core.setTitle(clean(title));
        core.setCreator("Faro");
        core.getUnderlyingProperties().setLanguageProperty(this.language);
        document.createStyles().setStyles(styles(this.language));
        page(document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr(), orientation);
    }

    /** The document's title, in the {@code Title} style. */
    DocxDocument title(String text) {
        styled(TITLE, text, null);
        return this;
    }

    /** A top-level heading, in the {@code Heading1} style (outline level 1 in Word's navigation pane). */
    DocxDocument heading1(String text) {
        return heading1(text, null);
    }

    /** A top-level heading whose text is in {@code lang}, not in the document's language. */
    DocxDocument heading1(String text, @Nullable Locale lang) {
        styled(HEADING_1, text, lang);
        return this;
    }

    /** A second-level heading, in the {@code Heading2} style. */
    DocxDocument heading2(String text) {
        return heading2(text, null);
    }

    /** A second-level heading whose text is in {@code lang}. */
    DocxDocument heading2(String text, @Nullable Locale lang) {
        styled(HEADING_2, text, lang);
        return this;
    }

    /** A paragraph of body text. */
    DocxDocument paragraph(String text) {
        return paragraph(text, null);
    }

    /** A paragraph of body text in {@code lang}, so that Word checks it against the right dictionary. */
    DocxDocument paragraph(String text, @Nullable Locale lang) {
        styled(null, text, lang);
        return this;
    }

    /** A note: smaller, italic, grey body text, in the {@code Note} style. */
    DocxDocument note(String text) {
        styled(NOTE, text, null);
        return this;
    }

    /** A caption, in Word's {@code Caption} style, kept on the page of what follows it (a table). */
    DocxDocument caption(String text) {
        keepNext(styled(CAPTION, text, null));
        return this;
    }

    /**
     * A label and its value on one line, the values of consecutive fields aligned on a tab stop (no
     * colon, whose spacing differs between languages); a long value wraps under itself.
     *
     * @param valueLang the language of the value when it is not the document's, or null
     */
    DocxDocument field(String label, String value, @Nullable Locale valueLang) {
        XWPFParagraph paragraph = newParagraph();
        var ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        var tab = ppr.addNewTabs().addNewTab();
        tab.setVal(STTabJc.LEFT);
        tab.setPos(BigInteger.valueOf(FIELD_TAB));
        paragraph.setIndentationLeft(FIELD_TAB);
        paragraph.setIndentationHanging(FIELD_TAB);
        XWPFRun name = paragraph.createRun();
        name.setBold(true);
        name.setText(clean(label));
        name.addTab();
        text(paragraph, value, valueLang);
        return this;
    }

    /** {@link #image(byte[], int, int, String)} at the PNG's own size in pixels. */
    DocxDocument image(byte[] png, String altText) {
        int[] size = pngSize(png);
        return image(png, size[0], size[1], altText);
    }

    /**
     * A PNG in a paragraph of its own, as wide as the text when it is wider (pixels at 96 per inch),
     * never taller than a page, its proportions kept.
     *
     * @param altText what the image shows, for screen readers: the drawing's description
     */
    DocxDocument image(byte[] png, int widthPx, int heightPx, String altText) {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("an image needs a size, got " + widthPx + "×" + heightPx);
        }
        long maxWidth = (long) orientation.textWidth() * EMU_PER_TWIP;
        long maxHeight = (long) (orientation.textHeight() - 1440) * EMU_PER_TWIP; // a heading and a caption still fit
        double scale = Math.min(1, Math.min((double) maxWidth / Units.pixelToEMU(widthPx),
                (double) maxHeight / Units.pixelToEMU(heightPx)));
        int width = (int) Math.round(Units.pixelToEMU(widthPx) * scale);
        int height = (int) Math.round(Units.pixelToEMU(heightPx) * scale);
        XWPFParagraph paragraph = newParagraph();
        keepNext(paragraph); // with its heading above and its caption below, where there is one
        XWPFRun run = paragraph.createRun();
        String alt = clean(altText);
        try {
            int id = ++pictures;
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "image" + id + ".png",
                    width, height);
            // Word reads the alt text from docPr; other readers from the picture's own properties. POI numbers
            // every drawing 0, and Word wants the ids unique.
            var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            docPr.setId(id);
            docPr.setName("Picture " + id);
            docPr.setDescr(alt);
            var cNvPr = picture.getCTPicture().getNvPicPr().getCNvPr();
            cNvPr.setId(id);
            cNvPr.setName("Picture " + id);
            cNvPr.setDescr(alt);
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("not an image", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@link #table(List, List, Set)} with no row set apart. */
    DocxDocument table(List<String> header, List<List<String>> rows) {
        return table(header, rows, Set.of());
    }

    /**
     * A table as wide as the text: the header row shaded, bold and repeated at the top of every
     * page, no row split across pages, borders on every cell. Columns whose cells all hold numbers
     * ("32", "2 de 4 (50,00 %)", or a dash for none) are right-aligned, the first column never; the
     * widths follow the length of the texts.
     *
     * @param emphasised indexes into {@code rows} of rows set in bold on a light shade (a subtotal, a factor)
     */
    DocxDocument table(List<String> header, List<List<String>> rows, Set<Integer> emphasised) {
        int columns = header.size();
        for (List<String> row : rows) {
            if (row.size() != columns) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns + " columns");
            }
        }
        int[] widths = widths(header, rows, orientation.textWidth());
        boolean[] numeric = new boolean[columns];
        for (int c = 1; c < columns; c++) {
            numeric[c] = numeric(rows, c);
        }
        if (breakBefore) {
            document.createParagraph().createRun().addBreak(BreakType.PAGE); // a table has no page break of its own
            breakBefore = false;
        }
        XWPFTable table = document.createTable(rows.size() + 1, columns);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(orientation.textWidth()));
        var tblPr = table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "9A9A9A");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "9A9A9A");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "9A9A9A");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "9A9A9A");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "9A9A9A");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "9A9A9A");
        table.setCellMargins(30, 60, 30, 60);

        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            cell(head.getCell(c), header.get(c), widths[c], numeric[c], true, "EEF3F8");
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean bold = emphasised.contains(r);
            for (int c = 0; c < columns; c++) {
                cell(row.getCell(c), rows.get(r).get(c), widths[c], numeric[c], bold, bold ? "F6F6F6" : null);
            }
        }
        return this;
    }

    /** What follows starts on a new page. */
    DocxDocument pageBreak() {
        breakBefore = true;
        return this;
    }

    /**
     * What follows starts a new section, on a new page, whose pages stand as {@code orientation}
     * says: landscape for a table too wide for a portrait page. The footer carries over.
     */
    DocxDocument section(Orientation orientation) {
        var body = document.getDocument().getBody();
        // A section's properties sit in its last paragraph; the document's last section's in the body.
        XWPFParagraph end = document.createParagraph();
        var ppr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
        ppr.setSectPr((CTSectPr) body.getSectPr().copy());
        page(body.getSectPr(), orientation);
        this.orientation = orientation;
        breakBefore = false; // the new section starts on a new page anyway
        return this;
    }

    /**
     * A footer on every page with the page number: {@code pattern} is the text in the document's
     * language with {@code {0}} where the page number goes and {@code {1}} where the number of
     * pages goes ("página {0} de {1}"); Word fills them in as fields.
     */
    DocxDocument pageNumbers(String pattern) {
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        // Sections closed before now would have no footer: Word only inherits it forward.
        var references = document.getDocument().getBody().getSectPr().getFooterReferenceList();
        for (XWPFParagraph closed : document.getParagraphs()) {
            var ppr = closed.getCTP().getPPr();
            if (ppr != null && ppr.isSetSectPr() && ppr.getSectPr().sizeOfFooterReferenceArray() == 0) {
                references.forEach(reference -> ppr.getSectPr().addNewFooterReference().set(reference));
            }
        }
        paragraph.setStyle(NOTE);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        String rest = clean(pattern);
        while (!rest.isEmpty()) {
            int page = rest.indexOf("{0}");
            int pages = rest.indexOf("{1}");
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                paragraph.createRun().setText(rest);
                break;
            }
            if (next > 0) {
                paragraph.createRun().setText(rest.substring(0, next));
            }
            fieldRuns(paragraph, next == page ? "PAGE" : "NUMPAGES");
            rest = rest.substring(next + 3);
        }
        return this;
    }

    /** The document as DOCX bytes. */
    byte[] toBytes() {
        if (!document.getBodyElements().isEmpty() && document.getBodyElements().getLast() instanceof XWPFTable) {
            document.createParagraph(); // Word ends a document with a paragraph, never with a table
        }
        try (var out = new ByteArrayOutputStream(64 * 1024)) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph newParagraph() {
        XWPFParagraph paragraph = document.createParagraph();
        if (breakBefore) {
            paragraph.setPageBreak(true);
            breakBefore = false;
        }
        return paragraph;
    }

    private XWPFParagraph styled(@Nullable String style, String text, @Nullable Locale lang) {
        XWPFParagraph paragraph = newParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        text(paragraph, text, lang);
        return paragraph;
    }

    /** Kept on the page of the next paragraph (POI's own setter fails on a paragraph without properties). */
    private static void keepNext(XWPFParagraph paragraph) {
        var ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }

    private void text(XWPFParagraph paragraph, String text, @Nullable Locale lang) {
        XWPFRun run = paragraph.createRun();
        run.setText(clean(text));
        if (lang != null && !tag(lang).equals(language)) {
            run.setLang(tag(lang));
        }
    }

    private static void cell(XWPFTableCell cell, String text, int width, boolean right, boolean bold, @Nullable String shade) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(Integer.toString(width));
        if (shade != null) {
            cell.setColor(shade);
        }
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setStyle(TABLE_TEXT);
        if (right) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(clean(text));
        if (bold) {
            run.setBold(true);
        }
    }

    /** A field Word computes when it lays out the page: begin, instruction, separator, a placeholder, end. */
    private static void fieldRuns(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR instr = paragraph.createRun().getCTR();
        var text = instr.addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * Column widths in twips adding up to {@code textWidth}. A column of figures gets the width of
     * its longest word (a header's or a cell's; a share wraps before its percentage, whose spaces do
     * not break), so that no word is cut; a column of text gets its longest cell, up to a bound, and
     * the room the figures leave.
     */
    static int[] widths(List<String> header, List<List<String>> rows, int textWidth) {
        int columns = header.size();
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            int weight = longestWord(header.get(c));
            boolean text = c == 0 || !numeric(rows, c);
            for (List<String> row : rows) {
                weight = Math.max(weight, text ? row.get(c).length() : longestWord(row.get(c)));
            }
            weights[c] = Math.clamp(weight, 3, text ? 45 : 18) + 1;
        }
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? textWidth - used : textWidth * weights[c] / sum;
            used += widths[c];
        }
        return widths;
    }

    /** Where a line may break: at spaces and after dashes, but not at no-break spaces. */
    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("[ \\t\\n]+|(?<=[–-])")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** Every non-blank cell of the column starts with a digit or is a dash standing for none. */
    private static boolean numeric(List<List<String>> rows, int column) {
        boolean any = false;
        for (List<String> row : rows) {
            String cell = row.get(column).strip();
            if (cell.isEmpty() || cell.equals("–") || cell.equals("—") || cell.equals("-")) {
                continue;
            }
            if (!Character.isDigit(cell.codePointAt(0)) && !(cell.length() > 1 && "-−+".indexOf(cell.charAt(0)) >= 0
                    && Character.isDigit(cell.charAt(1)))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Width and height of a PNG, from its IHDR chunk. */
    static int[] pngSize(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (png.length < 24 || !java.util.Arrays.equals(png, 0, 8, signature, 0, 8)) {
            throw new IllegalArgumentException("not a PNG");
        }
        return new int[] {readInt(png, 16), readInt(png, 20)};
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    /** The language tag Word gets for a locale: with a region, for its proofing tools. */
    static String tag(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale.toLanguageTag();
        }
        return Optional.ofNullable(PROOFING.get(locale.getLanguage())).orElse(locale.toLanguageTag());
    }

    /** Characters XML 1.0 cannot carry (control characters pasted into a name) would corrupt the file. */
    static String clean(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            out.appendCodePoint(allowed ? c : ' ');
        });
        return out.toString();
    }

    private static void page(CTSectPr section, Orientation orientation) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        boolean portrait = orientation == Orientation.PORTRAIT;
        size.setW(BigInteger.valueOf(portrait ? PAGE_WIDTH : PAGE_HEIGHT));
        size.setH(BigInteger.valueOf(portrait ? PAGE_HEIGHT : PAGE_WIDTH));
        size.setOrient(portrait ? STPageOrientation.PORTRAIT : STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * The style sheet: run defaults with the font, size and language; {@code Normal}; the title and
     * heading styles with Word's own names ("heading 1"), so that Word treats them as its built-in
     * headings and shows them, by outline level, in the navigation pane; a note, a caption and the
     * text of table cells.
     */
    private static CTStyles styles(String language) {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(21));
        run.addNewSzCs().setVal(BigInteger.valueOf(21));
        run.addNewLang().setVal(language); // East Asian and right-to-left text keep Word's own defaults
        var paragraph = defaults.addNewPPrDefault().addNewPPr();
        var spacing = paragraph.addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(120));
        spacing.setLine(BigInteger.valueOf(264));
        spacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = style(styles, "Normal", "Normal", null);
        normal.setDefault(Boolean.TRUE);

        CTStyle title = style(styles, TITLE, "Title", "Normal");
        CTPPrGeneral titlePara = title.addNewPPr();
        titlePara.addNewSpacing().setAfter(BigInteger.valueOf(360));
        CTRPr titleRun = title.addNewRPr();
        // Run properties in the order of the schema's sequence, which older Word versions insist on.
        titleRun.addNewB();
        titleRun.addNewColor().setVal("1A1A1A");
        titleRun.addNewSz().setVal(BigInteger.valueOf(48));

        heading(styles, HEADING_1, "heading 1", 0, 32, 360);
        heading(styles, HEADING_2, "heading 2", 1, 26, 240);

        CTStyle note = style(styles, NOTE, "Note", "Normal");
        note.setCustomStyle(Boolean.TRUE);
        CTRPr noteRun = note.addNewRPr();
        noteRun.addNewI();
        noteRun.addNewColor().setVal("555555");
        noteRun.addNewSz().setVal(BigInteger.valueOf(17));

        CTStyle caption = style(styles, CAPTION, "caption", "Normal");
        caption.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
        CTRPr captionRun = caption.addNewRPr();
        captionRun.addNewB();
        captionRun.addNewSz().setVal(BigInteger.valueOf(19));

        CTStyle cells = style(styles, TABLE_TEXT, "Table Text", "Normal");
        cells.setCustomStyle(Boolean.TRUE);
        var cellSpacing = cells.addNewPPr().addNewSpacing();
        cellSpacing.setBefore(BigInteger.ZERO);
        cellSpacing.setAfter(BigInteger.ZERO);
        cellSpacing.setLine(BigInteger.valueOf(240));
        cellSpacing.setLineRule(STLineSpacingRule.AUTO);
        cells.addNewRPr().addNewSz().setVal(BigInteger.valueOf(15));
        return styles;
    }

    private static void heading(CTStyles styles, String id, String name, int level, int halfPoints, int before) {
        CTStyle heading = style(styles, id, name, "Normal");
        heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral paragraph = heading.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewKeepLines();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        CTRPr run = heading.addNewRPr();
        run.addNewB();
        run.addNewColor().setVal("1F3864");
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }

    private static CTStyle style(CTStyles styles, String id, String name, @Nullable String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        return style;
    }
}
