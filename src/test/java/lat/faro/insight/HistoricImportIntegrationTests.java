package lat.faro.insight;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentQueries;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.audit.AuditEntry;
import lat.faro.audit.AuditQuery;
import lat.faro.audit.AuditTrail;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.framework.TestFrameworks;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.test.DatabaseTest;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@SpringBootTest
class HistoricImportIntegrationTests {

    static final String HEADER = "country,round,framework,element,stage,source,note\n";
    static final String NATIONAL_2016 = "faro-national-2016@1.0.0";
    static final String COORDINATOR = "pc.import@test.faro.lat";
    static final String DEMO_ROUND = "Estudio regional 2026";

    @Autowired HistoricImport imports;
    @Autowired ImportedResults results;
    @Autowired AssessmentManagement management;
    @Autowired AssessmentQueries assessments;
    @Autowired FrameworkLibrary frameworks;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    // ---- acting, files and counting ---------------------------------------------------------------

    static <T> T as(String user, Grant grant, Supplier<T> call) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                List.of(new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()))));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static <T> T asCoordinator(Supplier<T> call) {
        return as(COORDINATOR, Grant.programme(Role.PROGRAMME_COORDINATOR), call);
    }

    static String newLabel() {
        return "2016-" + UUID.randomUUID();
    }

    ImportPreview importCsv(String csv) {
        return importFile(csv.getBytes(UTF_8), "resultados.csv", false, false);
    }

    ImportPreview importFile(byte[] content, String name, boolean replace, boolean dryRun) {
        return asCoordinator(() -> imports.importFile(content, name, replace, dryRun));
    }

    /** How many results, batches, rounds and waiting files are stored. */
    record Counts(long results, long batches, long rounds, long pending) {
    }

    Counts counts() {
        return new Counts(count("imported_result"), count("import_batch"), count("assessment_round"), count("pending_import"));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The problems of a refused import as (field, line, code, args); nothing has been written. */
    List<Tuple> refused(ThrowingCallable call) {
        Counts before = counts();
        var refusal = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(refusal).as("the file is refused").isNotNull();
        assertThat(counts()).as("nothing written").isEqualTo(before);
        return refusal.problems().stream().map(p -> tuple(p.field(), p.line(), p.code(), Arrays.asList(p.args()))).toList();
    }

    List<Tuple> refusedCsv(String csv) {
        return refused(() -> importCsv(csv));
    }

    static Tuple problem(String field, int line, String code, Object... args) {
        return tuple(field, line, code, Arrays.asList(args));
    }

    RoundView round(String label) {
        return assessments.roundLabelled(label).orElseThrow(() -> new AssertionError("no round " + label));
    }

    /** The stored stages of a round, as "country element" → stage. */
    Map<String, Integer> stages(String label) {
        var stages = new TreeMap<String, Integer>();
        results.inRound(round(label).id()).forEach(r -> stages.put(r.country() + " " + r.elementId(), r.stage()));
        return stages;
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

    /** Writes rows of text into a sheet; a cell that is an Integer is written as a number. */
    static void rows(XSSFSheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Integer number) {
                    row.createCell(c).setCellValue(number);
                } else {
                    row.createCell(c).setCellValue(String.valueOf(value));
                }
            }
        }
    }

    /** A maturity model of a new id (aspects D1.1.1 and D1.1.2, factors D1.1 and D1.2) in versions 1.0.0 and 1.1.0. */
    String uploadTwoVersions() {
        String id = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        frameworks.upload(TestFrameworks.bytes(TestFrameworks.model(id, "1.0.0")), "admin@test.faro.lat");
        frameworks.upload(TestFrameworks.bytes(TestFrameworks.model(id, "1.1.0")), "admin@test.faro.lat");
        return id;
    }

    RoundView newRound(String label, FrameworkRef framework) {
        return asCoordinator(() -> management.createRound(new RoundDraft(label, RoundKind.NATIONAL, framework, null, null, null)));
    }

    // ---- the happy paths --------------------------------------------------------------------------

    @Test
    void importsACommaSeparatedFileCreatingItsRoundThenPublishesIt() {
        String label = newLabel();
        Counts before = counts();
        ImportPreview done = importCsv(HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,Estudio regional 2016,\n"
                + "AR," + label + ",faro-national-2016,D2.1,start-up,Estudio regional 2016,\"Factor, entero\"\n"
                + "BRA," + label + ",faro-national-2016@1.0.0,D1.1.1,Consolidado,,\n");

        assertThat(done.added()).isEqualTo(3);
        assertThat(done.replaced()).isZero();
        assertThat(done.unchanged()).isZero();
        assertThat(done.rows()).isEqualTo(3);
        assertThat(done.fileName()).isEqualTo("resultados.csv");
        RoundView round = round(label);
        assertThat(round.kind()).isEqualTo(RoundKind.NATIONAL);
        assertThat(round.framework()).hasToString(NATIONAL_2016);
        assertThat(done.rounds()).containsExactly(new ImportPreview.RoundChange(round.id(), label, NATIONAL_2016, true, 2, 3, false));
        assertThat(counts()).isEqualTo(new Counts(before.results() + 3, before.batches() + 1, before.rounds() + 1, before.pending()));

        var stored = results.inRound(round.id());
        assertThat(stored).extracting(ImportedResults.Stored::country, ImportedResults.Stored::elementId,
                        ImportedResults.Stored::stage, ImportedResults.Stored::source, ImportedResults.Stored::note,
                        r -> r.framework().toString())
                .containsExactly(
                        tuple("AR", "D1.1.1", 2, "Estudio regional 2016", null, NATIONAL_2016),
                        tuple("AR", "D2.1", 1, "Estudio regional 2016", "Factor, entero", NATIONAL_2016),
                        tuple("BR", "D1.1.1", 3, null, null, NATIONAL_2016));

        assertThat(asCoordinator(() -> imports.roundSummary(round.id())))
                .isEqualTo(new HistoricImport.RoundSummary(round.id(), label, NATIONAL_2016, 3, 2, false));
        assertThat(imports.isPublished(round.id())).isFalse();

        assertThat(asCoordinator(() -> imports.publish(round.id()))).isTrue();
        assertThat(imports.isPublished(round.id())).isTrue();
        assertThat(asCoordinator(() -> imports.roundSummary(round.id())).published()).isTrue();
        // Publishing again changes nothing.
        assertThat(asCoordinator(() -> imports.publish(round.id()))).isFalse();
        assertThat(count("imported_round_publication where round_id = " + round.id())).isEqualTo(1);
    }

    @Test
    void importsASemicolonSeparatedFileAsSpreadsheetsInSpanishSaveIt() {
        String label = newLabel();
        ImportPreview done = importCsv("\uFEFFcountry;round;framework;element;stage;source;note\r\n"
                + "CL;" + label + ";faro-national-2016;D1.1.1;Formativo;Informe 2016, anexo;\r\n"
                + "CO;" + label + ";faro-national-2016;D1.1.1;4;;\"nota; con punto y coma\"\r\n");

        assertThat(done.added()).isEqualTo(2);
        assertThat(stages(label)).containsExactly(Map.entry("CL D1.1.1", 2), Map.entry("CO D1.1.1", 4));
        assertThat(results.inRound(round(label).id())).extracting(ImportedResults.Stored::source, ImportedResults.Stored::note)
                .containsExactly(tuple("Informe 2016, anexo", null), tuple(null, "nota; con punto y coma"));
    }

    @Test
    void importsAWorkbook() {
        String label = newLabel();
        byte[] workbook = xlsx(w -> rows(w.createSheet("Resultados"),
                new Object[] {"country", "round", "framework", "element", "stage"},
                new Object[] {"PE", label, "faro-national-2016", "D1.1.1", 3},
                new Object[] {"PE", label, "faro-national-2016", "D1.1.2", "Estratégico"},
                new Object[] {"URY", label, "faro-national-2016", "D2.1.1", 1}));

        ImportPreview done = importFile(workbook, "resultados.xlsx", false, false);

        assertThat(done.added()).isEqualTo(3);
        assertThat(stages(label)).containsExactly(Map.entry("PE D1.1.1", 3), Map.entry("PE D1.1.2", 4), Map.entry("UY D2.1.1", 1));
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndWritesNoBatch() {
        String label = newLabel();
        String csv = HEADER
                + "EC," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "EC," + label + ",faro-national-2016,D1.1.2,3,,\n";
        importCsv(csv);
        Counts before = counts();

        ImportPreview again = importCsv(csv);

        assertThat(again.added()).isZero();
        assertThat(again.replaced()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.rounds()).singleElement().satisfies(r -> {
            assertThat(r.created()).isFalse();
            assertThat(r.roundId()).isEqualTo(round(label).id());
            assertThat(r.results()).isEqualTo(2);
        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDryRunShowsWhatWouldChangeAndWritesNothing() {
        String label = newLabel();
        Counts before = counts();

        ImportPreview preview = importFile((HEADER + "GT," + label + ",faro-national-2016,D1.1.1,2,,\n").getBytes(UTF_8),
                "resultados.csv", false, true);

        assertThat(preview.added()).isEqualTo(1);
        assertThat(preview.rounds()).containsExactly(new ImportPreview.RoundChange(null, label, NATIONAL_2016, true, 1, 1, false));
        assertThat(counts()).isEqualTo(before);
        assertThat(assessments.roundLabelled(label)).isEmpty();
    }

    // ---- each field's problems ------------------------------------------------------------------

    @Test
    void refusesAnUnknownCountryAndAcceptsAnAlpha3Code() {
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "ARG," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "XX," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "US," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "," + label + ",faro-national-2016,D1.1.1,2,,\n"))
                .containsExactly(
                        problem("country", 3, "insight.import.country", "XX"),
                        problem("country", 4, "insight.import.country", "US"),
                        problem("country", 5, "insight.import.required", "country"));

        importCsv(HEADER + "ARG," + label + ",faro-national-2016,D1.1.1,2,,\n" + "ury," + label + ",faro-national-2016,D1.1.1,3,,\n");
        assertThat(stages(label)).containsExactly(Map.entry("AR D1.1.1", 2), Map.entry("UY D1.1.1", 3));
    }

    @Test
    void refusesAnElementTheModelDoesNotHave() {
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "AR," + label + ",faro-national-2016,D9.9,2,,\n"
                + "AR," + label + ",faro-national-2016,D1,2,,\n"
                + "AR," + label + ",faro-national-2016,,2,,\n"))
                .containsExactly(
                        problem("element", 3, "insight.import.element", "D9.9", NATIONAL_2016),
                        problem("element", 4, "insight.import.element", "D1", NATIONAL_2016),
                        problem("element", 5, "insight.import.required", "element"));
    }

    @Test
    void refusesAStageOutsideOneToFive() {
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,6,,\n"
                + "AR," + label + ",faro-national-2016,D1.1.2,0,,\n"
                + "AR," + label + ",faro-national-2016,D1.1.3,dos,,\n"
                + "AR," + label + ",faro-national-2016,D1.2.1,,,\n"))
                .containsExactly(
                        problem("stage", 2, "insight.import.stage", "6"),
                        problem("stage", 3, "insight.import.stage", "0"),
                        problem("stage", 4, "insight.import.stage", "dos"),
                        problem("stage", 5, "insight.import.required", "stage"));
    }

    @Test
    void readsStageNamesInSpanishEnglishPortugueseAndFrench() {
        String label = newLabel();
        importCsv(HEADER
                + "BO," + label + ",faro-national-2016,D1.1.1,inicial,,\n"
                + "BO," + label + ",faro-national-2016,D1.1.2,Formative,,\n"
                + "BO," + label + ",faro-national-2016,D1.1.3,ESTABELECIDO,,\n"
                + "BO," + label + ",faro-national-2016,D1.2.1,stratégique,,\n"
                + "BO," + label + ",faro-national-2016,D1.2.2,Dinâmico,,\n"
                + "BO," + label + ",faro-national-2016,D1.2.3,Démarrage,,\n"
                + "BO," + label + ",faro-national-2016,D1.2.4,Start Up,,\n"
                + "BO," + label + ",faro-national-2016,D1.3.1,consolidada,,\n"
                + "BO," + label + ",faro-national-2016,D1.3.2,dinamico,,\n");

        assertThat(stages(label)).containsExactly(
                Map.entry("BO D1.1.1", 1), Map.entry("BO D1.1.2", 2), Map.entry("BO D1.1.3", 3),
                Map.entry("BO D1.2.1", 4), Map.entry("BO D1.2.2", 5), Map.entry("BO D1.2.3", 1),
                Map.entry("BO D1.2.4", 1), Map.entry("BO D1.3.1", 3), Map.entry("BO D1.3.2", 5));
    }

    @Test
    void refusesTwoStagesForOneCountryRoundAndElementNamingTheFirstLine() {
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "MX," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "ARG," + label.toUpperCase(java.util.Locale.ROOT) + ",faro-national-2016,D1.1.1,3,,\n"))
                .containsExactly(problem("stage", 4, "insight.import.duplicate", "AR", label.toUpperCase(java.util.Locale.ROOT),
                        "D1.1.1", 2));
    }

    @Test
    void readsTheSameRowTwiceAsOne() {
        String label = newLabel();
        ImportPreview done = importCsv(HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "AR," + label + ",faro-national-2016,D1.1.1,formativo,,\n");

        assertThat(done.rows()).isEqualTo(2);
        assertThat(done.added()).isEqualTo(1);
        assertThat(stages(label)).containsExactly(Map.entry("AR D1.1.1", 2));
    }

    @Test
    void refusesALatin1FileNamingTheLineOfItsFirstBadByte() {
        String label = newLabel();
        byte[] latin1 = (HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,Estudio,\n"
                + "MX," + label + ",faro-national-2016,D1.1.1,2,Evaluación,\n"
                + "UY," + label + ",faro-national-2016,D1.1.1,2,Evaluación,\n").getBytes(ISO_8859_1);

        assertThat(refused(() -> importFile(latin1, "resultados.csv", false, false)))
                .containsExactly(problem("file", 3, "tables.file.notUtf8"));
    }

    @Test
    void refusesAnEmptyFileAndOneWithOnlyAHeader() {
        assertThat(refused(() -> importFile(new byte[0], "resultados.csv", false, false)))
                .containsExactly(problem("file", 0, "tables.file.empty"));
        assertThat(refused(() -> importFile("\n \n".getBytes(UTF_8), "resultados.csv", false, false)))
                .containsExactly(problem("file", 0, "tables.file.empty"));
        assertThat(refusedCsv(HEADER)).containsExactly(problem("file", 0, "insight.import.noRows"));
        assertThat(refused(() -> importFile(HEADER.getBytes(UTF_8), "resultados.txt", false, false)))
                .containsExactly(problem("file", 0, "tables.file.type"));
    }

    @Test
    void reportsAMissingColumnAndAMisspeltOneTogether() {
        String label = newLabel();
        assertThat(refusedCsv("country,round,element,stge\nAR," + label + ",D1.1.1,2\n"))
                .containsExactly(
                        problem("header", 1, "insight.import.header.unknown", "stge", "country, round, framework, element, stage",
                                "source, note"),
                        problem("header", 1, "insight.import.header.missing", "framework"),
                        problem("header", 1, "insight.import.header.missing", "stage"));
        assertThat(refusedCsv("country,round,framework,element,stage,Country\nAR," + label + ",faro-national-2016,D1.1.1,2,AR\n"))
                .containsExactly(problem("header", 1, "insight.import.header.twice", "country"));
    }

    @Test
    void acceptsTheColumnsInAnyOrderAndAnyCase() {
        String label = newLabel();
        importCsv("Note,STAGE,element,Source,framework,round,Country\n"
                + "una nota,3,D1.1.1,un informe,faro-national-2016," + label + ",CR\n");

        var stored = results.inRound(round(label).id());
        assertThat(stored).extracting(ImportedResults.Stored::country, ImportedResults.Stored::elementId,
                        ImportedResults.Stored::stage, ImportedResults.Stored::source, ImportedResults.Stored::note)
                .containsExactly(tuple("CR", "D1.1.1", 3, "un informe", "una nota"));
    }

    @Test
    void refusesAWorkbookWithAFormulaNamingItsCellAndOneWithTwoSheets() {
        String label = newLabel();
        byte[] formula = xlsx(w -> {
            XSSFSheet sheet = w.createSheet("Resultados");
            rows(sheet, new Object[] {"country", "round", "framework", "element", "stage"},
                    new Object[] {"AR", label, "faro-national-2016", "D1.1.1", 2},
                    new Object[] {"AR", label, "faro-national-2016", "D1.1.2", 2});
            sheet.getRow(2).getCell(4).setCellFormula("E2+1");
        });
        assertThat(refused(() -> importFile(formula, "resultados.xlsx", false, false)))
                .containsExactly(problem("file", 3, "tables.file.formula", "E3"));

        byte[] twoSheets = xlsx(w -> {
            rows(w.createSheet("Resultados"), new Object[] {"country", "round", "framework", "element", "stage"},
                    new Object[] {"AR", label, "faro-national-2016", "D1.1.1", 2});
            w.createSheet("Notas");
        });
        assertThat(refused(() -> importFile(twoSheets, "resultados.xlsx", false, false)))
                .containsExactly(problem("file", 0, "tables.file.sheets", 2));
    }

    // ---- stored results, rounds and frameworks ----------------------------------------------------

    @Test
    void aRowContradictingAStoredResultIsAnErrorUnlessReplaceIsChosen() {
        String label = newLabel();
        importCsv(HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,2,Primera fuente,\n"
                + "AR," + label + ",faro-national-2016,D1.1.2,2,,\n");
        String changed = HEADER
                + "AR," + label + ",faro-national-2016,D1.1.1,3,Segunda fuente,Revisado\n"
                + "AR," + label + ",faro-national-2016,D1.1.2,2,,\n"
                + "AR," + label + ",faro-national-2016,D1.1.3,1,,\n";

        assertThat(refusedCsv(changed)).containsExactly(problem("stage", 2, "insight.import.conflict", "AR", label, "D1.1.1", 2, 3));

        Counts before = counts();
        ImportPreview done = importFile(changed.getBytes(UTF_8), "resultados.csv", true, false);

        assertThat(done.added()).isEqualTo(1);
        assertThat(done.replaced()).isEqualTo(1);
        assertThat(done.unchanged()).isEqualTo(1);
        assertThat(counts()).isEqualTo(new Counts(before.results() + 1, before.batches() + 1, before.rounds(), before.pending()));
        assertThat(stages(label)).containsExactly(Map.entry("AR D1.1.1", 3), Map.entry("AR D1.1.2", 2), Map.entry("AR D1.1.3", 1));
        assertThat(results.find(round(label).id(), "AR", "D1.1.1").orElseThrow())
                .satisfies(r -> {
                    assertThat(r.source()).isEqualTo("Segunda fuente");
                    assertThat(r.note()).isEqualTo("Revisado");
                });
    }

    @Test
    void refusesARowForARoundPinnedToAnotherVersion() {
        String id = uploadTwoVersions();
        String label = newLabel();
        newRound(label, new FrameworkRef(id, "1.0.0"));

        assertThat(refusedCsv(HEADER + "AR," + label + "," + id + "@1.1.0,D1.1.1,2,,\n"))
                .containsExactly(problem("framework", 2, "insight.import.roundPinned", label, id + "@1.0.0", id + "@1.1.0"));
        assertThat(refusedCsv(HEADER + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"))
                .containsExactly(problem("framework", 2, "insight.import.roundPinned", label, id + "@1.0.0", NATIONAL_2016));
    }

    @Test
    void aFrameworkWithoutVersionIsTheRoundsOwnOrElseTheLatest() {
        String id = uploadTwoVersions();
        String existing = newLabel();
        newRound(existing, new FrameworkRef(id, "1.0.0"));
        String created = newLabel();

        importCsv(HEADER
                + "AR," + existing + "," + id + ",D1.1.1,2,,\n"
                + "AR," + created + "," + id + ",D1.2,4,,\n");

        assertThat(round(existing).framework()).isEqualTo(new FrameworkRef(id, "1.0.0"));
        assertThat(results.inRound(round(existing).id())).extracting(r -> r.framework().version()).containsExactly("1.0.0");
        assertThat(round(created).framework()).isEqualTo(new FrameworkRef(id, "1.1.0"));
        assertThat(results.inRound(round(created).id())).extracting(r -> r.framework().version()).containsExactly("1.1.0");
    }

    @Test
    void refusesTwoVersionsForOneNewRoundNamingTheLineOfTheFirst() {
        String id = uploadTwoVersions();
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "AR," + label + "," + id + ",D1.1.1,2,,\n"
                + "MX," + label + "," + id + "@1.0.0,D1.1.1,2,,\n"))
                .containsExactly(problem("framework", 3, "insight.import.roundFramework", label, id + "@1.1.0", 2));
    }

    @Test
    void refusesUnknownFrameworksAndControlBaselines() {
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "AR," + label + ",faro-egov-baseline-1,D1.1.1,2,,\n"
                + "AR," + label + ",faro-egov-baseline-1@1.0.0,D1.1.1,2,,\n"
                + "AR," + label + ",no-such-model,D1.1.1,2,,\n"
                + "AR," + label + ",faro-national-2016@9.9.9,D1.1.1,2,,\n"
                + "AR," + label + ",faro-national-2016@,D1.1.1,2,,\n"
                + "AR," + label + ",,D1.1.1,2,,\n"))
                .containsExactly(
                        problem("framework", 2, "insight.import.frameworkKind", "faro-egov-baseline-1"),
                        problem("framework", 3, "insight.import.frameworkKind", "faro-egov-baseline-1@1.0.0"),
                        problem("framework", 4, "insight.import.framework", "no-such-model"),
                        problem("framework", 5, "insight.import.framework", "faro-national-2016@9.9.9"),
                        problem("framework", 6, "insight.import.framework", "faro-national-2016@"),
                        problem("framework", 7, "insight.import.required", "framework"));
    }

    @Test
    void refusesACountryWithItsOwnAssessmentInTheRound() {
        // In the demo round Brazil's assessment is published, Mexico's in review and Argentina's a draft.
        String csv = HEADER
                + "BR," + DEMO_ROUND + ",faro-national-2021,D1.1.1,2,,\n"
                + "MX," + DEMO_ROUND + ",faro-national-2021,D1.1.1,2,,\n"
                + "ARG," + DEMO_ROUND + ",faro-national-2021,D1.1.1,2,,\n"
                + "HN," + DEMO_ROUND + ",faro-national-2021,D1.1.1,2,,\n";
        assertThat(refusedCsv(csv)).containsExactly(
                problem("country", 2, "insight.import.nativeExists", "BR", DEMO_ROUND),
                problem("country", 3, "insight.import.nativeExists", "MX", DEMO_ROUND),
                problem("country", 4, "insight.import.nativeExists", "AR", DEMO_ROUND));

        // A country without an assessment there may receive one (a dry run, to leave the demo round as it is).
        ImportPreview preview = importFile((HEADER + "HN," + DEMO_ROUND + ",faro-national-2021,D1.1.1,2,,\n").getBytes(UTF_8),
                "resultados.csv", false, true);
        assertThat(preview.added()).isEqualTo(1);
        assertThat(preview.rounds()).singleElement().satisfies(r -> {
            assertThat(r.created()).isFalse();
            assertThat(r.roundId()).isEqualTo(round(DEMO_ROUND).id());
        });
    }

    @Test
    void refusesARoundOfAgencySelfAssessments() {
        String agencyRound = "Autoevaluación institucional 2026";
        assertThat(refusedCsv(HEADER + "UY," + agencyRound + ",faro-egov-baseline-1,GV,2,,\n"
                + "UY," + agencyRound + ",faro-national-2021,D1.1.1,2,,\n"))
                .containsExactly(
                        problem("round", 2, "insight.import.roundKind", agencyRound),
                        problem("round", 3, "insight.import.roundKind", agencyRound));
    }

    @Test
    void checksTheLengthOfRoundSourceAndNote() {
        String longLabel = "2016-" + "x".repeat(116);
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "AR," + longLabel + ",faro-national-2016,D1.1.1,2,,\n"
                + "AR," + label + ",faro-national-2016,D1.1.1,2," + "s".repeat(301) + ",\n"
                + "AR," + label + ",faro-national-2016,D1.1.2,2,," + "n".repeat(1001) + "\n"))
                .containsExactly(
                        problem("round", 2, "insight.import.tooLong", "round", 120),
                        problem("source", 3, "insight.import.tooLong", "source", 300),
                        problem("note", 4, "insight.import.tooLong", "note", 1000));

        importCsv(HEADER + "AR," + label + ",faro-national-2016,D1.1.1,2," + "s".repeat(300) + "," + "ñ".repeat(1000) + "\n");
        assertThat(results.find(round(label).id(), "AR", "D1.1.1").orElseThrow().note()).hasSize(1000);
    }

    @Test
    void reportsEveryProblemOfTheFileWithItsLine() {
        String label = newLabel();
        assertThat(refusedCsv(HEADER
                + "XX," + label + ",faro-national-2016,D9,7,,\n"
                + "AR," + label + ",faro-national-2016,D1.1.1,2,,\n"
                + "AR,,faro-national-2016,D1.1.1,2,,\n"))
                .containsExactly(
                        problem("country", 2, "insight.import.country", "XX"),
                        problem("element", 2, "insight.import.element", "D9", NATIONAL_2016),
                        problem("stage", 2, "insight.import.stage", "7"),
                        problem("round", 4, "insight.import.required", "round"));
    }

    // ---- publishing ---------------------------------------------------------------------------------

    @Test
    void publishingARoundWithoutImportedResultsIsAConflict() {
        RoundView demo = round(DEMO_ROUND);
        assertThatThrownBy(() -> asCoordinator(() -> imports.publish(demo.id())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.field()).isEqualTo("round");
                    assertThat(e.messageCode()).isEqualTo("insight.import.nothingToPublish");
                    assertThat(e.args()).containsExactly(DEMO_ROUND);
                });
        assertThat(imports.isPublished(demo.id())).isFalse();
        assertThatThrownBy(() -> asCoordinator(() -> imports.publish(Long.MAX_VALUE))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aResultAnotherImportStoredMeanwhileUndoesTheWholeImport() throws Exception {
        String label = newLabel();
        importCsv(HEADER + "SR," + label + ",faro-national-2016,D1.1.1,2,,\n");
        long round = round(label).id();
        Counts before = counts();
        var started = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        // Another import's transaction stores SR D1.1.2 and commits only once this import has checked its file.
        var other = Executors.newSingleThreadExecutor().submit(() -> transactions.executeWithoutResult(status -> {
            long batch = jdbc.sql("insert into import_batch (file_name, sha256, row_count, added, replaced, unchanged, imported_by, "
                    + "imported_at) values ('otro.csv', 'x', 1, 1, 0, 0, 'otro', current_timestamp)").update() > 0
                    ? jdbc.sql("select max(id) from import_batch").query(Long.class).single() : 0;
            jdbc.sql("insert into imported_result (round_id, country, framework_id, framework_version, element_id, stage, batch_id, "
                    + "imported_by, imported_at) values (?, 'SR', 'faro-national-2016', '1.0.0', 'D1.1.2', 4, ?, 'otro', current_timestamp)")
                    .params(round, batch).update();
            started.countDown();
            waitFor(finish);
        }));
        started.await();
        var thisImport = Executors.newSingleThreadExecutor().submit(() -> catchThrowableOfType(
                InvalidInputException.class,
                () -> importCsv(HEADER + "SR," + label + ",faro-national-2016,D1.1.3,3,,\n" + "SR," + label + ",faro-national-2016,D1.1.2,3,,\n")));
        Thread.sleep(500); // this import now waits on the other's row
        finish.countDown();
        other.get();

        var refusal = thisImport.get();
        assertThat(refusal).isNotNull();
        assertThat(refusal.isConflict()).isTrue();
        assertThat(refusal.problems()).containsExactly(FieldProblem.at("file", "insight.import.concurrent"));
        assertThat(stages(label)).containsExactly(Map.entry("SR D1.1.1", 2), Map.entry("SR D1.1.2", 4));
        assertThat(counts()).isEqualTo(new Counts(before.results() + 1, before.batches() + 1, before.rounds(), before.pending()));
    }

    static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the page's preview-then-confirm -----------------------------------------------------------

    @Test
    void keepsAPreviewedFileForItsImporterUntilConfirmed() {
        String label = newLabel();
        byte[] csv = (HEADER + "PA," + label + ",faro-national-2016,D1.1.1,2,,\n").getBytes(UTF_8);
        Counts before = counts();

        PendingImport pending = asCoordinator(() -> imports.prepare(csv, "C:\\Datos\\resultados.csv", false));

        assertThat(pending.token()).matches("[0-9a-f]{48}");
        assertThat(pending.preview().fileName()).isEqualTo("resultados.csv");
        assertThat(pending.preview().added()).isEqualTo(1);
        assertThat(counts()).isEqualTo(new Counts(before.results(), before.batches(), before.rounds(), before.pending() + 1));
        assertThat(asCoordinator(() -> imports.pending(pending.token())).preview()).isEqualTo(pending.preview());
        // Another coordinator's file is not theirs to see or confirm.
        assertThatThrownBy(() -> as("other.pc@test.faro.lat", Grant.programme(Role.PROGRAMME_COORDINATOR),
                () -> imports.confirm(pending.token()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("other.pc@test.faro.lat", Grant.programme(Role.PROGRAMME_COORDINATOR),
                () -> imports.pending(pending.token()))).isInstanceOf(NotFoundException.class);

        ImportPreview done = asCoordinator(() -> imports.confirm(pending.token()));

        assertThat(done.added()).isEqualTo(1);
        assertThat(done.rounds()).singleElement().satisfies(r -> assertThat(r.roundId()).isEqualTo(round(label).id()));
        assertThat(counts()).isEqualTo(new Counts(before.results() + 1, before.batches() + 1, before.rounds() + 1, before.pending()));
        assertThatThrownBy(() -> asCoordinator(() -> imports.confirm(pending.token()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFileWithProblemsIsNotKept() {
        Counts before = counts();
        assertThatThrownBy(() -> asCoordinator(() -> imports.prepare((HEADER + "XX,r,faro-national-2016,D1.1.1,2,,\n")
                .getBytes(UTF_8), "resultados.csv", false))).isInstanceOf(InvalidInputException.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void confirmingChecksTheFileAgainstWhatIsStoredNow() {
        String label = newLabel();
        byte[] first = (HEADER + "PY," + label + ",faro-national-2016,D1.1.1,2,,\n").getBytes(UTF_8);
        PendingImport pending = asCoordinator(() -> imports.prepare(first, "resultados.csv", false));
        importCsv(HEADER + "PY," + label + ",faro-national-2016,D1.1.1,4,,\n");

        assertThat(refused(() -> asCoordinator(() -> imports.confirm(pending.token()))))
                .containsExactly(problem("stage", 2, "insight.import.conflict", "PY", label, "D1.1.1", 4, 2));
        assertThat(stages(label)).containsExactly(Map.entry("PY D1.1.1", 4));
    }

    // ---- who may ---------------------------------------------------------------------------------------

    @Test
    void onlyProgrammeCoordinatorsAndAdminsMayImportOrPublish() {
        String label = newLabel();
        byte[] csv = (HEADER + "MX," + label + ",faro-national-2016,D1.1.1,2,,\n").getBytes(UTF_8);
        PendingImport pending = asCoordinator(() -> imports.prepare(csv, "resultados.csv", false));
        Counts before = counts();
        long demo = round(DEMO_ROUND).id();
        Grant national = Grant.country(Role.NATIONAL_COORDINATOR, "MX");
        Grant countryCoordinator = Grant.country(Role.PROGRAMME_COORDINATOR, "MX");

        for (Grant grant : List.of(national, countryCoordinator)) {
            String who = "nc.mx@test.faro.lat";
            assertThatThrownBy(() -> as(who, grant, () -> imports.importFile(csv, "resultados.csv", false, false)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, grant, () -> imports.importFile(csv, "resultados.csv", false, true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, grant, () -> imports.prepare(csv, "resultados.csv", false)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, grant, () -> imports.pending(pending.token())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, grant, () -> imports.confirm(pending.token())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, grant, () -> imports.publish(demo))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, grant, () -> imports.roundSummary(demo))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(counts()).isEqualTo(before);

        ImportPreview byAdmin = as("admin.import@test.faro.lat", Grant.programme(Role.ADMIN),
                () -> imports.importFile(csv, "resultados.csv", false, false));
        assertThat(byAdmin.added()).isEqualTo(1);
    }

    // ---- the audit trail --------------------------------------------------------------------------

    @Test
    void importsAndPublicationsReachTheAuditTrail() {
        String label = newLabel();
        ImportPreview done = importCsv(HEADER + "DM," + label + ",faro-national-2016,D1.1.1,2,,\n");
        long batch = jdbc.sql("select max(id) from import_batch where sha256 = ?").param(done.sha256()).query(Long.class).single();
        long round = round(label).id();
        asCoordinator(() -> imports.publish(round));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<AuditEntry> imported = audit.search(new AuditQuery("insight.", null, "import:" + batch, null, null, 0, 50)).entries();
            assertThat(imported).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("insight.import.committed");
                assertThat(e.actor()).isEqualTo(COORDINATOR);
                assertThat(e.details()).containsEntry("file", "resultados.csv").containsEntry("added", "1")
                        .containsEntry("sha256", done.sha256());
            });
            List<AuditEntry> published = audit.search(new AuditQuery("insight.", null, "round:" + round, null, null, 0, 50)).entries();
            assertThat(published).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("insight.round.published");
                assertThat(e.actor()).isEqualTo(COORDINATOR);
                assertThat(e.details()).containsEntry("label", label).containsEntry("results", "1");
            });
        });
    }

    // ---- a file counted by hand ---------------------------------------------------------------------

    /**
     * Ten countries, three elements each, written the ways people write them (alpha-3 codes, stage
     * names in four languages, a repeated row, odd case). The expected stages below were worked out
     * by hand from the rows, not computed.
     */
    @Test
    void storesWhatAHandCountOfASmallFileSays() {
        String r = newLabel();
        String f = "faro-national-2016";
        String csv = "country;round;framework;element;stage;source\n"
                + "AR;" + r + ";" + f + ";D1.1.1;2;Informe\n"
                + "AR;" + r + ";" + f + ";D2.1;Inicial;Informe\n"
                + "AR;" + r + ";" + f + ";D1.2.1;consolidado;Informe\n"
                + "BRA;" + r + ";" + f + ";D1.1.1;Formativo;\n"
                + "BRA;" + r + ";" + f + ";D2.1;3;\n"
                + "BRA;" + r + ";" + f + ";D1.2.1;Estratégico;\n"
                + "cl;" + r + ";" + f + ";D1.1.1;start-up;\n"
                + "cl;" + r + ";" + f + ";D2.1;1;\n"
                + "cl;" + r + ";" + f + ";D1.2.1;formative;\n"
                + "COL;" + r + ";" + f + ";D1.1.1;Established;\n"
                + "COL;" + r + ";" + f + ";D2.1;4;\n"
                + "COL;" + r + ";" + f + ";D1.2.1;DYNAMIC;\n"
                + "CR;" + r + ";" + f + ";D1.1.1;démarrage;\n"
                + "CR;" + r + ";" + f + ";D2.1;formatif;\n"
                + "CR;" + r + ";" + f + ";D1.2.1;établi;\n"
                + "DO;" + r + ";" + f + ";D1.1.1;Estabelecido;\n"
                + "DO;" + r + ";" + f + ";D2.1;Dinâmico;\n"
                + "DO;" + r + ";" + f + ";D1.2.1;2;\n"
                + "DO;" + r + ";" + f + ";D1.2.1;2;\n"
                + "ECU;" + r + ";" + f + ";D1.1.1;5;\n"
                + "ECU;" + r + ";" + f + ";D2.1;Dinamica;\n"
                + "ECU;" + r + ";" + f + ";D1.2.1;stratégique;\n"
                + "GT;" + r + ";" + f + ";D1.1.1;1;\n"
                + "GT;" + r + ";" + f + ";D2.1;1;\n"
                + "GT;" + r + ";" + f + ";D1.2.1;1;\n"
                + "JAM;" + r + ";" + f + ";D1.1.1;Start Up;\n"
                + "JAM;" + r + ";" + f + ";D2.1;formativa;\n"
                + "JAM;" + r + ";" + f + ";D1.2.1;3;\n"
                + "uy;" + r + ";" + f + ";D1.1.1;4;\n"
                + "uy;" + r + ";" + f + ";D2.1;Consolidada;\n"
                + "uy;" + r + ";" + f + ";D1.2.1;Strategic;\n";

        ImportPreview done = importCsv(csv);

        Map<String, int[]> byHand = new LinkedHashMap<>();
        // country → stages of D1.1.1, D1.2.1, D2.1
        byHand.put("AR", new int[] {2, 3, 1});
        byHand.put("BR", new int[] {2, 4, 3});
        byHand.put("CL", new int[] {1, 2, 1});
        byHand.put("CO", new int[] {3, 5, 4});
        byHand.put("CR", new int[] {1, 3, 2});
        byHand.put("DO", new int[] {3, 2, 5});
        byHand.put("EC", new int[] {5, 4, 5});
        byHand.put("GT", new int[] {1, 1, 1});
        byHand.put("JM", new int[] {1, 3, 2});
        byHand.put("UY", new int[] {4, 4, 3});
        var expected = new TreeMap<String, Integer>();
        byHand.forEach((country, s) -> {
            expected.put(country + " D1.1.1", s[0]);
            expected.put(country + " D1.2.1", s[1]);
            expected.put(country + " D2.1", s[2]);
        });

        assertThat(done.rows()).isEqualTo(31);
        assertThat(done.added()).isEqualTo(30);
        assertThat(done.rounds()).singleElement().satisfies(change -> {
            assertThat(change.countries()).isEqualTo(10);
            assertThat(change.results()).isEqualTo(30);
        });
        assertThat(expected).hasSize(30);
        assertThat(stages(r)).isEqualTo(expected);
        // The stages' sum, counted by hand too: 6 + 9 + 4 + 12 + 6 + 10 + 14 + 3 + 6 + 11.
        assertThat(stages(r).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(81);
        assertThat(asCoordinator(() -> imports.roundSummary(round(r).id())))
                .isEqualTo(new HistoricImport.RoundSummary(round(r).id(), r, NATIONAL_2016, 30, 10, false));
        var perStage = new TreeMap<Integer, Long>();
        stages(r).values().forEach(s -> perStage.merge(s, 1L, Long::sum));
        assertThat(perStage).containsExactly(Map.entry(1, 8L), Map.entry(2, 6L), Map.entry(3, 7L), Map.entry(4, 5L),
                Map.entry(5, 4L));
    }
}
