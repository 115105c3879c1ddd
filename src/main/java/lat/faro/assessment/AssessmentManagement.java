package lat.faro.assessment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkKind;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.Indicator;
import lat.faro.shared.security.Access;
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
 * Everything people do with assessments: open rounds, start a country's assessment (from the
 * previous round's if wished), judge indicators, attach evidence, comment, consult stakeholders,
 * log decisions, move through the workflow and plan the roadmap. Every call checks the current
 * person's role and scope: what they may not see does not exist for them (404), what they may see
 * but not do is refused (403).
 */
@Service
@Transactional
public class AssessmentManagement {

    static final int MAX_TEXT = 4000;

    private final Rounds rounds;
    private final Assessments assessments;
    private final Judgements judgements;
    private final EvidenceItems evidence;
    private final Notes notes;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final AssessmentPermissions permissions;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final AssessmentSettings settings;
    private final Clock clock;

    AssessmentManagement(Rounds rounds, Assessments assessments, Judgements judgements, EvidenceItems evidence, Notes notes,
            FrameworkLibrary frameworks, DirectoryQueries directory, AssessmentPermissions permissions, Access access,
            ApplicationEventPublisher events, AssessmentSettings settings, Optional<Clock> clock) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.judgements = judgements;
        this.evidence = evidence;
        this.notes = notes;
        this.frameworks = frameworks;
        this.directory = directory;
        this.permissions = permissions;
        this.access = access;
        this.events = events;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- rounds ----------------------------------------------------------------------------

    public RoundView createRound(RoundDraft draft) {
        if (!permissions.canManageRounds()) {
            throw new AccessDeniedException("rounds");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String label = draft.label() == null ? "" : draft.label().strip();
        if (label.isEmpty()) {
            problems.add(FieldProblem.at("label", "validation.required"));
        } else if (label.length() > 120) {
            problems.add(FieldProblem.at("label", "assessment.round.labelTooLong", 120));
        } else if (rounds.findByLabel(label).isPresent()) {
            problems.add(FieldProblem.at("label", "assessment.round.labelTaken", label));
        }
        Framework framework = frameworks.find(draft.framework()).orElse(null);
        if (framework == null) {
            problems.add(FieldProblem.at("framework", "framework.notFound", draft.framework().toString()));
        } else if ((draft.kind() == RoundKind.NATIONAL) != (framework.kind() == FrameworkKind.MATURITY_MODEL)) {
            problems.add(FieldProblem.at("framework", "assessment.round.frameworkKind"));
        }
        if (draft.programmeSlug() != null && directory.programme(draft.programmeSlug()).isEmpty()) {
            problems.add(FieldProblem.at("programme", "assessment.round.unknownProgramme", draft.programmeSlug()));
        }
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            problems.add(FieldProblem.at("endsOn", "assessment.round.endsBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            long id = rounds.add(new RoundDraft(label, draft.kind(), draft.framework(), draft.programmeSlug(),
                    draft.startsOn(), draft.endsOn()), actor(), now());
            return rounds.find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw InvalidFieldException.conflict("label", "assessment.round.labelTaken", label);
        }
    }

    @Transactional(readOnly = true)
    public List<RoundView> rounds() {
        return rounds.all();
    }

    @Transactional(readOnly = true)
    public RoundView round(long id) {
        return rounds.find(id).orElseThrow(() -> new NotFoundException("assessment.round.notFound", id));
    }

    /** The assessments of a round the current person may see: the latest visible revision of each subject. */
    @Transactional(readOnly = true)
    public List<AssessmentView> assessmentsIn(long roundId) {
        round(roundId);
        Map<String, AssessmentView> latest = new LinkedHashMap<>();
        for (AssessmentView a : assessments.inRound(roundId)) {
            if (permissions.canView(a)) {
                latest.put(Assessments.subjectKey(a.country(), a.organisationId()), a);
            }
        }
        return List.copyOf(latest.values());
    }

    // ---- starting -----------------------------------------------------------------------------

