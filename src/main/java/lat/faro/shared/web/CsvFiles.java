package lat.faro.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as CSV downloads that open right in a spreadsheet: UTF-8 with a byte-order mark, comma
 * separated, CRLF, quoted where needed, and any cell a spreadsheet would take for a formula
 * prefixed with an apostrophe (no formula injection from user-entered text).
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** The rows (header first) as a CSV attachment with this file name. */
    public static ResponseEntity<byte[]> attachment(String fileName, List<List<String>> rows) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes(rows));
    }

    public static byte[] bytes(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(row.stream().map(CsvFiles::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Quoted when needed; a cell that a spreadsheet would take for a formula is prefixed with an apostrophe. */
    public static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
