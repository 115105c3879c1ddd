package lat.faro.shared.tables;

import java.util.List;

/**
 * An uploaded table read as text: its header cells and its rows, each with the line of the file
 * (CSV) or the row number of the sheet (XLSX) it came from, so errors can name it.
 */
public record Table(List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code cells} has exactly as many entries as the header. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
