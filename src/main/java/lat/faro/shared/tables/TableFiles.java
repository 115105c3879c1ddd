package lat.faro.shared.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded table file (historic results, participant lists), CSV or XLSX by its name, into a {@link Table} of text:
 * the first non-empty row is the header, every later non-empty row a data row with as many cells.
 * A file that is refused throws {@link InvalidInputException} with every problem found (at most
 * {@value #MAX_PROBLEMS}), each with field {@code file} and, where there is one, the line of the
 * CSV file or the row number of the sheet.
 */
public final class TableFiles {

    public static final String FILE = "file";
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    static final int MAX_PROBLEMS = 200;

    private TableFiles() {}

    public static Table read(byte[] bytes, String fileName) {
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw refused("tables.file.type");
        }
        if (bytes.length == 0) {
            throw refused("tables.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("tables.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (csv) {
            var reading = new Reading(false);
            CsvTableReader.read(bytes, reading);
            return reading.table();
        }
        // A sheet stores no empty cells at the end of a row: a short row is one with empty cells.
        var reading = new Reading(true);
        XlsxTableReader.read(bytes, reading);
        return reading.table();
    }

    private static InvalidInputException refused(String code, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.at(FILE, code, args)));
    }

    /**
     * What both readers share: they hand over each row as they find it, and this decides what it
     * is (blank, the header, a data row) and whether it fits, and keeps the problems.
     */
    static final class Reading {

        private @Nullable List<String> header;
        private final List<Table.Row> rows = new ArrayList<>();
        private final List<FieldProblem> problems = new ArrayList<>();
        private final boolean shortRowsAreEmptyCells;
        private int dataRows;

        Reading(boolean shortRowsAreEmptyCells) {
            this.shortRowsAreEmptyCells = shortRowsAreEmptyCells;
        }

        /**
         * Takes one row of the file, cells as read; false when reading should stop (too many rows
         * or problems).
         */
        boolean add(int line, List<String> raw) {
            var cells = raw.stream().map(TableFiles::trim).toList();
            int filled = filledLength(cells);
            if (filled == 0) {
                return true;
            }
            if (header == null) {
                // A spreadsheet's formatted but empty columns leave empty cells at the end of the header.
                header = cells.subList(0, filled);
                return true;
            }
            if (++dataRows > MAX_ROWS) {
                problem(line, "tables.file.tooManyRows", MAX_ROWS);
                return false;
            }
            int expected = header.size();
            if (filled > expected) {
                problem(line, "tables.file.cellCount", filled, expected);
            } else if (cells.size() < expected && !shortRowsAreEmptyCells) {
                problem(line, "tables.file.cellCount", cells.size(), expected);
            } else {
                // Empty cells past the header's last column are harmless (a spreadsheet's stray formatting).
                var row = new ArrayList<>(cells.subList(0, Math.min(cells.size(), expected)));
                while (row.size() < expected) {
                    row.add("");
                }
                rows.add(new Table.Row(line, row));
            }
            return !full();
        }

        /** Records a problem; false when no more can be taken. */
        boolean problem(int line, String code, Object... args) {
            if (!full()) {
                problems.add(new FieldProblem(FILE, line, code, args));
            }
            return !full();
        }

        boolean full() {
            return problems.size() >= MAX_PROBLEMS;
        }

        /** The table read, or the refusal with every problem found. */
        Table table() {
            List<String> found = header;
            if (found == null && problems.isEmpty()) {
                problems.add(FieldProblem.at(FILE, "tables.file.empty"));
            }
            if (found == null || !problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new Table(found, rows);
        }

        private static int filledLength(List<String> cells) {
            int last = cells.size();
            while (last > 0 && cells.get(last - 1).isEmpty()) {
                last--;
            }
            return last;
        }
    }

    /** Trims white space, including the no-break spaces spreadsheets are fond of. */
    public static String trim(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
