package lat.faro.shared.tables;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TableFilesTests {

    static Table csv(String text) {
        return TableFiles.read(text.getBytes(UTF_8), "resultados.csv");
    }

    static Table.Row row(int line, String... cells) {
        return new Table.Row(line, List.of(cells));
    }

    /** Reads a file that must be refused, and gives its problems as (field, line, code, args). */
    static List<Tuple> problemsOf(byte[] bytes, String fileName) {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> TableFiles.read(bytes, fileName));
        assertThat(refused).as("the file is refused").isNotNull();
        return refused.problems().stream()
                .map(p -> tuple(p.field(), p.line(), p.code(), Arrays.asList(p.args())))
                .toList();
    }

    static List<Tuple> csvProblems(String text) {
        return problemsOf(text.getBytes(UTF_8), "resultados.csv");
    }

    static Tuple problem(int line, String code, Object... args) {
        return tuple("file", line, code, Arrays.asList(args));
    }

    static byte[] xlsx(Consumer<XSSFWorkbook> content) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook of one sheet whose rows (0-based index, then its cells from A) are strings. */
    static byte[] sheet(Object[]... rows) {
        return xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Resultados");
            for (Object[] row : rows) {
                var sheetRow = sheet.createRow((Integer) row[0]);
                for (int i = 1; i < row.length; i++) {
                    sheetRow.createCell(i - 1).setCellValue((String) row[i]);
                }
            }
        });
    }

    static Table readXlsx(byte[] bytes) {
        return TableFiles.read(bytes, "Resultados.XLSX");
    }

    // CSV

    @Test
    void readsACommaSeparatedFileWithTheLineOfEachRow() {
        Table table = csv("país,año,valor\nAR,2020,3\nUY,2021,4.5\n");

        assertThat(table.header()).containsExactly("país", "año", "valor");
        assertThat(table.rows()).containsExactly(row(2, "AR", "2020", "3"), row(3, "UY", "2021", "4.5"));
    }

    @Test
    void readsASemicolonSeparatedFileWhoseNumbersUseDecimalCommas() {
        Table table = csv("país;año;valor\nAR;2020;3,5\n");

        assertThat(table.header()).containsExactly("país", "año", "valor");
        assertThat(table.rows()).containsExactly(row(2, "AR", "2020", "3,5"));
    }

    @Test
    void choosesTheDelimiterTheHeaderUsesOutsideQuotes() {
        assertThat(csv("\"país, región\";valor\nAR, Cuyo;3\n").rows())
                .containsExactly(row(2, "AR, Cuyo", "3"));
        assertThat(csv("\"país; región\",valor\nAR; Cuyo,3\n").rows())
                .containsExactly(row(2, "AR; Cuyo", "3"));
        assertThat(csv("país;región,valor\nAR;Cuyo,3\n").header())
                .as("both delimiters in the header: comma")
                .containsExactly("país;región", "valor");
    }

    @Test
    void quotedCellsKeepDelimitersDoubledQuotesAndLineBreaksAndRowsKeepTheLineTheyStartOn() {
        Table table = csv("""
                organismo,comentario,valor
                "Ministerio de Hacienda, Dirección TIC","dijo ""sí""
                y luego ""no""\",3
                "Agencia",  "sin novedad"  ,4
                """);

        assertThat(table.rows()).containsExactly(
                row(2, "Ministerio de Hacienda, Dirección TIC", "dijo \"sí\"\ny luego \"no\"", "3"),
                row(4, "Agencia", "sin novedad", "4"));
    }

    @Test
    void skipsALeadingByteOrderMark() {
        Table table = csv("\uFEFFpaís,valor\nAR,3\n");

        assertThat(table.header()).containsExactly("país", "valor");
        assertThat(table.rows()).containsExactly(row(2, "AR", "3"));
    }

    @Test
    void readsWindowsAndOldMacLineEndings() {
        Table table = csv("país,valor\r\nAR,\"3\r\n4\"\r\nUY,5\rCL,6");

        assertThat(table.rows()).containsExactly(row(2, "AR", "3\n4"), row(4, "UY", "5"), row(5, "CL", "6"));
    }

    @Test
    void skipsBlankLinesButCountsThemForLineNumbers() {
        Table table = csv("\n\npaís,valor\n\nAR,3\n   \n,\nUY,4\n\n");

        assertThat(table.header()).containsExactly("país", "valor");
        assertThat(table.rows()).containsExactly(row(5, "AR", "3"), row(8, "UY", "4"));
    }

    @Test
    void trimsCellsAndToleratesEmptyCellsPastTheLastColumn() {
        Table table = csv(" país , valor ,,\n AR , 3 ,,,\nUY,\u00A04\u00A0\n");

        assertThat(table.header()).containsExactly("país", "valor");
        assertThat(table.rows()).containsExactly(row(2, "AR", "3"), row(3, "UY", "4"));
    }

    @Test
    void keepsEmptyCellsInsideARow() {
        assertThat(csv("país,año,valor\nAR,,3\nUY,2021,\n").rows())
                .containsExactly(row(2, "AR", "", "3"), row(3, "UY", "2021", ""));
    }

    @Test
    void readsAFileWithOnlyAHeaderAsATableWithoutRows() {
        Table table = csv("país,año,valor\n");

        assertThat(table.header()).containsExactly("país", "año", "valor");
        assertThat(table.rows()).isEmpty();
    }

    @Test
    void refusesLatin1TextWithTheLineOfTheFirstBadByte() {
        byte[] latin1 = "pais,valor\nAR,3\nPerú,4\nMéxico,5\n".getBytes(ISO_8859_1);

        assertThat(problemsOf(latin1, "resultados.csv")).containsExactly(problem(3, "tables.file.notUtf8"));
    }

    @Test
    void refusesAQuoteThatIsNeverClosedWithTheLineItOpensOn() {
        assertThat(csvProblems("país,valor\nAR,3\nUY,\"4\nCL,5\n"))
                .containsExactly(problem(3, "tables.file.unclosedQuote"));
        assertThat(csvProblems("país,valor\n\"AR\n\",\"3\nCL,5\n"))
                .as("a quote opened on the second line of a row")
                .containsExactly(problem(3, "tables.file.unclosedQuote"));
    }

    @Test
    void reportsEveryRowWithTheWrongNumberOfCells() {
        assertThat(csvProblems("país,año,valor\nAR,2020,3\nUY,2021\nCL,2020,5\nPE,2020,6,extra,\n"))
                .containsExactly(problem(3, "tables.file.cellCount", 2, 3), problem(5, "tables.file.cellCount", 4, 3));
    }

    @Test
    void reportsAtMostTwoHundredProblems() {
        List<Tuple> problems = csvProblems("país,valor\n" + "AR\n".repeat(300));

        assertThat(problems).hasSize(TableFiles.MAX_PROBLEMS);
        assertThat(problems.getLast()).isEqualTo(problem(201, "tables.file.cellCount", 1, 2));
    }

    @Test
    void refusesAnEmptyFile() {
        for (String empty : List.of("", "\uFEFF", "\n\n", " \r\n\t\r\n", ",,\n , \n")) {
            assertThat(csvProblems(empty)).as("[%s]", empty).containsExactly(problem(0, "tables.file.empty"));
        }
        assertThat(problemsOf(new byte[0], "resultados.xlsx")).containsExactly(problem(0, "tables.file.empty"));
    }

    @Test
    void refusesAFileOverFiveMegabytes() {
        byte[] big = ("valor\n" + "1".repeat(TableFiles.MAX_BYTES)).getBytes(UTF_8);

        assertThat(problemsOf(big, "resultados.csv")).containsExactly(problem(0, "tables.file.tooLarge", 5));
        assertThat(problemsOf(big, "resultados.xlsx")).containsExactly(problem(0, "tables.file.tooLarge", 5));
    }

    @Test
    void readsAFileOfExactlyFiveMegabytes() {
        String text = "valor\n" + "1".repeat(TableFiles.MAX_BYTES - 6);

        assertThat(text.getBytes(UTF_8)).hasSize(TableFiles.MAX_BYTES);
        assertThat(csv(text).rows()).hasSize(1);
    }

    @Test
    void refusesMoreThanFiftyThousandDataRows() {
        assertThat(csv("valor\n" + "1\n".repeat(TableFiles.MAX_ROWS)).rows()).hasSize(50_000);

        assertThat(csvProblems("valor\n" + "1\n".repeat(TableFiles.MAX_ROWS + 10)))
                .containsExactly(problem(50_002, "tables.file.tooManyRows", 50_000));
    }

    @Test
    void refusesAnyNameButCsvOrXlsx() {
        byte[] bytes = "país,valor\nAR,3\n".getBytes(UTF_8);
        for (String name : List.of("resultados.xls", "resultados.txt", "resultados.csv.exe", "csv", "resultados")) {
            assertThat(problemsOf(bytes, name)).as(name).containsExactly(problem(0, "tables.file.type"));
        }
        assertThat(TableFiles.read(bytes, "RESULTADOS 2021.CSV").rows()).containsExactly(row(2, "AR", "3"));
    }

    @Test
    void refusesABinaryFileNamedCsv() {
        byte[] utf16 = "país,valor\nAR,3\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        assertThat(problemsOf(utf16, "resultados.csv")).containsExactly(problem(0, "tables.file.unreadable"));
        assertThat(problemsOf(sheet(new Object[] {0, "país"}), "resultados.csv"))
                .as("a workbook renamed .csv")
                .containsExactly(problem(0, "tables.file.unreadable"));
    }

    // XLSX

    @Test
    void readsSheetValuesAsTheTextAPersonTyped() {
        byte[] bytes = xlsx(workbook -> {
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFSheet sheet = workbook.createSheet("Resultados");
            var header = sheet.createRow(0);
            List.of(" país ", "año", "valor", "fecha", "publicado", "notas")
                    .forEach(name -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(name));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Perú ");
            row.createCell(1).setCellValue(2021);
            row.createCell(2).setCellValue(1.5);
            var date = row.createCell(3);
            date.setCellValue(LocalDate.of(2021, 3, 15));
            date.setCellStyle(dates);
            row.createCell(4).setCellValue(true);
            var next = sheet.createRow(2);
            next.createCell(0).setCellValue("Uruguay");
            next.createCell(1).setCellValue(1_234_567);
            next.createCell(2).setCellValue(0.1 + 0.2);
            next.createCell(4).setCellValue(false);
            next.createCell(5).setCellValue("sin datos de 2020");
        });

        Table table = readXlsx(bytes);

        assertThat(table.header()).containsExactly("país", "año", "valor", "fecha", "publicado", "notas");
        assertThat(table.rows()).containsExactly(
                row(2, "Perú", "2021", "1.5", "2021-03-15", "true", ""),
                row(3, "Uruguay", "1234567", "0.3", "", "false", "sin datos de 2020"));
    }

    @Test
    void skipsEmptyRowsAndKeepsTheSheetRowNumbers() {
        byte[] bytes = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Resultados");
            var bold = workbook.createCellStyle();
            bold.setFont(workbook.createFont());
            sheet.createRow(0).createCell(0).setCellStyle(bold);
            var header = sheet.createRow(2);
            header.createCell(1).setCellValue("país");
            header.createCell(2).setCellValue("valor");
            header.createCell(5).setCellStyle(bold);
            var first = sheet.createRow(3);
            first.createCell(1).setCellValue("AR");
            first.createCell(2).setCellValue(3);
            sheet.createRow(4).createCell(1).setCellValue("  ");
            var second = sheet.createRow(6);
            second.createCell(1).setCellValue("UY");
            second.createCell(2).setCellValue(4);
        });

        Table table = readXlsx(bytes);

        assertThat(table.header()).containsExactly("", "país", "valor");
        assertThat(table.rows()).containsExactly(row(4, "", "AR", "3"), row(7, "", "UY", "4"));
    }

    @Test
    void readsAShortSheetRowAsEmptyCellsButRefusesValuesPastTheHeader() {
        byte[] fine = sheet(new Object[] {0, "país", "año", "valor"}, new Object[] {1, "AR"});
        byte[] beyond = sheet(new Object[] {0, "país", "valor"}, new Object[] {1, "AR", "3"},
                new Object[] {2, "UY", "4", "", "nota"}, new Object[] {3, "CL", "5", " "});

        assertThat(readXlsx(fine).rows()).containsExactly(row(2, "AR", "", ""));
        assertThat(problemsOf(beyond, "resultados.xlsx")).containsExactly(problem(3, "tables.file.cellCount", 4, 2));
    }

    @Test
    void readsInlineStringsAsStreamingWritersStoreThem() throws IOException {
        try (var workbook = new SXSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Resultados");
            sheet.createRow(0).createCell(0).setCellValue("país");
            sheet.createRow(1).createCell(0).setCellValue(" Paraguay ");
            workbook.write(out);

            assertThat(readXlsx(out.toByteArray()).rows()).containsExactly(row(2, "Paraguay"));
        }
    }

    @Test
    void stopsReadingASheetPastFiftyThousandDataRows() throws IOException {
        try (var workbook = new SXSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Resultados");
            sheet.createRow(0).createCell(0).setCellValue("valor");
            for (int i = 1; i <= TableFiles.MAX_ROWS + 10; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            workbook.write(out);

            assertThat(problemsOf(out.toByteArray(), "resultados.xlsx"))
                    .containsExactly(problem(50_002, "tables.file.tooManyRows", 50_000));
        }
    }

    @Test
    void refusesAWorkbookWithMoreThanOneSheet() {
        byte[] bytes = xlsx(workbook -> {
            workbook.createSheet("Resultados").createRow(0).createCell(0).setCellValue("país");
            workbook.createSheet("Notas");
            workbook.setSheetHidden(1, true);
        });

        assertThat(problemsOf(bytes, "resultados.xlsx")).containsExactly(problem(0, "tables.file.sheets", 2));
    }

    @Test
    void refusesEveryFormulaWithItsCell() {
        byte[] bytes = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Resultados");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("país");
            header.createCell(1).setCellValue("base");
            header.createCell(2).setCellValue("valor");
            for (int i = 1; i <= 3; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("AR");
                row.createCell(1).setCellValue(i);
                if (i == 2) {
                    row.createCell(2).setCellValue(7);
                } else {
                    row.createCell(2).setCellFormula("B" + (i + 1) + "*2");
                }
            }
        });

        assertThat(problemsOf(bytes, "resultados.xlsx"))
                .containsExactly(problem(2, "tables.file.formula", "C2"), problem(4, "tables.file.formula", "C4"));
    }

    @Test
    void refusesAWorkbookThatIsNotAZip() {
        byte[] encrypted = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(problemsOf(encrypted, "resultados.xlsx")).containsExactly(problem(0, "tables.file.unreadable"));
        assertThat(problemsOf("país,valor\n".getBytes(UTF_8), "resultados.xlsx"))
                .containsExactly(problem(0, "tables.file.unreadable"));
    }

    @Test
    void refusesACorruptWorkbook() {
        byte[] whole = sheet(new Object[] {0, "país", "valor"}, new Object[] {1, "AR", "3"});
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        byte[] garbage = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 2000);
        Arrays.fill(garbage, 4, garbage.length, (byte) 0x5A);

        assertThat(problemsOf(truncated, "resultados.xlsx")).containsExactly(problem(0, "tables.file.unreadable"));
        assertThat(problemsOf(garbage, "resultados.xlsx")).containsExactly(problem(0, "tables.file.unreadable"));
        assertThat(problemsOf(zipOf("hola.txt", "hola".getBytes(UTF_8)), "resultados.xlsx"))
                .as("a ZIP that is no workbook")
                .containsExactly(problem(0, "tables.file.unreadable"));
    }

    @Test
    void refusesAZipBombAsUnreadable() throws IOException {
        byte[] workbook = sheet(new Object[] {0, "país", "valor"}, new Object[] {1, "AR", "3"});
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(workbook)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/relleno.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).as("small enough to pass the size limit").isLessThan(TableFiles.MAX_BYTES);

        assertThat(problemsOf(bomb, "resultados.xlsx")).containsExactly(problem(0, "tables.file.unreadable"));
    }

    @Test
    void problemsNameTheFileAndCarryTheLine() {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> csv("país,valor\nAR\n"));

        assertThat(refused.problems()).containsExactly(new FieldProblem("file", 2, "tables.file.cellCount", 1, 2));
    }

    static byte[] zipOf(String name, byte[] content) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
