package lat.faro.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkKind;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.framework.Indicator;
import lat.faro.shared.AuditableEvent;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
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
 * Moves one assessment revision between Faro instances as a versioned JSON document (format
 * {@value #FORMAT}, version {@value #FORMAT_VERSION}; described field by field in
 * {@code docs/assessment-json.md}).
 *
 * <p>Export needs someone who works on the assessment (the document holds comments and
 * consultations, which the public does not see) and holds only the evidence that person may see.
 * Import is for programme-wide administrators: every field is checked first and every problem is
 * reported with its JSON path ({@code judgements[3].outcome}); then everything is written in one
 * transaction, keeping the original actors and times, or nothing is.
 */
@Service
@Transactional
public class AssessmentTransfer {

    public static final String FORMAT = "faro-assessment";
    public static final int FORMAT_VERSION = 1;

    /** Times and dates outside these bounds are refused: both databases store them, and no real record has them. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final int ACTOR_MAX = 320;

    private final Rounds rounds;
    private final Assessments assessments;
    private final Judgements judgements;
    private final EvidenceItems evidence;
    private final Notes notes;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final AssessmentPermissions permissions;
    private final Access access;
    private final AssessmentSettings settings;
    private final ApplicationEventPublisher events;

    AssessmentTransfer(Rounds rounds, Assessments assessments, Judgements judgements, EvidenceItems evidence, Notes notes,
            FrameworkLibrary frameworks, DirectoryQueries directory, AssessmentPermissions permissions, Access access,
            AssessmentSettings settings, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.judgements = judgements;
        this.evidence = evidence;
        this.notes = notes;
        this.frameworks = frameworks;
        this.directory = directory;
        this.permissions = permissions;
        this.access = access;
        this.settings = settings;
        this.events = events;
    }

    // ---- the document -------------------------------------------------------------------------

    /** A whole assessment revision, without database ids. */
    @Schema(name = "AssessmentExport", description = "A whole assessment revision as a versioned JSON document")
    public record Document(
            @Schema(description = "Always \"faro-assessment\"", example = FORMAT) @Nullable String format,
            @Schema(description = "The version of this format; 1", example = "1") @Nullable Integer formatVersion,
            @Schema(description = "When the document was made; ignored on import") @Nullable Instant exportedAt,
            @Schema(description = "Who made it; ignored on import") @Nullable String exportedBy,
            @Schema(description = "The assessment's framework as id@version", example = "faro-national-2021@1.0.0") @Nullable String framework,
            @Nullable RoundDoc round,
            @Schema(description = "The member state's alpha-2 code", example = "AR") @Nullable String country,
            @Schema(description = "The agency of an agency self-assessment; null for a national assessment") @Nullable OrganisationRef organisation,
            @Schema(description = "The revision within the round, from 1", example = "1") @Nullable Integer revision,
            @Schema(description = "DRAFT, IN_REVIEW, VALIDATED, PUBLISHED or SUPERSEDED") @Nullable String status,
            @Nullable String createdBy,
            @Nullable Instant createdAt,
            @Nullable Instant publishedAt,
            @Nullable List<JudgementDoc> judgements,
            @Nullable List<EvidenceDoc> evidence,
            @Nullable List<CommentDoc> comments,
            @Nullable List<StepDoc> transitions,
            @Nullable List<ConsultationDoc> consultations,
            @Nullable List<DecisionDoc> decisions,
            @Nullable List<PlanDoc> roadmap) {
    }

    /** The round, found again by its label on import (and opened if there is none). */
    @Schema(name = "AssessmentExportRound")
    public record RoundDoc(@Nullable String label, @Schema(description = "NATIONAL or AGENCY") @Nullable String kind,
            @Schema(description = "id@version") @Nullable String framework, @Nullable String programme,
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String createdBy, @Nullable Instant createdAt) {
    }

    /** An organisation, by its name within its country (ids differ between instances). */
    @Schema(name = "AssessmentExportOrganisation")
    public record OrganisationRef(@Nullable String name, @Nullable String country) {
    }

    @Schema(name = "AssessmentExportJudgement")
    public record JudgementDoc(@Nullable String indicator, @Nullable String outcome, @Nullable Integer tier,
            @Nullable String rationale, @Nullable String notApplicableReason, @Nullable Boolean carriedOver,
            @Nullable String recordedBy, @Nullable Instant recordedAt) {
    }

    @Schema(name = "AssessmentExportEvidence")
    public record EvidenceDoc(@Nullable String indicator, @Schema(description = "FILE, URL or DOCUMENT") @Nullable String kind,
            @Nullable String title, @Nullable String url, @Nullable String fileName, @Nullable String contentType,
            @Nullable Long sizeBytes, @Schema(description = "SHA-256 of the content, lower-case hex") @Nullable String sha256,
            @Schema(description = "The file's bytes in Base64; FILE items only") @Nullable String content,
            @Nullable LocalDate documentDate, @Nullable String source,
            @Schema(description = "PUBLIC, PROGRAMME or COUNTRY") @Nullable String confidentiality,
            @Nullable Boolean carriedOver, @Nullable String addedBy, @Nullable Instant addedAt) {
    }

    @Schema(name = "AssessmentExportComment")
    public record CommentDoc(@Nullable String factor, @Nullable String body, @Nullable String author, @Nullable Instant createdAt) {
    }

    @Schema(name = "AssessmentExportTransition")
    public record StepDoc(@Nullable String from, @Nullable String to, @Nullable String note, @Nullable String actor,
            @Nullable Instant at) {
    }

    @Schema(name = "AssessmentExportConsultation")
    public record ConsultationDoc(@Nullable LocalDate heldOn, @Nullable String title, @Nullable List<String> clusters,
            @Nullable String notes, @Nullable String recordedBy, @Nullable Instant recordedAt,
            @Nullable List<StatementDoc> statements) {
    }

    @Schema(name = "AssessmentExportStatement")
    public record StatementDoc(@Nullable String cluster, @Nullable String element, @Nullable String body,
            @Nullable Boolean divergent) {
    }

    @Schema(name = "AssessmentExportDecision")
    public record DecisionDoc(@Nullable String element, @Nullable String question, @Nullable String views,
            @Nullable String rationale, @Nullable String decidedBy, @Nullable Instant decidedAt) {
    }

    @Schema(name = "AssessmentExportPlan")
    public record PlanDoc(@Nullable String indicator, @Schema(description = "HIGH, MEDIUM or LOW") @Nullable String priority,
            @Nullable String owner, @Nullable LocalDate targetDate, @Nullable String updatedBy, @Nullable Instant updatedAt) {
    }

    // ---- export -------------------------------------------------------------------------------

    /** The document of one assessment revision; 404 unless the current person works on it. */
    @Transactional(readOnly = true)
    public Document export(long id) {
        AssessmentView a = assessments.find(id).filter(permissions::canWorkOn)
                .orElseThrow(() -> new NotFoundException("assessment.notFound", id));
        RoundView round = rounds.find(a.roundId()).orElseThrow();
        Framework framework = frameworks.get(a.framework());
        Map<String, Integer> order = new HashMap<>();
        List<Indicator> indicators = framework.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            order.put(indicators.get(i).id(), i);
        }
        Comparator<String> byFramework = Comparator.comparing((String s) -> order.getOrDefault(s, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());

        OrganisationRef organisation = null;
        if (a.organisationId() != null) {
            OrganisationView o = directory.organisation(a.organisationId()).orElseThrow();
            organisation = new OrganisationRef(o.name(), o.country());
        }
        List<JudgementDoc> judged = judgements.of(id).values().stream()
                .sorted(Comparator.comparing(JudgementView::indicatorId, byFramework))
                .map(j -> new JudgementDoc(j.indicatorId(), j.outcome().name(), j.tier(), j.rationale(),
                        j.notApplicableReason(), j.carriedOver(), j.recordedBy(), j.recordedAt()))
                .toList();
        List<EvidenceDoc> items = evidence.of(id).stream()
                .filter(e -> permissions.canSeeEvidence(a, e))
                .map(e -> new EvidenceDoc(e.indicatorId(), e.kind().name(), e.title(), e.url(), e.fileName(),
                        e.contentType(), e.sizeBytes(), e.sha256(),
                        e.sha256() == null ? null : evidence.blob(e.sha256()).map(b -> Base64.getEncoder().encodeToString(b)).orElse(null),
                        e.documentDate(), e.source(), e.confidentiality().name(), e.carriedOver(), e.addedBy(), e.addedAt()))
                .toList();
        List<CommentDoc> comments = notes.comments(id).stream()
                .map(c -> new CommentDoc(c.factorId(), c.body(), c.author(), c.createdAt())).toList();
        List<StepDoc> steps = notes.transitions(id).stream()
                .map(t -> new StepDoc(t.from() == null ? null : t.from().name(), t.to().name(), t.note(), t.actor(), t.at()))
                .toList();
        List<ConsultationDoc> consultations = notes.consultations(id).stream()
                .map(c -> new ConsultationDoc(c.heldOn(), c.title(),
                        c.clusters().stream().sorted().map(Cluster::name).toList(), c.notes(), c.recordedBy(),
                        c.recordedAt(), c.statements().stream()
                                .map(s -> new StatementDoc(s.cluster().name(), s.elementId(), s.body(), s.divergent()))
                                .toList()))
                .toList();
        List<DecisionDoc> decisions = notes.decisions(id).stream()
                .map(d -> new DecisionDoc(d.elementId(), d.question(), d.views(), d.rationale(), d.decidedBy(), d.decidedAt()))
                .toList();
        List<PlanDoc> plans = notes.plans(id).values().stream()
                .sorted(Comparator.comparing(Notes.Plan::indicatorId, byFramework))
                .map(p -> new PlanDoc(p.indicatorId(), p.priority().name(), p.owner(), p.targetDate(), p.updatedBy(),
                        p.updatedAt()))
                .toList();
        return new Document(FORMAT, FORMAT_VERSION, Instant.now(), access.userName(), a.framework().toString(),
                new RoundDoc(round.label(), round.kind().name(), round.framework().toString(), round.programmeSlug(),
                        round.startsOn(), round.endsOn(), round.createdBy(), round.createdAt()),
                a.country(), organisation, a.revision(), a.status().name(), a.createdBy(), a.createdAt(), a.publishedAt(),
                judged, items, comments, steps, consultations, decisions, plans);
    }

    // ---- import -------------------------------------------------------------------------------

    /**
     * Creates the assessment revision the document describes, with its round if no round has that
     * label. Refused as a whole (400, every problem with its path) when anything in it is wrong, and
     * with a 409 when the subject already has that revision in the round.
     *
     * @return the new assessment's id
     */
    public long importDocument(Document doc) {
        if (!access.programmeWide(Role.ADMIN)) {
            throw new AccessDeniedException("import");
        }
        Checked checked = new Check(doc).run();
        return write(checked);
    }

    /** Everything the writer needs, checked and converted. */
    private record Checked(Document doc, Framework framework, @Nullable RoundView existingRound, RoundDraft roundDraft,
            String roundCreatedBy, Instant roundCreatedAt, String country, @Nullable Long organisationId, int revision,
            AssessmentStatus status, List<JudgementView> judgements, List<EvidenceView> evidence, Map<String, byte[]> blobs,
            List<TransitionView> transitions, List<ConsultationView> consultations, List<Notes.Plan> plans) {
    }

    private long write(Checked c) {
        Document doc = c.doc();
        long roundId;
        if (c.existingRound() != null) {
            roundId = c.existingRound().id();
        } else {
            try {
                roundId = rounds.add(c.roundDraft(), c.roundCreatedBy(), c.roundCreatedAt());
            } catch (DuplicateKeyException e) {
                throw InvalidFieldException.conflict("round.label", "assessment.round.labelTaken", c.roundDraft().label());
            }
        }
        List<AssessmentView> ofSubject = assessments.ofSubject(c.country(), c.organisationId()).stream()
                .filter(a -> a.roundId() == roundId).toList();
        if (ofSubject.stream().anyMatch(a -> a.revision() == c.revision())) {
            throw InvalidFieldException.conflict("revision", "assessment.transfer.exists", c.country(), Integer.toString(c.revision()),
                    c.roundDraft().label());
        }
        Long previousId = ofSubject.stream().filter(a -> a.revision() == c.revision() - 1).map(AssessmentView::id)
                .findFirst().orElse(null);
        long id;
        try {
            id = assessments.add(roundId, c.country(), c.organisationId(), c.revision(), c.framework().ref(), previousId,
                    null, Objects.requireNonNull(doc.createdBy()), Objects.requireNonNull(doc.createdAt()));
        } catch (DuplicateKeyException e) {
            throw InvalidFieldException.conflict("revision", "assessment.transfer.exists", c.country(), Integer.toString(c.revision()),
                    c.roundDraft().label());
        }
        if (c.status() != AssessmentStatus.DRAFT || doc.publishedAt() != null) {
            assessments.changeStatus(id, 0, c.status(), doc.publishedAt());
        }
        for (JudgementView j : c.judgements()) {
            judgements.insert(id, j);
        }
        c.blobs().forEach(evidence::storeBlob);
        for (EvidenceView e : c.evidence()) {
            evidence.add(id, e);
        }
        for (CommentDoc comment : list(doc.comments())) {
            notes.addComment(id, Objects.requireNonNull(comment.factor()), Objects.requireNonNull(comment.body()),
                    Objects.requireNonNull(comment.author()), Objects.requireNonNull(comment.createdAt()));
        }
        for (TransitionView t : c.transitions()) {
            notes.addTransition(id, t.from(), t.to(), t.note(), t.actor(), t.at());
        }
        for (ConsultationView session : c.consultations()) {
            long sessionId = notes.addSession(id, session.heldOn(), session.title(), session.clusters(), session.notes(),
                    session.recordedBy(), session.recordedAt());
            for (ConsultationView.Statement s : session.statements()) {
                notes.addStatement(sessionId, s.cluster(), s.elementId(), s.body(), s.divergent());
            }
        }
        for (DecisionDoc d : list(doc.decisions())) {
            notes.addDecision(id, Objects.requireNonNull(d.element()), Objects.requireNonNull(d.question()),
                    Objects.requireNonNull(d.views()), Objects.requireNonNull(d.rationale()),
                    Objects.requireNonNull(d.decidedBy()), Objects.requireNonNull(d.decidedAt()));
        }
        for (Notes.Plan plan : c.plans()) {
            notes.setPlan(id, plan);
        }
        String actor = access.userName() == null ? "system" : access.userName();
        events.publishEvent(new AssessmentImported(id, c.country(), roundId, c.revision(), c.status(), actor));
        if (c.status() == AssessmentStatus.PUBLISHED) {
            // As when publishing in Faro: the revision it replaces is superseded, and listeners hear of it.
            Long superseded = null;
            if (previousId != null) {
                AssessmentView previous = assessments.find(previousId).orElseThrow();
                if (previous.status() == AssessmentStatus.PUBLISHED
                        && assessments.changeStatus(previous.id(), previous.version(), AssessmentStatus.SUPERSEDED, null)) {
                    notes.addTransition(previous.id(), AssessmentStatus.PUBLISHED, AssessmentStatus.SUPERSEDED,
                            "revision " + c.revision(), actor, java.time.Instant.now());
                    superseded = previous.id();
                }
            }
            events.publishEvent(new AssessmentPublished(id, c.country(), roundId, c.framework().ref(), c.revision(),
                    superseded, actor));
        }
        return id;
    }

    private static <T> List<T> list(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    /** One pass over the document that collects every problem before anything is written. */
    private final class Check {

        private final Document doc;
        private final List<FieldProblem> problems = new ArrayList<>();

        Check(Document doc) {
            this.doc = doc;
        }

        private void problem(String path, String code, Object... args) {
            problems.add(FieldProblem.at(path, code, args));
        }

        private void stopIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }

        Checked run() {
            if (!FORMAT.equals(doc.format())) {
                problem("format", "assessment.transfer.format", FORMAT);
            }
            if (doc.formatVersion() == null || doc.formatVersion() != FORMAT_VERSION) {
                problem("formatVersion", "assessment.transfer.formatVersion", String.valueOf(doc.formatVersion()), FORMAT_VERSION);
            }
            stopIfAny();
            Framework framework = framework("framework", doc.framework());
            RoundDoc round = doc.round();
            RoundView existingRound = null;
            RoundDraft roundDraft = null;
            Framework roundFramework = null;
            RoundKind kind = null;
            if (round == null) {
                problem("round", "validation.required");
            } else {
                String label = text("round.label", round.label(), 120, true);
                kind = choice("round.kind", round.kind(), RoundKind.class);
                roundFramework = framework("round.framework", round.framework());
                if (kind != null && roundFramework != null
                        && (kind == RoundKind.NATIONAL) != (roundFramework.kind() == FrameworkKind.MATURITY_MODEL)) {
                    problem("round.framework", "assessment.round.frameworkKind");
                }
                if (kind != null && framework != null
                        && (kind == RoundKind.NATIONAL) != (framework.kind() == FrameworkKind.MATURITY_MODEL)) {
                    problem("framework", "assessment.round.frameworkKind");
                }
                String programme = text("round.programme", round.programme(), 60, false);
                if (programme != null && directory.programme(programme).isEmpty()) {
                    problem("round.programme", "assessment.round.unknownProgramme", programme);
                }
                date("round.startsOn", round.startsOn(), false);
                date("round.endsOn", round.endsOn(), false);
                if (round.startsOn() != null && round.endsOn() != null && round.endsOn().isBefore(round.startsOn())) {
                    problem("round.endsOn", "assessment.round.endsBeforeStart");
                }
                actor("round.createdBy", round.createdBy());
                instant("round.createdAt", round.createdAt(), true);
                if (label != null) {
                    existingRound = rounds.findByLabel(label).orElse(null);
                    if (existingRound != null && kind != null && existingRound.kind() != kind) {
                        problem("round.kind", "assessment.transfer.roundKind", existingRound.label(),
                                existingRound.kind().name());
                    }
                    if (kind != null && roundFramework != null) {
                        roundDraft = new RoundDraft(label, kind, roundFramework.ref(), programme, round.startsOn(), round.endsOn());
                    }
                }
            }
            String country = doc.country();
            if (country == null || country.isBlank()) {
                problem("country", "validation.required");
            } else if (!directory.isMemberState(country)) {
                problem("country", "assessment.start.unknownCountry", shorten(country));
            }
            Long organisationId = organisation(kind, country);
            Integer revision = doc.revision();
            if (revision == null) {
                problem("revision", "validation.required");
            } else if (revision < 1 || revision > 10_000) {
                problem("revision", "assessment.transfer.revision");
            }
            AssessmentStatus status = choice("status", doc.status(), AssessmentStatus.class);
            actor("createdBy", doc.createdBy());
            instant("createdAt", doc.createdAt(), true);
            instant("publishedAt", doc.publishedAt(), false);

            List<JudgementView> judged = framework == null ? List.of() : judgements(framework);
            Map<String, byte[]> blobs = new LinkedHashMap<>();
            List<EvidenceView> items = framework == null ? List.of() : evidence(framework, blobs);
            if (framework != null) {
                comments(framework);
                decisions(framework);
            }
            List<TransitionView> steps = transitions();
            List<ConsultationView> sessions = framework == null ? List.of() : consultations(framework);
            List<Notes.Plan> plans = framework == null ? List.of() : plans(framework);
            stopIfAny();
            return new Checked(doc, Objects.requireNonNull(framework), existingRound, Objects.requireNonNull(roundDraft),
                    Objects.requireNonNull(round.createdBy()), Objects.requireNonNull(round.createdAt()),
                    Objects.requireNonNull(country), organisationId, Objects.requireNonNull(revision),
                    Objects.requireNonNull(status), judged, items, blobs, steps, sessions, plans);
        }

        private @Nullable Long organisation(@Nullable RoundKind kind, @Nullable String country) {
            OrganisationRef ref = doc.organisation();
            if (kind == RoundKind.NATIONAL && ref != null) {
                problem("organisation", "assessment.transfer.organisationNational");
                return null;
            }
            if (kind != RoundKind.AGENCY) {
                return null;
            }
            if (ref == null) {
                problem("organisation", "assessment.start.organisationRequired");
                return null;
            }
            String name = text("organisation.name", ref.name(), 200, true);
            if (ref.country() == null || !ref.country().equals(country)) {
                problem("organisation.country", "assessment.start.unknownOrganisation");
                return null;
            }
            if (name == null) {
                return null;
            }
            Optional<OrganisationView> found = directory.organisationsIn(country).stream()
                    .filter(o -> o.name().equals(name)).findFirst();
            if (found.isEmpty()) {
                problem("organisation.name", "assessment.transfer.organisation", name, country);
                return null;
            }
            return found.get().id();
        }

        private List<JudgementView> judgements(Framework framework) {
            List<JudgementView> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<JudgementDoc> docs = list(doc.judgements());
            for (int i = 0; i < docs.size(); i++) {
                String at = "judgements[" + i + "]";
                JudgementDoc j = docs.get(i);
                if (j == null) {
                    problem(at, "validation.required");
                    continue;
                }
                String indicator = indicator(framework, at + ".indicator", j.indicator(), seen);
                Outcome outcome = choice(at + ".outcome", j.outcome(), Outcome.class);
                if (outcome != null) {
                    if (framework.isBaseline() && !EnumSet.of(Outcome.RATED, Outcome.NOT_ASSESSED, Outcome.NOT_APPLICABLE)
                            .contains(outcome)) {
                        problem(at + ".outcome", "assessment.judgement.outcomeForControl");
                    } else if (!framework.isBaseline() && outcome == Outcome.RATED) {
                        problem(at + ".outcome", "assessment.judgement.outcomeForIndicator");
                    }
                    if (outcome == Outcome.RATED && (j.tier() == null || j.tier() < 0 || j.tier() > 4)) {
                        problem(at + ".tier", "assessment.judgement.tier");
                    } else if (outcome != Outcome.RATED && j.tier() != null) {
                        problem(at + ".tier", "assessment.transfer.tierNotRated");
                    }
                }
                String rationale = text(at + ".rationale", j.rationale(), AssessmentManagement.MAX_TEXT, false);
                String reason = text(at + ".notApplicableReason", j.notApplicableReason(), 1000, false);
                if (outcome == Outcome.NOT_APPLICABLE && reason == null) {
                    problem(at + ".notApplicableReason", "assessment.judgement.reasonRequired");
                } else if (outcome != null && outcome != Outcome.NOT_APPLICABLE && reason != null) {
                    problem(at + ".notApplicableReason", "assessment.transfer.reasonNotApplicable");
                }
                String by = actor(at + ".recordedBy", j.recordedBy());
                Instant when = instant(at + ".recordedAt", j.recordedAt(), true);
                if (indicator != null && outcome != null && by != null && when != null) {
                    result.add(new JudgementView(indicator, outcome, outcome == Outcome.RATED ? j.tier() : null,
                            rationale, reason, Boolean.TRUE.equals(j.carriedOver()), by, when, 0));
                }
            }
            return result;
        }

        private List<EvidenceView> evidence(Framework framework, Map<String, byte[]> blobs) {
            List<EvidenceView> result = new ArrayList<>();
            List<EvidenceDoc> docs = list(doc.evidence());
            for (int i = 0; i < docs.size(); i++) {
                String at = "evidence[" + i + "]";
                EvidenceDoc e = docs.get(i);
                if (e == null) {
                    problem(at, "validation.required");
                    continue;
                }
                String indicator = indicator(framework, at + ".indicator", e.indicator(), null);
                EvidenceKind kind = choice(at + ".kind", e.kind(), EvidenceKind.class);
                String title = text(at + ".title", e.title(), 300, true);
                String source = text(at + ".source", e.source(), 300, false);
                Confidentiality confidentiality = choice(at + ".confidentiality", e.confidentiality(), Confidentiality.class);
                String by = actor(at + ".addedBy", e.addedBy());
                Instant when = instant(at + ".addedAt", e.addedAt(), true);
                date(at + ".documentDate", e.documentDate(), false);
                String url = null;
                String fileName = null;
                String contentType = null;
                Long size = null;
                String sha256 = null;
                if (kind == EvidenceKind.URL) {
                    url = text(at + ".url", e.url(), 2000, true);
                    if (url != null && !AssessmentManagement.isWebAddress(url)) {
                        problem(at + ".url", "validation.url");
                    }
                } else if (kind == EvidenceKind.DOCUMENT) {
                    if (source == null) {
                        problem(at + ".source", "validation.required");
                    }
                    if (e.documentDate() == null) {
                        problem(at + ".documentDate", "validation.required");
                    }
                } else if (kind == EvidenceKind.FILE) {
                    fileName = text(at + ".fileName", e.fileName(), 200, true);
                    if (fileName != null && !fileName.equals(AssessmentManagement.cleanFileName(fileName))) {
                        problem(at + ".fileName", "assessment.transfer.fileName");
                        fileName = null;
                    }
                    byte[] content = content(at + ".content", e.content());
                    if (fileName != null) {
                        contentType = EvidenceFileCheck.typeOf(fileName).orElse(null);
                        if (contentType == null) {
                            problem(at + ".fileName", "assessment.evidence.typeNotAllowed", fileName);
                        } else if (!contentType.equals(e.contentType())) {
                            problem(at + ".contentType", "assessment.transfer.contentType", contentType);
                        } else if (content != null && !EvidenceFileCheck.contentMatches(contentType, content)) {
                            problem(at + ".content", "assessment.evidence.contentMismatch", fileName);
                        }
                    }
                    if (content != null) {
                        if (e.sizeBytes() == null || e.sizeBytes() != content.length) {
                            problem(at + ".sizeBytes", "assessment.transfer.size", Integer.toString(content.length));
                        }
                        String actual = DigestUtils.sha256Hex(content);
                        if (!actual.equals(e.sha256())) {
                            problem(at + ".sha256", "assessment.transfer.sha256");
                        } else {
                            blobs.put(actual, content);
                            sha256 = actual;
                            size = (long) content.length;
                        }
                    }
                }
                if (kind != null && kind != EvidenceKind.FILE && (e.fileName() != null || e.content() != null
                        || e.sha256() != null || e.sizeBytes() != null || e.contentType() != null)) {
                    problem(at + ".kind", "assessment.transfer.fileFields");
                }
                if (kind != null && kind != EvidenceKind.URL && e.url() != null) {
                    problem(at + ".url", "assessment.transfer.urlOnly");
                }
                if (kind == EvidenceKind.URL && e.documentDate() != null) {
                    problem(at + ".documentDate", "assessment.transfer.urlOnly");
                }
                if (indicator != null && kind != null && title != null && confidentiality != null && by != null
                        && when != null) {
                    result.add(new EvidenceView(0, indicator, kind, title, url, fileName, contentType, size, sha256,
                            e.documentDate(), source, confidentiality, Boolean.TRUE.equals(e.carriedOver()), by, when));
                }
            }
            return result;
        }

        private byte @Nullable [] content(String at, @Nullable String base64) {
            if (base64 == null || base64.isEmpty()) {
                problem(at, "assessment.evidence.fileRequired");
                return null;
            }
            // Base64 takes 4 characters for every 3 bytes: refuse before decoding what cannot fit.
            if (base64.length() / 4L * 3 > settings.maxEvidenceBytes() + 3) {
                problem(at, "assessment.evidence.tooLarge", settings.maxEvidenceBytes() / (1024 * 1024));
                return null;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException ex) {
                problem(at, "assessment.transfer.base64");
                return null;
            }
            if (bytes.length == 0) {
                problem(at, "assessment.evidence.fileRequired");
                return null;
            }
            if (bytes.length > settings.maxEvidenceBytes()) {
                problem(at, "assessment.evidence.tooLarge", settings.maxEvidenceBytes() / (1024 * 1024));
                return null;
            }
            return bytes;
        }

        private void comments(Framework framework) {
            List<CommentDoc> docs = list(doc.comments());
            for (int i = 0; i < docs.size(); i++) {
                String at = "comments[" + i + "]";
                CommentDoc c = docs.get(i);
                if (c == null) {
                    problem(at, "validation.required");
                    continue;
                }
                if (c.factor() == null) {
                    problem(at + ".factor", "validation.required");
                } else if (framework.factor(c.factor()).isEmpty() && framework.unit(c.factor()).isEmpty()) {
                    problem(at + ".factor", "assessment.factor.notFound", shorten(c.factor()));
                }
                text(at + ".body", c.body(), AssessmentManagement.MAX_TEXT, true);
                actor(at + ".author", c.author());
                instant(at + ".createdAt", c.createdAt(), true);
            }
        }

        private List<TransitionView> transitions() {
            List<TransitionView> result = new ArrayList<>();
            List<StepDoc> docs = list(doc.transitions());
            for (int i = 0; i < docs.size(); i++) {
                String at = "transitions[" + i + "]";
                StepDoc t = docs.get(i);
                if (t == null) {
                    problem(at, "validation.required");
                    continue;
                }
                AssessmentStatus from = t.from() == null ? null : choice(at + ".from", t.from(), AssessmentStatus.class);
                AssessmentStatus to = choice(at + ".to", t.to(), AssessmentStatus.class);
                String note = text(at + ".note", t.note(), 2000, false);
                String by = actor(at + ".actor", t.actor());
                Instant when = instant(at + ".at", t.at(), true);
                if (to != null && by != null && when != null) {
                    result.add(new TransitionView(from, to, note, by, when));
                }
            }
            return result;
        }

        private List<ConsultationView> consultations(Framework framework) {
            List<ConsultationView> result = new ArrayList<>();
            List<ConsultationDoc> docs = list(doc.consultations());
            for (int i = 0; i < docs.size(); i++) {
                String at = "consultations[" + i + "]";
                ConsultationDoc c = docs.get(i);
                if (c == null) {
                    problem(at, "validation.required");
                    continue;
                }
                date(at + ".heldOn", c.heldOn(), true);
                String title = text(at + ".title", c.title(), 200, true);
                Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);
                List<String> names = list(c.clusters());
                if (names.isEmpty()) {
                    problem(at + ".clusters", "assessment.consultation.clustersRequired");
                }
                for (int k = 0; k < names.size(); k++) {
                    Cluster cluster = choice(at + ".clusters[" + k + "]", names.get(k), Cluster.class);
                    if (cluster != null) {
                        clusters.add(cluster);
                    }
                }
                String sessionNotes = text(at + ".notes", c.notes(), AssessmentManagement.MAX_TEXT, false);
                String by = actor(at + ".recordedBy", c.recordedBy());
                Instant when = instant(at + ".recordedAt", c.recordedAt(), true);
                List<ConsultationView.Statement> statements = new ArrayList<>();
                List<StatementDoc> said = list(c.statements());
                for (int k = 0; k < said.size(); k++) {
                    String sat = at + ".statements[" + k + "]";
                    StatementDoc s = said.get(k);
                    if (s == null) {
                        problem(sat, "validation.required");
                        continue;
                    }
                    Cluster cluster = choice(sat + ".cluster", s.cluster(), Cluster.class);
                    if (cluster != null && !clusters.contains(cluster)) {
                        problem(sat + ".cluster", "assessment.consultation.clusterAbsent");
                    }
                    String element = element(framework, sat + ".element", s.element());
                    String body = text(sat + ".body", s.body(), AssessmentManagement.MAX_TEXT, true);
                    if (cluster != null && element != null && body != null) {
                        statements.add(new ConsultationView.Statement(0, cluster, element, body,
                                Boolean.TRUE.equals(s.divergent())));
                    }
                }
                if (c.heldOn() != null && title != null && !clusters.isEmpty() && by != null && when != null) {
                    result.add(new ConsultationView(0, c.heldOn(), title, clusters, sessionNotes, statements, by, when));
                }
            }
            return result;
        }

        private void decisions(Framework framework) {
            List<DecisionDoc> docs = list(doc.decisions());
            for (int i = 0; i < docs.size(); i++) {
                String at = "decisions[" + i + "]";
                DecisionDoc d = docs.get(i);
                if (d == null) {
                    problem(at, "validation.required");
                    continue;
                }
                element(framework, at + ".element", d.element());
                text(at + ".question", d.question(), 1000, true);
                text(at + ".views", d.views(), AssessmentManagement.MAX_TEXT, true);
                text(at + ".rationale", d.rationale(), AssessmentManagement.MAX_TEXT, true);
                actor(at + ".decidedBy", d.decidedBy());
                instant(at + ".decidedAt", d.decidedAt(), true);
            }
        }

        private List<Notes.Plan> plans(Framework framework) {
            List<Notes.Plan> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<PlanDoc> docs = list(doc.roadmap());
            for (int i = 0; i < docs.size(); i++) {
                String at = "roadmap[" + i + "]";
                PlanDoc p = docs.get(i);
                if (p == null) {
                    problem(at, "validation.required");
                    continue;
                }
                String indicator = indicator(framework, at + ".indicator", p.indicator(), seen);
                Priority priority = choice(at + ".priority", p.priority(), Priority.class);
                String owner = text(at + ".owner", p.owner(), 200, false);
                date(at + ".targetDate", p.targetDate(), false);
                String by = actor(at + ".updatedBy", p.updatedBy());
                Instant when = instant(at + ".updatedAt", p.updatedAt(), true);
                if (indicator != null && priority != null && by != null && when != null) {
                    result.add(new Notes.Plan(indicator, priority, owner, p.targetDate(), by, when));
                }
            }
            return result;
        }

        // ---- field checks ----

        private @Nullable Framework framework(String at, @Nullable String text) {
            if (text == null || text.isBlank()) {
                problem(at, "validation.required");
                return null;
            }
            Optional<Framework> found;
            try {
                found = frameworks.find(FrameworkRef.parse(text));
            } catch (IllegalArgumentException e) {
                found = Optional.empty();
            }
            if (found.isEmpty()) {
                problem(at, "framework.notFound", shorten(text));
                return null;
            }
            return found.get();
        }

        private @Nullable String indicator(Framework framework, String at, @Nullable String id, @Nullable Set<String> seen) {
            if (id == null || id.isBlank()) {
                problem(at, "validation.required");
                return null;
            }
            if (framework.indicator(id).isEmpty()) {
                problem(at, "assessment.indicator.notFound", shorten(id));
                return null;
            }
            if (seen != null && !seen.add(id)) {
                problem(at, "assessment.transfer.duplicate", id);
                return null;
            }
            return id;
        }

        private @Nullable String element(Framework framework, String at, @Nullable String id) {
            if (id == null || id.isBlank()) {
                problem(at, "validation.required");
                return null;
            }
            if (framework.nameOf(id).isEmpty()) {
                problem(at, "assessment.consultation.unknownElement", shorten(id));
                return null;
            }
            return id;
        }

        private <E extends Enum<E>> @Nullable E choice(String at, @Nullable String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                problem(at, "validation.required");
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            problem(at, "assessment.transfer.choice", shorten(value),
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }

        /** The text as written (stored as it is, for a lossless copy), or null when absent or blank. */
        private @Nullable String text(String at, @Nullable String value, int max, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    problem(at, "validation.required");
                }
                return null;
            }
            if (value.length() > max) {
                problem(at, "validation.tooLong.n", max);
                return null;
            }
            return value;
        }

        private @Nullable String actor(String at, @Nullable String value) {
            return text(at, value, ACTOR_MAX, true);
        }

        private @Nullable Instant instant(String at, @Nullable Instant value, boolean required) {
            if (value == null) {
                if (required) {
                    problem(at, "validation.required");
                }
                return null;
            }
            if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
                problem(at, "assessment.transfer.time");
                return null;
            }
            return value;
        }

        private void date(String at, @Nullable LocalDate value, boolean required) {
            if (value == null) {
                if (required) {
                    problem(at, "validation.required");
                }
            } else if (value.getYear() < 1000 || value.getYear() > 9999) {
                problem(at, "assessment.transfer.time");
            }
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
