package lat.faro.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as XLSX downloads: one sheet (or a few), each with a bold frozen header row, numbers stored as numbers (so they
 * sum and sort) and everything else as text — never as a formula, whatever the text holds.
 */
public final class XlsxFiles {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxFiles() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, String sheetName, List<List<String>> rows) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes(sheetName, rows));
    }

    /** Several sheets, in the map's order, each laid out as {@link #bytes(String, List)} lays out one. */
    public static ResponseEntity<byte[]> attachment(String fileName, java.util.SequencedMap<String, List<List<String>>> sheets) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes(sheets));
    }

    public static byte[] bytes(String sheetName, List<List<String>> rows) {
        var sheets = new java.util.LinkedHashMap<String, List<List<String>>>();
        sheets.put(sheetName, rows);
        return bytes(sheets);
    }

    public static byte[] bytes(java.util.SequencedMap<String, List<List<String>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (var entry : sheets.entrySet()) {
                fill(workbook.createSheet(safeSheetName(entry.getKey())), entry.getValue(), bold);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XSSFSheet sheet, List<List<String>> rows, CellStyle bold) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                var cell = row.createCell(c);
                String value = values.get(c);
                if (r > 0 && value.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
                    cell.setCellValue(Double.parseDouble(value));
                } else {
                    cell.setCellValue(value); // a string cell: never evaluated as a formula
                }
                if (r == 0) {
                    cell.setCellStyle(bold);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Faro" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