    /**
     * Starts the assessment of a country (or of an agency, in an agency round). With
     * {@code carryOver}, the judgements and evidence of the subject's latest assessment in an
     * earlier round are copied, each marked carried over, for the assessors to confirm.
     */
    public AssessmentView start(long roundId, String country, @Nullable Long organisationId, boolean carryOver) {
        RoundView round = round(roundId);
        if (!directory.isMemberState(country)) {
            throw InvalidFieldException.invalid("country", "assessment.start.unknownCountry", country);
        }
        if (round.kind() == RoundKind.AGENCY) {
            if (organisationId == null) {
                throw InvalidFieldException.invalid("organisation", "assessment.start.organisationRequired");
            }
            OrganisationView organisation = directory.organisation(organisationId)
                    .filter(o -> country.equals(o.country()))
                    .orElseThrow(() -> InvalidFieldException.invalid("organisation", "assessment.start.unknownOrganisation"));
            organisationId = organisation.id();
        } else {
            organisationId = null;
        }
        if (!permissions.canStart(country, organisationId)) {
            throw new AccessDeniedException("start");
        }
        List<AssessmentView> existing = assessments.ofSubject(country, organisationId);
        if (existing.stream().anyMatch(a -> a.roundId() == roundId)) {
            throw InvalidFieldException.conflict("country", "assessment.start.exists", country);
        }
        AssessmentView source = null;
        if (carryOver) {
            source = existing.stream()
                    .filter(a -> a.roundId() != roundId)
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> InvalidFieldException.invalid("carryOver", "assessment.start.nothingToCarry"));
        }
        long id;
        try {
            id = assessments.add(roundId, country, organisationId, 1, round.framework(), null,
                    source == null ? null : source.id(), actor(), now());
        } catch (DuplicateKeyException e) {
            throw InvalidFieldException.conflict("country", "assessment.start.exists", country);
        }
        notes.addTransition(id, null, AssessmentStatus.DRAFT, null, actor(), now());
        if (source != null) {
            Framework target = frameworks.get(round.framework());
            copyContent(source.id(), id, target, true);
        }
        events.publishEvent(new AssessmentStarted(id, country, roundId, round.framework(),
                source == null ? null : source.id(), actor()));
        return assessments.find(id).orElseThrow();
    }

    /** Copies judgements (of indicators the target framework has) and their evidence. */
    private void copyContent(long fromId, long toId, Framework target, boolean markCarried) {
        for (JudgementView j : judgements.of(fromId).values()) {
            if (target.indicator(j.indicatorId()).isPresent()) {
                judgements.insert(toId, new JudgementView(j.indicatorId(), j.outcome(), j.tier(), j.rationale(),
                        j.notApplicableReason(), markCarried || j.carriedOver(), j.recordedBy(), j.recordedAt(), 0));
            }
        }
        for (EvidenceView e : evidence.of(fromId)) {
            if (target.indicator(e.indicatorId()).isPresent()) {
                evidence.add(toId, new EvidenceView(0, e.indicatorId(), e.kind(), e.title(), e.url(), e.fileName(),
                        e.contentType(), e.sizeBytes(), e.sha256(), e.documentDate(), e.source(), e.confidentiality(),
                        markCarried || e.carriedOver(), e.addedBy(), e.addedAt()));
            }
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The assessment, if the current person may see it; 404 otherwise, so as not to reveal it. */
    @Transactional(readOnly = true)
    public AssessmentView assessment(long id) {
        return assessments.find(id).filter(permissions::canView)
                .orElseThrow(() -> new NotFoundException("assessment.notFound", id));
    }

    /** The assessment for its working pages: a 404 unless the person works on it (the public has the profile). */
    @Transactional(readOnly = true)
    public AssessmentView workingCopy(long id) {
        return assessments.find(id).filter(permissions::canWorkOn)
                .orElseThrow(() -> new NotFoundException("assessment.notFound", id));
    }

    @Transactional(readOnly = true)
    public Framework framework(AssessmentView a) {
        return frameworks.get(a.framework());
    }

    @Transactional(readOnly = true)
    public Map<String, JudgementView> judgements(long id) {
        assessment(id);
        return judgements.of(id);
    }

    /** The evidence items the current person may see. */
    @Transactional(readOnly = true)
    public List<EvidenceView> evidence(long id) {
        AssessmentView a = assessment(id);
        return evidence.of(id).stream().filter(e -> permissions.canSeeEvidence(a, e)).toList();
    }

    @Transactional(readOnly = true)
    public List<CommentView> comments(long id) {
        workingCopy(id);
        return notes.comments(id);
    }

    @Transactional(readOnly = true)
    public List<TransitionView> history(long id) {
        assessment(id);
        return notes.transitions(id);
    }

    @Transactional(readOnly = true)
    public List<ConsultationView> consultations(long id) {
        workingCopy(id);
        return notes.consultations(id);
    }

    @Transactional(readOnly = true)
    public List<DecisionView> decisions(long id) {
        assessment(id);
        return notes.decisions(id);
    }

    /** All revisions of the assessment's subject in its round that the person may see, oldest first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> revisions(long id) {
        AssessmentView a = assessment(id);
        return assessments.ofSubject(a.country(), a.organisationId()).stream()
                .filter(r -> r.roundId() == a.roundId())
                .filter(permissions::canView).toList();
    }

    @Transactional(readOnly = true)
    public AssessmentScore score(long id) {
        AssessmentView a = assessment(id);
        return Scoring.score(framework(a), verdicts(judgements.of(id)));
    }

    @Transactional(readOnly = true)
    public BaselineScore baselineScore(long id, @Nullable Integer targetTier) {
        AssessmentView a = assessment(id);
        int target = targetTier == null ? settings.baselineTargetTier() : targetTier;
        if (target < 1 || target > 4) {
            throw InvalidFieldException.invalid("target", "assessment.baseline.target");
        }
        return Scoring.baseline(framework(a), verdicts(judgements.of(id)), target);
    }

    static Map<String, Verdict> verdicts(Map<String, JudgementView> judgements) {
        Map<String, Verdict> result = new LinkedHashMap<>();
        judgements.forEach((k, v) -> result.put(k, v.verdict()));
        return result;
    }

    // ---- judgements ----------------------------------------------------------------------------

    /**
     * Saves a judgement. The writer names the version they loaded; if someone saved since, a
     * {@link StaleJudgementException} carries the saved judgement and nothing is written.
     */
    public JudgementView judge(long id, String indicatorId, JudgementInput input) {
        AssessmentView a = editable(id);
        Framework framework = framework(a);
        Indicator indicator = framework.indicator(indicatorId)
                .orElseThrow(() -> new NotFoundException("assessment.indicator.notFound", indicatorId));
        List<FieldProblem> problems = new ArrayList<>();
        Integer tier = input.tier();
        if (framework.isBaseline()) {
            if (input.outcome() == Outcome.RATED && (tier == null || tier < 0 || tier > 4)) {
                problems.add(FieldProblem.at("tier", "assessment.judgement.tier"));
            }
            if (input.outcome() != Outcome.RATED && input.outcome() != Outcome.NOT_ASSESSED
                    && input.outcome() != Outcome.NOT_APPLICABLE) {
                problems.add(FieldProblem.at("outcome", "assessment.judgement.outcomeForControl"));
            }
        } else if (input.outcome() == Outcome.RATED) {
            problems.add(FieldProblem.at("outcome", "assessment.judgement.outcomeForIndicator"));
        }
        if (input.outcome() != Outcome.RATED) {
            tier = null;
        }
        String rationale = trimmed(input.rationale());
        String reason = trimmed(input.notApplicableReason());
        if (input.outcome() == Outcome.NOT_APPLICABLE && reason == null) {
            problems.add(FieldProblem.at("notApplicableReason", "assessment.judgement.reasonRequired"));
        }
        if (input.outcome() != Outcome.NOT_APPLICABLE) {
            reason = null;
        }
        if (rationale != null && rationale.length() > MAX_TEXT) {
            problems.add(FieldProblem.at("rationale", "validation.tooLong.n", MAX_TEXT));
        }
        if (reason != null && reason.length() > 1000) {
            problems.add(FieldProblem.at("notApplicableReason", "validation.tooLong.n", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<JudgementView> saved = judgements.find(id, indicator.id());
        long expected = input.expectedVersion() == null ? -1 : input.expectedVersion();
        Instant now = now();
        if (saved.isEmpty()) {
            if (expected >= 0) {
                // The writer saw a judgement that is gone: only possible after a migration; treat as new.
                expected = -1;
            }
            try {
                judgements.insert(id, new JudgementView(indicator.id(), input.outcome(), tier, rationale, reason, false,
                        actor(), now, 0));
            } catch (DuplicateKeyException e) {
                throw new StaleJudgementException(judgements.find(id, indicator.id()).orElseThrow());
            }
        } else if (expected != saved.get().version()
                || !judgements.update(id, indicator.id(), expected, input.outcome(), tier, rationale, reason, actor(), now)) {
            throw new StaleJudgementException(judgements.find(id, indicator.id()).orElseThrow());
        }
        evidence.confirm(id, indicator.id());
        events.publishEvent(new JudgementRecorded(id, a.country(), indicator.id(), input.outcome(), tier, actor()));
        return judgements.find(id, indicator.id()).orElseThrow();
    }

    // ---- evidence ---------------------------------------------------------------------------------

    public EvidenceView addEvidence(long id, String indicatorId, EvidenceInput input) {
        AssessmentView a = editable(id);
        Framework framework = framework(a);
        framework.indicator(indicatorId)
                .orElseThrow(() -> new NotFoundException("assessment.indicator.notFound", indicatorId));
        List<FieldProblem> problems = new ArrayList<>();
        String title = trimmed(input.title());
        if (title == null) {
            problems.add(FieldProblem.at("title", "validation.required"));
        } else if (title.length() > 300) {
            problems.add(FieldProblem.at("title", "validation.tooLong.n", 300));
        }
        String url = null;
        String fileName = null;
        String contentType = null;
        Long size = null;
        String sha256 = null;
        String source = trimmed(input.source());
        if (source != null && source.length() > 300) {
            problems.add(FieldProblem.at("source", "validation.tooLong.n", 300));
        }
        switch (input.kind()) {
            case URL -> {
                url = trimmed(input.url());
                if (url == null) {
                    problems.add(FieldProblem.at("url", "validation.required"));
                } else if (!isWebAddress(url)) {
                    problems.add(FieldProblem.at("url", "validation.url"));
                }
            }
            case DOCUMENT -> {
                if (source == null) {
                    problems.add(FieldProblem.at("source", "validation.required"));
                }
                if (input.documentDate() == null) {
                    problems.add(FieldProblem.at("documentDate", "validation.required"));
                } else if (input.documentDate().isAfter(LocalDate.now(clock))) {
                    problems.add(FieldProblem.at("documentDate", "assessment.evidence.dateInFuture"));
                }
            }
            case FILE -> {
                byte[] content = input.content();
                fileName = input.fileName() == null ? null : cleanFileName(input.fileName());
                if (content == null || content.length == 0 || fileName == null) {
                    problems.add(FieldProblem.at("file", "assessment.evidence.fileRequired"));
                } else if (content.length > settings.maxEvidenceBytes()) {
                    problems.add(FieldProblem.at("file", "assessment.evidence.tooLarge",
                            settings.maxEvidenceBytes() / (1024 * 1024)));
                } else {
                    contentType = EvidenceFileCheck.typeOf(fileName).orElse(null);
                    if (contentType == null) {
                        problems.add(FieldProblem.at("file", "assessment.evidence.typeNotAllowed", fileName));
                    } else if (!EvidenceFileCheck.contentMatches(contentType, content)) {
                        problems.add(FieldProblem.at("file", "assessment.evidence.contentMismatch", fileName));
                    } else {
                        size = (long) content.length;
                        sha256 = DigestUtils.sha256Hex(content);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (sha256 != null) {
            evidence.storeBlob(sha256, input.content());
        }
        var item = new EvidenceView(0, indicatorId, input.kind(), title, url, fileName, contentType, size, sha256,
                input.kind() == EvidenceKind.URL ? null : input.documentDate(), source, input.confidentiality(), false,
                actor(), now());
        long evidenceId = evidence.add(id, item);
        events.publishEvent(new EvidenceAdded(id, a.country(), evidenceId, indicatorId, input.kind(), sha256, actor()));
        return evidence.find(id, evidenceId).orElseThrow();
    }

    public void removeEvidence(long id, long evidenceId) {
        AssessmentView a = editable(id);
        EvidenceView item = evidence.find(id, evidenceId).filter(e -> permissions.canSeeEvidence(a, e))
                .orElseThrow(() -> new NotFoundException("assessment.evidence.notFound", evidenceId));
        evidence.remove(id, evidenceId);
        events.publishEvent(new EvidenceRemoved(id, a.country(), evidenceId, item.indicatorId(), actor()));
    }

    /** An evidence file and its bytes, after the check that the person may see it. */
    public record EvidenceFile(EvidenceView item, byte[] content) {
    }

    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long id, long evidenceId) {
        AssessmentView a = assessment(id);
        EvidenceView item = evidence.find(id, evidenceId)
                .filter(e -> e.kind() == EvidenceKind.FILE && e.sha256() != null)
                .filter(e -> permissions.canSeeEvidence(a, e))
                .orElseThrow(() -> new NotFoundException("assessment.evidence.notFound", evidenceId));
        byte[] content = evidence.blob(item.sha256())
                .orElseThrow(() -> new NotFoundException("assessment.evidence.notFound", evidenceId));
        return new EvidenceFile(item, content);
    }

    // ---- comments, consultation, decisions ---------------------------------------------------

    public CommentView comment(long id, String factorId, String body) {
        AssessmentView a = workingCopy(id);
        if (!permissions.canComment(a)) {
            throw new AccessDeniedException("comment");
        }
        if (framework(a).factor(factorId).isEmpty() && framework(a).unit(factorId).isEmpty()) {
            throw new NotFoundException("assessment.factor.notFound", factorId);
        }
        String text = required("body", body, MAX_TEXT);
        long commentId = notes.addComment(id, factorId, text, actor(), now());
        events.publishEvent(new CommentAdded(id, a.country(), commentId, factorId, actor()));
        return notes.comments(id).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
    }

    /** Records a consultation session with the clusters present. */
    public ConsultationView consult(long id, @Nullable LocalDate heldOn, String title, Set<Cluster> clusters,
            @Nullable String sessionNotes) {
        AssessmentView a = consultable(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(FieldProblem.at("heldOn", "validation.required"));
        } else if (heldOn.isAfter(LocalDate.now(clock).plusYears(1))) {
            problems.add(FieldProblem.at("heldOn", "assessment.consultation.dateFar"));
        }
        String cleanTitle = trimmed(title);
        if (cleanTitle == null) {
            problems.add(FieldProblem.at("title", "validation.required"));
        } else if (cleanTitle.length() > 200) {
            problems.add(FieldProblem.at("title", "validation.tooLong.n", 200));
        }
        if (clusters == null || clusters.isEmpty()) {
            problems.add(FieldProblem.at("clusters", "assessment.consultation.clustersRequired"));
        }
        String cleanNotes = trimmed(sessionNotes);
        if (cleanNotes != null && cleanNotes.length() > MAX_TEXT) {
            problems.add(FieldProblem.at("notes", "validation.tooLong.n", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long sessionId = notes.addSession(id, heldOn, cleanTitle, clusters, cleanNotes, actor(), now());
        events.publishEvent(new ConsultationRecorded(id, a.country(), sessionId, 0, actor()));
        return session(id, sessionId);
    }

    /** Adds a statement of a cluster present at the session about a factor or aspect. */
    public ConsultationView state(long id, long sessionId, Cluster cluster, String elementId, String body, boolean divergent) {
        AssessmentView a = consultable(id);
        ConsultationView session = session(id, sessionId);
        List<FieldProblem> problems = new ArrayList<>();
        if (cluster == null || !session.clusters().contains(cluster)) {
            problems.add(FieldProblem.at("cluster", "assessment.consultation.clusterAbsent"));
        }
        Framework framework = framework(a);
        if (elementId == null || framework.nameOf(elementId).isEmpty()) {
            problems.add(FieldProblem.at("element", "assessment.consultation.unknownElement", String.valueOf(elementId)));
        }
        String text = trimmed(body);
        if (text == null) {
            problems.add(FieldProblem.at("body", "validation.required"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(FieldProblem.at("body", "validation.tooLong.n", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        notes.addStatement(sessionId, cluster, elementId, text, divergent);
        ConsultationView updated = session(id, sessionId);
        events.publishEvent(new ConsultationRecorded(id, a.country(), sessionId, updated.statements().size(), actor()));
        return updated;
    }

    private ConsultationView session(long id, long sessionId) {
        return notes.consultations(id).stream().filter(c -> c.id() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("assessment.consultation.notFound", sessionId));
    }

    /** Enters an adjudication in the decision log. */
    public DecisionView decide(long id, String elementId, String question, String views, String rationale) {
        AssessmentView a = consultable(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (elementId == null || framework(a).nameOf(elementId).isEmpty()) {
            problems.add(FieldProblem.at("element", "assessment.consultation.unknownElement", String.valueOf(elementId)));
        }
        String q = trimmed(question);
        String v = trimmed(views);
        String r = trimmed(rationale);
        if (q == null) {
            problems.add(FieldProblem.at("question", "validation.required"));
        } else if (q.length() > 1000) {
            problems.add(FieldProblem.at("question", "validation.tooLong.n", 1000));
        }
        if (v == null) {
            problems.add(FieldProblem.at("views", "validation.required"));
        } else if (v.length() > MAX_TEXT) {
            problems.add(FieldProblem.at("views", "validation.tooLong.n", MAX_TEXT));
        }
        if (r == null) {
            problems.add(FieldProblem.at("rationale", "validation.required"));
        } else if (r.length() > MAX_TEXT) {
            problems.add(FieldProblem.at("rationale", "validation.tooLong.n", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long decisionId = notes.addDecision(id, elementId, q, v, r, actor(), now());
        events.publishEvent(new DecisionRecorded(id, a.country(), decisionId, elementId, actor()));
        return notes.decisions(id).stream().filter(d -> d.id() == decisionId).findFirst().orElseThrow();
    }

    // ---- workflow -------------------------------------------------------------------------------

    /**
     * Takes a workflow step. Out of order (wrong status, or the assessment changed since the
     * person loaded it) is a 409 naming the current status; a step the person may never take is a 403.
     */
    public AssessmentView transition(long id, Transition step, @Nullable String note, @Nullable Long expectedVersion) {
        AssessmentView a = workingCopy(id);
        if (!permissions.couldEver(a, step)) {
            throw new AccessDeniedException(step.name());
        }
        if (!permissions.may(a, step) || (expectedVersion != null && expectedVersion != a.version())) {
            throw InvalidFieldException.conflict("status", "assessment.transition.outOfOrder", a.status().name(), step.name());
        }
        String cleanNote = trimmed(note);
        if (cleanNote != null && cleanNote.length() > 2000) {
            throw InvalidFieldException.invalid("note", "validation.tooLong.n", 2000);
        }
        if (step == Transition.RETURN && cleanNote == null) {
            throw InvalidFieldException.invalid("note", "assessment.transition.noteRequired");
        }
        if (step == Transition.REOPEN) {
            return reopen(a, cleanNote);
        }
        AssessmentStatus to = switch (step) {
            case SUBMIT -> AssessmentStatus.IN_REVIEW;
            case RETURN -> AssessmentStatus.DRAFT;
            case VALIDATE -> AssessmentStatus.VALIDATED;
            case PUBLISH -> AssessmentStatus.PUBLISHED;
            case REOPEN -> throw new IllegalStateException();
        };
        Instant now = now();
        if (!assessments.changeStatus(id, a.version(), to, to == AssessmentStatus.PUBLISHED ? now : null)) {
            AssessmentView current = assessments.find(id).orElseThrow();
            throw InvalidFieldException.conflict("status", "assessment.transition.outOfOrder", current.status().name(), step.name());
        }
        notes.addTransition(id, a.status(), to, cleanNote, actor(), now);
        switch (step) {
            case SUBMIT -> events.publishEvent(new AssessmentSubmitted(id, a.country(), a.revision(), actor()));
            case RETURN -> events.publishEvent(new AssessmentReturned(id, a.country(), a.revision(), actor()));
            case VALIDATE -> events.publishEvent(new AssessmentValidated(id, a.country(), a.revision(), actor()));
            case PUBLISH -> {
                Long superseded = null;
                if (a.previousId() != null) {
                    AssessmentView previous = assessments.find(a.previousId()).orElseThrow();
                    if (previous.status() == AssessmentStatus.PUBLISHED) {
                        assessments.changeStatus(previous.id(), previous.version(), AssessmentStatus.SUPERSEDED, null);
                        notes.addTransition(previous.id(), AssessmentStatus.PUBLISHED, AssessmentStatus.SUPERSEDED,
                                "revision " + a.revision(), actor(), now);
                        superseded = previous.id();
                    }
                }
                events.publishEvent(new AssessmentPublished(id, a.country(), a.roundId(), a.framework(), a.revision(),
                        superseded, actor()));
            }
            case REOPEN -> { }
        }
        return assessments.find(id).orElseThrow();
    }

    private AssessmentView reopen(AssessmentView published, @Nullable String note) {
        boolean openRevision = assessments.ofSubject(published.country(), published.organisationId()).stream()
                .anyMatch(r -> r.roundId() == published.roundId() && r.revision() > published.revision());
        if (openRevision) {
            throw InvalidFieldException.conflict("status", "assessment.transition.alreadyReopened");
        }
        Instant now = now();
        long id = assessments.add(published.roundId(), published.country(), published.organisationId(),
                published.revision() + 1, published.framework(), published.id(), published.carriedFromId(), actor(), now);
        copyContent(published.id(), id, framework(published), false);
        notes.addTransition(id, null, AssessmentStatus.DRAFT, note, actor(), now);
        for (var plan : notes.plans(published.id()).values()) {
            notes.setPlan(id, plan);
        }
        events.publishEvent(new AssessmentReopened(id, published.country(), published.id(), published.revision() + 1, actor()));
        return assessments.find(id).orElseThrow();
    }

    // ---- roadmap --------------------------------------------------------------------------------

    /** For every unit below stage 5, the unmet indicators of its next stage, with their plan; by dimension. */
    @Transactional(readOnly = true)
    public List<RoadmapItem> roadmap(long id) {
        AssessmentView a = assessment(id);
        Framework framework = framework(a);
        if (framework.isBaseline()) {
            return List.of();
        }
        Map<String, JudgementView> judged = judgements.of(id);
        AssessmentScore score = Scoring.score(framework, verdicts(judged));
        Map<String, Notes.Plan> plans = notes.plans(id);
        List<RoadmapItem> items = new ArrayList<>();
        for (UnitScore unit : score.units()) {
            for (String indicatorId : unit.nextStageGaps()) {
                JudgementView j = judged.get(indicatorId);
                Notes.Plan plan = plans.get(indicatorId);
                items.add(new RoadmapItem(unit.dimensionId(), unit.factorId(), unit.unitId(), unit.stage(), indicatorId,
                        j == null ? Outcome.NOT_ASSESSED : j.outcome(), plan == null ? null : plan.priority(),
                        plan == null ? null : plan.owner(), plan == null ? null : plan.targetDate()));
            }
        }
        return items;
    }

    public void plan(long id, String indicatorId, Priority priority, @Nullable String owner, @Nullable LocalDate targetDate) {
        AssessmentView a = assessment(id);
        if (!permissions.canPlan(a)) {
            throw new AccessDeniedException("plan");
        }
        if (roadmap(id).stream().noneMatch(i -> i.indicatorId().equals(indicatorId))) {
            throw InvalidFieldException.invalid("indicator", "assessment.roadmap.notAGap", indicatorId);
        }
        if (priority == null) {
            throw InvalidFieldException.invalid("priority", "validation.required");
        }
        String cleanOwner = trimmed(owner);
        if (cleanOwner != null && cleanOwner.length() > 200) {
            throw InvalidFieldException.invalid("owner", "validation.tooLong.n", 200);
        }
        if (targetDate != null && targetDate.isBefore(LocalDate.of(2000, 1, 1))) {
            throw InvalidFieldException.invalid("targetDate", "assessment.roadmap.datePast");
        }
        notes.setPlan(id, new Notes.Plan(indicatorId, priority, cleanOwner, targetDate, actor(), now()));
        events.publishEvent(new RoadmapActionSet(id, a.country(), indicatorId, priority, actor()));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private AssessmentView editable(long id) {
        AssessmentView a = workingCopy(id);
        if (!permissions.isCountryMember(a)) {
            throw new AccessDeniedException("edit");
        }
        if (!permissions.canEdit(a)) {
            throw InvalidFieldException.conflict("status", "assessment.notDraft", a.status().name());
        }
        return a;
    }

    private AssessmentView consultable(long id) {
        AssessmentView a = workingCopy(id);
        if (!permissions.isCountryMember(a)) {
            throw new AccessDeniedException("consult");
        }
        if (!permissions.canRecordConsultation(a)) {
            throw InvalidFieldException.conflict("status", "assessment.published", a.status().name());
        }
        return a;
    }

    private String required(String field, @Nullable String value, int max) {
        String text = trimmed(value);
        if (text == null) {
            throw InvalidFieldException.invalid(field, "validation.required");
        }
        if (text.length() > max) {
            throw InvalidFieldException.invalid(field, "validation.tooLong.n", max);
        }
        return text;
    }

    static @Nullable String trimmed(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 2000;
        } catch (Exception e) {
            return false;
        }
    }

    static String cleanFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private String actor() {
        String name = access.userName();
        return name == null ? "system" : name;
    }

    private Instant now() {
        return clock.instant();
    }
}
