package lat.faro.shared.tables;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, comma or semicolon (the
 * one the header line uses), RFC 4180 quoting, any line ending. Each row keeps the line it starts on.
 */
final class CsvTableReader {

    private final String text;
    private final char delimiter;
    private int at;
    private int line = 1;
    private int quoteLine;

    private CsvTableReader(String text) {
        this.text = text;
        this.delimiter = delimiter(text);
    }

    static void read(byte[] bytes, TableFiles.Reading reading) {
        for (byte b : bytes) {
            if (b == 0) {
                // A spreadsheet, an image, or UTF-16 text: nothing that can be read as CSV.
                reading.problem(0, "tables.file.unreadable");
                return;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            reading.problem(lineAt(bytes, in.position()), "tables.file.notUtf8");
            return;
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        new CsvTableReader(text).rows(reading);
    }

    /** The line of the byte at {@code position}, counting CR LF, CR and LF as one line break each. */
    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** Semicolon when the header line has semicolons and no commas outside quotes; otherwise comma. */
    private static char delimiter(String text) {
        int i = 0;
        while (i < text.length() && isSpaceOrBreak(text.charAt(i))) {
            i++;
        }
        boolean quoted = false;
        boolean commas = false;
        boolean semicolons = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas |= c == ',';
                semicolons |= c == ';';
            }
        }
        return semicolons && !commas ? ';' : ',';
    }

    private static boolean isSpaceOrBreak(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private void rows(TableFiles.Reading reading) {
        while (at < text.length()) {
            int rowLine = line;
            var cells = new ArrayList<String>();
            boolean endOfRow = false;
            while (!endOfRow) {
                String cell = cell();
                if (cell == null) {
                    reading.problem(quoteLine, "tables.file.unclosedQuote");
                    return;
                }
                cells.add(cell);
                if (at < text.length() && text.charAt(at) == delimiter) {
                    at++;
                } else {
                    lineBreak();
                    endOfRow = true;
                }
            }
            if (!reading.add(rowLine, cells)) {
                return;
            }
        }
    }

    /** The next cell up to a delimiter, line break or the end; null when a quote is never closed. */
    private @Nullable String cell() {
        int start = at;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        var cell = new StringBuilder();
        if (at < text.length() && text.charAt(at) == '"') {
            quoteLine = line;
            at++;
            if (!quoted(cell)) {
                return null;
            }
        } else {
            at = start;
        }
        // Unquoted text, or whatever stands between a closing quote and the delimiter, taken as it is.
        while (at < text.length() && text.charAt(at) != delimiter && !isLineBreak(text.charAt(at))) {
            cell.append(text.charAt(at++));
        }
        return cell.toString();
    }

    /** Reads a quoted cell's content after its opening quote; false when the text ends first. */
    private boolean quoted(StringBuilder cell) {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                    cell.append('"');
                    at += 2;
                } else {
                    at++;
                    return true;
                }
            } else if (isLineBreak(c)) {
                lineBreak();
                cell.append('\n');
            } else {
                cell.append(c);
                at++;
            }
        }
        return false;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Steps over one line break (CR LF, CR or LF) if there is one. */
    private void lineBreak() {
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
            line++;
        } else if (at < text.length() && text.charAt(at) == '\n') {
            at++;
            line++;
        }
    }
}
