/** Reading uploaded tables (CSV or XLSX) into rows of text with their line numbers, for every import. */
@NullMarked
@org.springframework.modulith.NamedInterface("tables")
package lat.faro.shared.tables;

import org.jspecify.annotations.NullMarked;
