package lat.faro.shared.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook of one sheet, read as a stream of its XML so that a large sheet never sits in memory
 * as objects and reading stops at the row limit. Values become the text a person sees typed:
 * numbers without a needless ".0", dates as yyyy-MM-dd, booleans as true/false. Formulas are
 * refused, cell by cell, because their values are not what the person typed.
 */
final class XlsxTableReader {

    /** Excel shows at most 15 significant digits; the 16th and 17th are binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsxTableReader() {}

    static void read(byte[] bytes, TableFiles.Reading reading) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            // Not a ZIP: an old .xls, a password-protected workbook, or something else renamed.
            reading.problem(0, "tables.file.unreadable");
            return;
        }
        OPCPackage pkg = null;
        try {
            // POI's ZipSecureFile limits (inflation ratio, entry size) apply here and in every part read.
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            var reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            var workbook = new WorkbookHandler();
            parse(reader.getWorkbookData(), workbook);
            if (!workbook.isWorkbook) {
                reading.problem(0, "tables.file.unreadable");
                return;
            }
            if (workbook.sheets != 1) {
                reading.problem(0, "tables.file.sheets", workbook.sheets);
                return;
            }
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                reading.problem(0, "tables.file.unreadable");
                return;
            }
            var sheet = new SheetHandler(reading, reader.getSharedStringsTable(), reader.getStylesTable(),
                    workbook.date1904);
            parse(sheets.next(), sheet);
        } catch (Enough e) {
            // the reading has what it needs to refuse the file
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI wraps a corrupt ZIP, a zip bomb or a malformed part in any of these.
            reading.problem(0, "tables.file.unreadable");
        } finally {
            if (pkg != null) {
                // read only: nothing to save
                pkg.revert();
            }
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (xml) {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        }
    }

    /** Stops the sheet's parse once the reading is full. */
    private static final class Enough extends SAXException {}

    /** How many sheets the workbook has (hidden ones too) and which date system it uses. */
    private static final class WorkbookHandler extends DefaultHandler {

        boolean isWorkbook;
        boolean date1904;
        int sheets;
        private boolean inSheets;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "workbook" -> isWorkbook = true;
                case "workbookPr" -> {
                    String value = attributes.getValue("date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                }
                case "sheets" -> inSheets = true;
                case "sheet" -> sheets += inSheets ? 1 : 0;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("sheets")) {
                inSheets = false;
            }
        }
    }

    /** The rows of a worksheet ({@code <row><c r="B2" t="s" s="3"><f/><v/></c></row>}). */
    private static final class SheetHandler extends DefaultHandler {

        private final TableFiles.Reading reading;
        private final @Nullable SharedStrings strings;
        private final @Nullable StylesTable styles;
        private final boolean date1904;

        private int rowNumber;
        private final List<String> cells = new ArrayList<>();
        private int column;
        private @Nullable String reference;
        private @Nullable String type;
        private int style;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(TableFiles.Reading reading, @Nullable SharedStrings strings, @Nullable StylesTable styles,
                boolean date1904) {
            this.reading = reading;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells.clear();
                    column = 0;
                }
                case "c" -> {
                    reference = attributes.getValue("r");
                    if (reference != null) {
                        column = new CellReference(reference).getCol();
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "rPh" -> inPhonetic = true;
                // the text of an inline string, not of its phonetic guide
                case "t" -> inInlineText = !inPhonetic;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> endCell();
                case "row" -> {
                    if (!reading.add(rowNumber, cells)) {
                        throw new Enough();
                    }
                }
                default -> { }
            }
        }

        private void endCell() throws Enough {
            if (formula) {
                String where = reference != null ? reference : new CellReference(rowNumber - 1, column).formatAsString(false);
                if (!reading.problem(rowNumber, "tables.file.formula", where)) {
                    throw new Enough();
                }
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            // The cached result of a formula still gives the row its shape, so that one formula
            // does not also show up as a wrong cell count.
            cells.set(column, text());
            column++;
        }

        private String text() {
            String raw = value.toString();
            if (raw.isEmpty()) {
                return "";
            }
            return switch (type == null ? "n" : type) {
                case "s" -> strings == null ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw.strip()) ? "true" : "false";
                case "n" -> number(raw.strip());
                case "d" -> raw.strip().replaceFirst("T00:00(:00(\\.0+)?)?Z?$", "");
                // inlineStr, str (a formula's text), e (an error such as #N/A)
                default -> raw;
            };
        }

        private String number(String raw) {
            double number = Double.parseDouble(raw);
            if (isDateStyle() && DateUtil.isValidExcelDate(number)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904);
                return dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.toLocalDate().toString() : dateTime.toString();
            }
            return new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        }

        private boolean isDateStyle() {
            if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }
    }
}
