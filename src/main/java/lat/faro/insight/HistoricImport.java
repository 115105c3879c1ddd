package lat.faro.insight;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentQueries;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.directory.CountryView;
import lat.faro.directory.DirectoryQueries;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkKind;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.tables.Table;
import lat.faro.shared.tables.TableFiles;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the results of rounds a programme ran before Faro: a CSV or XLSX file with one stage
 * per country, round, framework and element (factor or aspect). Every row is checked and every
 * problem reported with its line; the import is all-or-nothing; importing the same file again
 * changes nothing; a row that contradicts a stored result is an error unless the importer asked to
 * replace. Imported results count in the statistics once their round is published. For programme
 * coordinators and admins.
 */
@Service
@Transactional
public class HistoricImport {

    /** The header columns, in the documented order; any order is accepted. */
    public static final List<String> REQUIRED = List.of("country", "round", "framework", "element", "stage");
    public static final List<String> OPTIONAL = List.of("source", "note");
    static final int MAX_PROBLEMS = 200;
    static final Duration PENDING_FOR = Duration.ofHours(2);

    private final ImportedResults results;
    private final AssessmentQueries assessments;
    private final AssessmentManagement management;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final StageNames stageNames;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    HistoricImport(ImportedResults results, AssessmentQueries assessments, AssessmentManagement management,
            FrameworkLibrary frameworks, DirectoryQueries directory, StageNames stageNames, Access access,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.results = results;
        this.assessments = assessments;
        this.management = management;
        this.frameworks = frameworks;
        this.directory = directory;
        this.stageNames = stageNames;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- the two-step flow of the page: preview, then confirm -------------------------------------

    /** Checks the file and keeps it for confirmation; the problems, line by line, if any. */
    public PendingImport prepare(byte[] content, String fileName, boolean replace) {
        String actor = allowed();
        Plan plan = analyse(content, fileName, replace);
        Instant now = clock.instant();
        results.removePendingBefore(now.minus(PENDING_FOR));
        String token = HexFormat.of().formatHex(randomBytes());
        results.addPending(token, plan.preview.fileName(), content, plan.preview.sha256(), replace, actor, now);
        return new PendingImport(token, replace, plan.preview);
    }

    /** A kept file, checked again against what is stored now. */
    @Transactional(readOnly = true)
    public PendingImport pending(String token) {
        ImportedResults.Pending pending = pendingOf(token);
        return new PendingImport(token, pending.replace(), analyse(pending.content(), pending.fileName(), pending.replace()).preview);
    }

    /** The name of a kept file. */
    @Transactional(readOnly = true)
    public String fileName(String token) {
        return pendingOf(token).fileName();
    }

    /** Imports a kept file, after checking it again; the file is then forgotten. */
    public ImportPreview confirm(String token) {
        ImportedResults.Pending pending = pendingOf(token);
        // Claimed first: a second confirmation (a double click) waits on the row and then finds it gone.
        if (results.removePending(token) == 0) {
            throw new NotFoundException("insight.import.pendingGone");
        }
        return apply(analyse(pending.content(), pending.fileName(), pending.replace()));
    }

    // ---- in one step (the API) ---------------------------------------------------------------------

    /** Checks and, unless {@code dryRun}, imports the file in one transaction. */
    public ImportPreview importFile(byte[] content, String fileName, boolean replace, boolean dryRun) {
        allowed();
        Plan plan = analyse(content, fileName, replace);
        return dryRun ? plan.preview : apply(plan);
    }

    /** Publishes a round's imported results: they count in the statistics from now on. */
    public boolean publish(long roundId) {
        String actor = allowed();
        RoundView round = assessments.round(roundId)
                .orElseThrow(() -> new NotFoundException("assessment.round.notFound", roundId));
        int count = results.inRound(roundId).size();
        if (count == 0) {
            throw lat.faro.shared.web.InvalidFieldException.conflict("round", "insight.import.nothingToPublish", round.label());
        }
        boolean published = results.publish(roundId, actor, clock.instant());
        if (published) {
            events.publishEvent(new ImportedRoundPublished(roundId, round.label(), count, actor));
        }
        return published;
    }

    /** A round's imported results at a glance: how many, for how many countries, and whether published. */
    public record RoundSummary(long roundId, String label, String framework, int results, int countries, boolean published) {
    }

    @Transactional(readOnly = true)
    public RoundSummary roundSummary(long roundId) {
        allowed();
        RoundView round = assessments.round(roundId)
                .orElseThrow(() -> new NotFoundException("assessment.round.notFound", roundId));
        var stored = results.inRound(roundId);
        return new RoundSummary(roundId, round.label(), round.framework().toString(), stored.size(),
                (int) stored.stream().map(ImportedResults.Stored::country).distinct().count(), results.isPublished(roundId));
    }

    @Transactional(readOnly = true)
    public boolean isPublished(long roundId) {
        return results.isPublished(roundId);
    }

    // ---- checking -------------------------------------------------------------------------------------

    private record Operation(Kind kind, String roundLabel, @Nullable Long roundId, FrameworkRef framework, String country,
            String element, int stage, @Nullable String source, @Nullable String note, @Nullable Long existingId) {
    }

    private enum Kind { ADD, REPLACE, SAME }

    private record Plan(ImportPreview preview, List<Operation> operations, Map<String, FrameworkRef> newRounds) {
    }

    private Plan analyse(byte[] content, String fileName, boolean replace) {
        String name = fileName == null || fileName.isBlank() ? "import" : cleanName(fileName);
        Table table = TableFiles.read(content, name);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(table, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (table.rows().isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.at("file", "insight.import.noRows")));
        }
        record Seen(int line, int stage) {
        }
        Map<String, Seen> seen = new HashMap<>();
        Map<String, FrameworkRef> roundFrameworks = new LinkedHashMap<>();
        Map<String, Integer> roundFirstLine = new HashMap<>();
        Map<String, Optional<RoundView>> existingRounds = new HashMap<>();
        Map<Long, Set<String>> nativeCountries = new HashMap<>();
        // A round's stored results, read once: a file may have tens of thousands of rows.
        Map<Long, Map<String, ImportedResults.Stored>> storedResults = new HashMap<>();
        // The library reads its stored versions on every lookup; a file names a few frameworks many times.
        Map<String, Optional<Framework>> frameworkLookups = new HashMap<>();
        List<Operation> operations = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            int line = row.line();
            String countryText = cell(row, columns, "country");
            String label = cell(row, columns, "round");
            String frameworkText = cell(row, columns, "framework");
            String element = cell(row, columns, "element");
            String stageText = cell(row, columns, "stage");
            String source = optional(row, columns, "source");
            String note = optional(row, columns, "note");
            int before = problems.size();

            CountryView country = countryText.isEmpty() ? null : directory.country(countryText).orElse(null);
            if (country == null) {
                problems.add(new FieldProblem("country", line, countryText.isEmpty() ? "insight.import.required" : "insight.import.country",
                        countryText.isEmpty() ? "country" : countryText));
            }
            if (label.isEmpty()) {
                problems.add(new FieldProblem("round", line, "insight.import.required", "round"));
            } else if (label.length() > 120) {
                problems.add(new FieldProblem("round", line, "insight.import.tooLong", "round", 120));
            }
            Optional<RoundView> existing = label.isEmpty() ? Optional.empty()
                    : existingRounds.computeIfAbsent(label.toLowerCase(Locale.ROOT), k -> assessments.roundLabelled(label));
            Framework framework = framework(frameworkText, existing, line, problems, frameworkLookups);
            if (framework != null && !element.isEmpty() && framework.unit(element).isEmpty() && framework.factor(element).isEmpty()) {
                problems.add(new FieldProblem("element", line, "insight.import.element", element, framework.ref().toString()));
            } else if (element.isEmpty()) {
                problems.add(new FieldProblem("element", line, "insight.import.required", "element"));
            }
            Integer stage = stageText.isEmpty() ? null : stageNames.stage(stageText).orElse(null);
            if (stage == null) {
                problems.add(new FieldProblem("stage", line, stageText.isEmpty() ? "insight.import.required" : "insight.import.stage",
                        stageText.isEmpty() ? "stage" : stageText));
            }
            if (source != null && source.length() > 300) {
                problems.add(new FieldProblem("source", line, "insight.import.tooLong", "source", 300));
            }
            if (note != null && note.length() > 1000) {
                problems.add(new FieldProblem("note", line, "insight.import.tooLong", "note", 1000));
            }
            if (problems.size() > before || country == null || framework == null || stage == null) {
                continue;
            }
            String roundKey = label.toLowerCase(Locale.ROOT);
            // One round, one framework version: the file's rows and the stored round must agree.
            FrameworkRef roundFramework = roundFrameworks.putIfAbsent(roundKey, framework.ref());
            if (roundFramework != null && !roundFramework.equals(framework.ref())) {
                problems.add(new FieldProblem("framework", line, "insight.import.roundFramework", label, roundFramework.toString(),
                        roundFirstLine.get(roundKey)));
                continue;
            }
            roundFirstLine.putIfAbsent(roundKey, line);
            if (existing.isPresent()) {
                RoundView round = existing.get();
                if (nativeCountries.computeIfAbsent(round.id(), assessments::countriesWithAssessmentIn).contains(country.iso2())) {
                    problems.add(new FieldProblem("country", line, "insight.import.nativeExists", country.iso2(), label));
                    continue;
                }
            }
            String key = roundKey + "|" + country.iso2() + "|" + element;
            Seen first = seen.putIfAbsent(key, new Seen(line, stage));
            if (first != null) {
                if (first.stage() != stage) {
                    problems.add(new FieldProblem("stage", line, "insight.import.duplicate", country.iso2(), label, element,
                            first.line()));
                }
                continue; // the same result twice: one is enough
            }
            Long roundId = existing.map(RoundView::id).orElse(null);
            var stored = roundId == null ? Optional.<ImportedResults.Stored>empty()
                    : Optional.ofNullable(storedResults.computeIfAbsent(roundId, this::storedIn).get(country.iso2() + "|" + element));
            Kind kind = Kind.ADD;
            Long existingId = null;
            if (stored.isPresent()) {
                existingId = stored.get().id();
                if (stored.get().stage() == stage) {
                    kind = Kind.SAME;
                } else if (replace) {
                    kind = Kind.REPLACE;
                } else {
                    problems.add(new FieldProblem("stage", line, "insight.import.conflict", country.iso2(), label, element,
                            stored.get().stage(), stage));
                    continue;
                }
            }
            operations.add(new Operation(kind, existing.map(RoundView::label).orElse(label), roundId, framework.ref(),
                    country.iso2(), element, stage, source, note, existingId));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        }
        Map<String, FrameworkRef> newRounds = new LinkedHashMap<>();
        Map<String, ImportPreview.RoundChange> rounds = new LinkedHashMap<>();
        for (Operation op : operations) {
            String roundKey = op.roundLabel().toLowerCase(Locale.ROOT);
            if (op.roundId() == null) {
                newRounds.putIfAbsent(roundKey, op.framework());
            }
        }
        for (Map.Entry<String, FrameworkRef> round : roundFrameworks.entrySet()) {
            List<Operation> ofRound = operations.stream().filter(o -> o.roundLabel().equalsIgnoreCase(round.getKey())).toList();
            Optional<RoundView> existing = existingRounds.getOrDefault(round.getKey(), Optional.empty());
            String label = existing.map(RoundView::label).orElse(ofRound.isEmpty() ? round.getKey() : ofRound.getFirst().roundLabel());
            rounds.put(round.getKey(), new ImportPreview.RoundChange(existing.map(RoundView::id).orElse(null), label,
                    round.getValue().toString(), existing.isEmpty(),
                    (int) ofRound.stream().map(Operation::country).distinct().count(), ofRound.size(),
                    existing.map(r -> results.isPublished(r.id())).orElse(false)));
        }
        int added = (int) operations.stream().filter(o -> o.kind() == Kind.ADD).count();
        int replaced = (int) operations.stream().filter(o -> o.kind() == Kind.REPLACE).count();
        int unchanged = (int) operations.stream().filter(o -> o.kind() == Kind.SAME).count();
        var preview = new ImportPreview(name, DigestUtils.sha256Hex(content), table.rows().size(), List.copyOf(rounds.values()),
                added, replaced, unchanged);
        return new Plan(preview, operations, newRounds);
    }

    /** A round's stored results by "country|element". */
    private Map<String, ImportedResults.Stored> storedIn(long roundId) {
        Map<String, ImportedResults.Stored> stored = new HashMap<>();
        results.inRound(roundId).forEach(r -> stored.put(r.country() + "|" + r.elementId(), r));
        return stored;
    }

    private @Nullable Framework framework(String text, Optional<RoundView> round, int line, List<FieldProblem> problems,
            Map<String, Optional<Framework>> lookups) {
        if (round.isPresent() && round.get().kind() != RoundKind.NATIONAL) {
            // Whatever framework the row names, the round holds agency self-assessments.
            problems.add(new FieldProblem("round", line, "insight.import.roundKind", round.get().label()));
            return null;
        }
        if (text.isEmpty()) {
            problems.add(new FieldProblem("framework", line, "insight.import.required", "framework"));
            return null;
        }
        int at = text.indexOf('@');
        String id = at < 0 ? text : text.substring(0, at);
        String version = at < 0 ? null : text.substring(at + 1);
        Optional<Framework> found;
        if (!FrameworkRef.isId(id) || (version != null && !FrameworkRef.isVersion(version))) {
            found = Optional.empty();
        } else if (version != null) {
            FrameworkRef ref = new FrameworkRef(id, version);
            found = lookups.computeIfAbsent(ref.toString(), k -> frameworks.find(ref));
        } else if (round.isPresent() && round.get().framework().id().equals(id)) {
            // a round's own version, when none is written
            found = lookups.computeIfAbsent(round.get().framework().toString(), k -> frameworks.find(round.get().framework()));
        } else {
            found = lookups.computeIfAbsent(id, k -> frameworks.latest(id));
        }
        if (found.isEmpty()) {
            problems.add(new FieldProblem("framework", line, "insight.import.framework", text));
            return null;
        }
        if (found.get().kind() != FrameworkKind.MATURITY_MODEL) {
            problems.add(new FieldProblem("framework", line, "insight.import.frameworkKind", text));
            return null;
        }
        if (round.isPresent() && !round.get().framework().equals(found.get().ref())) {
            problems.add(new FieldProblem("framework", line, "insight.import.roundPinned", round.get().label(),
                    round.get().framework().toString(), found.get().ref().toString()));
            return null;
        }
        return found.get();
    }

    private Map<String, Integer> columns(Table table, List<FieldProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new FieldProblem("header", 1, "insight.import.header.unknown", table.header().get(i),
                        String.join(", ", REQUIRED), String.join(", ", OPTIONAL)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new FieldProblem("header", 1, "insight.import.header.twice", name));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new FieldProblem("header", 1, "insight.import.header.missing", required));
            }
        }
        return columns;
    }

    private static String cell(Table.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
    }

    private static @Nullable String optional(Table.Row row, Map<String, Integer> columns, String name) {
        String value = cell(row, columns, name);
        return value.isEmpty() ? null : value;
    }

    // ---- writing ----------------------------------------------------------------------------------------

    private ImportPreview apply(Plan plan) {
        ImportPreview preview = plan.preview;
        if (preview.changesNothing()) {
            return preview;
        }
        String actor = String.valueOf(access.userName());
        Instant now = clock.instant();
        Map<String, Long> created = new HashMap<>();
        for (Map.Entry<String, FrameworkRef> round : plan.newRounds.entrySet()) {
            String label = plan.operations.stream().filter(o -> o.roundLabel().equalsIgnoreCase(round.getKey()))
                    .map(Operation::roundLabel).findFirst().orElse(round.getKey());
            RoundView made = management.createRound(new RoundDraft(label, RoundKind.NATIONAL, round.getValue(), null, null, null));
            created.put(round.getKey(), made.id());
        }
        long batch = results.addBatch(preview.fileName(), preview.sha256(), preview.rows(), preview.added(), preview.replaced(),
                preview.unchanged(), actor, now);
        List<ImportedResults.New> added = new ArrayList<>();
        try {
            for (Operation op : plan.operations) {
                long roundId = op.roundId() != null ? op.roundId() : created.get(op.roundLabel().toLowerCase(Locale.ROOT));
                switch (op.kind()) {
                    case ADD -> added.add(new ImportedResults.New(roundId, op.country(), op.framework(), op.element(), op.stage(),
                            op.source(), op.note()));
                    case REPLACE -> results.replace(op.existingId(), op.stage(), op.source(), op.note(), batch, actor, now);
                    case SAME -> { }
                }
            }
            results.add(added, batch, actor, now);
        } catch (DuplicateKeyException e) {
            // Another import stored one of these results after this file was checked; all of this one is undone.
            throw new InvalidInputException(List.of(FieldProblem.at("file", "insight.import.concurrent")), true);
        }
        events.publishEvent(new HistoricResultsImported(batch, preview.fileName(), preview.sha256(), preview.added(),
                preview.replaced(), preview.unchanged(), actor));
        List<ImportPreview.RoundChange> rounds = preview.rounds().stream()
                .map(r -> r.roundId() != null ? r : new ImportPreview.RoundChange(created.get(r.label().toLowerCase(Locale.ROOT)),
                        r.label(), r.framework(), r.created(), r.countries(), r.results(), r.published()))
                .toList();
        return new ImportPreview(preview.fileName(), preview.sha256(), preview.rows(), rounds, preview.added(),
                preview.replaced(), preview.unchanged());
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private String allowed() {
        if (!access.programmeWide(Role.ADMIN, Role.PROGRAMME_COORDINATOR)) {
            throw new AccessDeniedException("import");
        }
        return String.valueOf(access.userName());
    }

    private ImportedResults.Pending pendingOf(String token) {
        String actor = allowed();
        return results.pending(token)
                .filter(p -> p.createdBy().equals(actor))
                .filter(p -> p.createdAt().isAfter(clock.instant().minus(PENDING_FOR)))
                .orElseThrow(() -> new NotFoundException("insight.import.pendingGone"));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return bytes;
    }

    static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
