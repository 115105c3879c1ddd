package lat.faro.assessment.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentScore;
import lat.faro.assessment.AssessmentStatus;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.BaselineScore;
import lat.faro.assessment.CommentView;
import lat.faro.assessment.EvidenceView;
import lat.faro.assessment.JudgementView;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.StaleJudgementException;
import lat.faro.assessment.Transition;
import lat.faro.assessment.UnitScore;
import lat.faro.assessment.web.WorkspaceView.IndicatorBlock;
import lat.faro.assessment.web.WorkspaceView.Section;
import lat.faro.assessment.web.WorkspaceView.UnitBlock;
import lat.faro.assessment.web.WorkspaceView.UnitStatus;
import lat.faro.directory.DirectoryQueries;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.ScoringUnit;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The pages an assessment is worked on: its overview (progress, stages, workflow, history,
 * revisions) and the workspace of each factor, where indicators are judged and evidence attached.
 * Every indicator form saves in place with htmx and works as a plain form without JavaScript.
 * Who may see and do what is the service's decision: 404 outside the person's scope, 403 for a
 * step their role never takes.
 */
@Controller
class WorkspacePages {

    private static final Set<String> JUDGEMENT_FIELDS = Set.of("outcome", "tier", "rationale", "notApplicableReason");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("kind", "title", "url", "documentDate", "source",
            "confidentiality", "file");

    private final AssessmentManagement assessments;
    private final AssessmentPermissions permissions;
    private final DirectoryQueries directory;
    private final MessageSource messages;

    WorkspacePages(AssessmentManagement assessments, AssessmentPermissions permissions, DirectoryQueries directory,
            MessageSource messages) {
        this.assessments = assessments;
        this.permissions = permissions;
        this.directory = directory;
        this.messages = messages;
    }

    // ---- the overview -----------------------------------------------------------------------

    @GetMapping("/assessments/{id}")
    String overview(@PathVariable long id, Model model, Locale locale) {
        return overview(assessments.workingCopy(id), WorkspaceForms.Step.empty(), Map.of(), model, locale);
    }

    @PostMapping("/assessments/{id}/transitions")
    String transition(@PathVariable long id, @ModelAttribute("step") WorkspaceForms.Step form, Model model, Locale locale,
            RedirectAttributes redirect) {
        AssessmentView a = assessments.workingCopy(id);
        Transition step = form.parsedTransition();
        if (step == null) {
            return overview(a, form, Map.of("transition", text(locale, "assessment.workspace.transition.choose")), model,
                    locale);
        }
        try {
            AssessmentView after = assessments.transition(id, step, form.note(), form.parsedVersion());
            redirect.addFlashAttribute("notice", text(locale, "assessment.workspace.transition.done",
                    text(locale, step.messageKey()), text(locale, after.status().messageKey())));
            return "redirect:/assessments/" + after.id();
        } catch (InvalidFieldException e) {
            if (e.isConflict()) {
                redirect.addFlashAttribute("problem", conflict(e, locale));
                return "redirect:/assessments/" + id;
            }
            return overview(a, form, Map.of(e.field(), text(locale, e.messageCode(), e.args())), model, locale);
        }
    }

    /** Out of order means someone moved the assessment on meanwhile: say where it stands now. */
    private String conflict(InvalidFieldException e, Locale locale) {
        if ("assessment.transition.outOfOrder".equals(e.messageCode()) && e.args().length > 0) {
            try {
                AssessmentStatus now = AssessmentStatus.valueOf(String.valueOf(e.args()[0]));
                return text(locale, "assessment.workspace.transition.conflict", text(locale, now.messageKey()));
            } catch (IllegalArgumentException ignored) {
                // not a status: fall through to the service's own words
            }
        }
        return text(locale, e.messageCode(), e.args());
    }

    private String overview(AssessmentView a, WorkspaceForms.Step form, Map<String, String> errors, Model model,
            Locale locale) {
        Framework framework = assessments.framework(a);
        Map<String, JudgementView> judged = assessments.judgements(a.id());
        AssessmentScore score = framework.isBaseline() ? null : assessments.score(a.id());
        BaselineScore baseline = framework.isBaseline() ? assessments.baselineScore(a.id(), null) : null;
        var rows = WorkspaceView.progress(framework, judged, score, baseline);
        List<AssessmentView> revisions = assessments.revisions(a.id());
        subject(a, model, locale);
        model.addAttribute("a", a);
        model.addAttribute("framework", framework);
        model.addAttribute("baseline", framework.isBaseline());
        model.addAttribute("dimensions", rows);
        model.addAttribute("answered", rows.stream().mapToInt(WorkspaceView.DimensionRow::answered).sum());
        model.addAttribute("total", rows.stream().mapToInt(WorkspaceView.DimensionRow::total).sum());
        model.addAttribute("incompleteUnits", score == null ? 0 : score.incompleteUnits());
        model.addAttribute("toConfirm", judged.values().stream().filter(JudgementView::carriedOver).count());
        model.addAttribute("firstSection", WorkspaceView.sections(framework).stream().findFirst().orElse(null));
        List<Transition> steps = List.of(Transition.values()).stream().filter(t -> permissions.may(a, t)).toList();
        model.addAttribute("transitions", steps);
        model.addAttribute("confirmPublish", steps.contains(Transition.PUBLISH));
        model.addAttribute("step", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", assessments.history(a.id()));
        model.addAttribute("revisions", revisions);
        model.addAttribute("newer", revisions.stream().filter(r -> r.revision() > a.revision()).reduce((x, y) -> y)
                .orElse(null));
        return "assessment/workspace";
    }

    // ---- the factor workspace ------------------------------------------------------------------

    @GetMapping("/assessments/{id}/factors/{factorId}")
    String factor(@PathVariable long id, @PathVariable String factorId, Model model, Locale locale) {
        AssessmentView a = assessments.workingCopy(id);
        Section section = WorkspaceView.section(assessments.framework(a), factorId)
                .orElseThrow(() -> new NotFoundException("assessment.factor.notFound", shown(factorId)));
        Map<String, IndicatorBlock> overrides = new LinkedHashMap<>();
        // After a save without JavaScript, the block says so where the person comes back to.
        if (model.getAttribute("savedIndicator") instanceof String saved && model.getAttribute("notice") instanceof String notice) {
            overrides.put(saved, withNotice(block(a, saved), notice));
        }
        return factorPage(a, section, overrides, WorkspaceForms.Comment.empty(), Map.of(), model, locale);
    }

    @PostMapping("/assessments/{id}/judgements/{indicatorId}")
    String judge(@PathVariable long id, @PathVariable String indicatorId,
            @ModelAttribute("judgement") WorkspaceForms.Judgement form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        AssessmentView a = assessments.workingCopy(id);
        Framework framework = assessments.framework(a);
        Section section = sectionOf(framework, indicatorId);
        IndicatorBlock block = block(a, indicatorId);
        List<FieldProblem> problems = form.problems(framework.isBaseline());
        if (!problems.isEmpty()) {
            block = withJudgementErrors(block, form, problems, null, locale);
        } else {
            try {
                assessments.judge(id, indicatorId, form.input(framework.isBaseline()));
                String notice = text(locale, "assessment.workspace.judgement.saved");
                if (htmx == null) {
                    return savedRedirect(redirect, a, section, indicatorId, notice);
                }
                block = withNotice(block(a, indicatorId), notice);
            } catch (StaleJudgementException e) {
                JudgementView current = e.current();
                String alert = text(locale, "assessment.judgement.stale", current.recordedBy(), describe(current, locale));
                block = withJudgementErrors(block(a, indicatorId), form.over(current.version()), List.of(), alert, locale);
            } catch (InvalidInputException e) {
                block = withJudgementErrors(block, form, e.problems(), null, locale);
            } catch (InvalidFieldException e) {
                block = withJudgementErrors(block, form, List.of(FieldProblem.at(e.field(), e.messageCode(), e.args())),
                        null, locale);
            }
        }
        return indicatorAnswer(a, section, block, htmx, model, locale);
    }

    @PostMapping("/assessments/{id}/indicators/{indicatorId}/evidence")
    String addEvidence(@PathVariable long id, @PathVariable String indicatorId,
            @ModelAttribute("evidence") WorkspaceForms.Evidence form,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        AssessmentView a = assessments.workingCopy(id);
        Section section = sectionOf(assessments.framework(a), indicatorId);
        List<FieldProblem> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                assessments.addEvidence(id, indicatorId, form.input(hasFile ? file.getOriginalFilename() : null,
                        hasFile ? file.getBytes() : null));
                String notice = text(locale, "assessment.workspace.evidence.added");
                if (htmx == null) {
                    return savedRedirect(redirect, a, section, indicatorId, notice);
                }
                return indicatorAnswer(a, section, withNotice(block(a, indicatorId), notice), htmx, model, locale);
            } catch (InvalidInputException e) {
                problems = e.problems();
            } catch (InvalidFieldException e) {
                problems = List.of(FieldProblem.at(e.field(), e.messageCode(), e.args()));
            }
        }
        return indicatorAnswer(a, section, withEvidenceErrors(block(a, indicatorId), form, problems, locale), htmx, model,
                locale);
    }

    @PostMapping("/assessments/{id}/evidence/{evidenceId}/remove")
    String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, Locale locale, RedirectAttributes redirect) {
        AssessmentView a = assessments.workingCopy(id);
        EvidenceView item = assessments.evidence(id).stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFoundException("assessment.evidence.notFound", evidenceId));
        Section section = sectionOf(assessments.framework(a), item.indicatorId());
        try {
            assessments.removeEvidence(id, evidenceId);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", text(locale, e.messageCode(), e.args()));
            return "redirect:" + factorPath(a, section) + "#" + WorkspaceView.domId("i", item.indicatorId());
        }
        return savedRedirect(redirect, a, section, item.indicatorId(),
                text(locale, "assessment.workspace.evidence.removed", item.title()));
    }

    @GetMapping("/assessments/{id}/evidence/{evidenceId}/file")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        AssessmentManagement.EvidenceFile file = assessments.evidenceFile(id, evidenceId);
        EvidenceView item = file.item();
        String name = item.fileName() == null ? "evidence-" + item.id() : item.fileName();
        MediaType type = item.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(item.contentType());
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // Opened anyway (a PDF viewer, a text file): no script, no same-origin, no forms.
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @PostMapping("/assessments/{id}/factors/{factorId}/comments")
    String comment(@PathVariable long id, @PathVariable String factorId, @ModelAttribute("comment") WorkspaceForms.Comment form,
            Model model, Locale locale, RedirectAttributes redirect) {
        AssessmentView a = assessments.workingCopy(id);
        Section section = WorkspaceView.section(assessments.framework(a), factorId)
                .orElseThrow(() -> new NotFoundException("assessment.factor.notFound", shown(factorId)));
        try {
            assessments.comment(id, section.id(), form.body() == null ? "" : form.body());
            redirect.addFlashAttribute("notice", text(locale, "assessment.workspace.comment.added"));
            return "redirect:" + factorPath(a, section) + "#comments";
        } catch (InvalidFieldException e) {
            return factorPage(a, section, Map.of(), form, Map.of("body", text(locale, e.messageCode(), e.args())), model,
                    locale);
        }
    }

    // ---- building the pages ----------------------------------------------------------------------

    private String factorPage(AssessmentView a, Section section, Map<String, IndicatorBlock> overrides,
            WorkspaceForms.Comment commentForm, Map<String, String> commentErrors, Model model, Locale locale) {
        Framework framework = assessments.framework(a);
        boolean baseline = framework.isBaseline();
        boolean editable = permissions.canEdit(a);
        Map<String, JudgementView> judged = assessments.judgements(a.id());
        Map<String, List<EvidenceView>> evidence = evidenceByIndicator(a.id());
        Scores scores = scores(a, framework);
        List<UnitBlock> units = new ArrayList<>();
        for (ScoringUnit unit : section.units()) {
            var stages = WorkspaceView.stages(unit, baseline, i -> overrides.getOrDefault(i.id(),
                    WorkspaceView.block(a.id(), i, baseline, editable, judged.get(i.id()),
                            evidence.getOrDefault(i.id(), List.of()))));
            units.add(new UnitBlock(unit, WorkspaceView.domId("u", unit.id()), section.aspects(), scores.of(unit), stages));
        }
        List<Section> sections = WorkspaceView.sections(framework);
        int at = sections.indexOf(section);
        List<CommentView> comments = assessments.comments(a.id()).stream()
                .filter(c -> c.factorId().equals(section.id())).toList();
        subject(a, model, locale);
        model.addAttribute("a", a);
        model.addAttribute("framework", framework);
        model.addAttribute("baseline", baseline);
        model.addAttribute("section", section);
        model.addAttribute("dimension", framework.dimension(section.dimensionId()).orElse(null));
        model.addAttribute("units", units);
        model.addAttribute("canEdit", editable);
        model.addAttribute("previous", at > 0 ? sections.get(at - 1) : null);
        model.addAttribute("next", at >= 0 && at < sections.size() - 1 ? sections.get(at + 1) : null);
        model.addAttribute("comments", comments);
        model.addAttribute("canComment", permissions.canComment(a));
        model.addAttribute("comment", commentForm);
        model.addAttribute("commentErrors", commentErrors);
        return "assessment/workspace-factor";
    }

    /** The block alone (and the unit's status, swapped out of band) for htmx; the whole page otherwise. */
    private String indicatorAnswer(AssessmentView a, Section section, IndicatorBlock block, @Nullable String htmx,
            Model model, Locale locale) {
        if (htmx == null) {
            if (block.alert() != null || !block.errors().isEmpty() || !block.evidenceErrors().isEmpty()) {
                // The page reloads at its top: a summary links down to the indicator in trouble.
                model.addAttribute("problemBlock", block);
            }
            return factorPage(a, section, Map.of(block.indicator().id(), block), WorkspaceForms.Comment.empty(), Map.of(),
                    model, locale);
        }
        Framework framework = assessments.framework(a);
        ScoringUnit unit = framework.unitOf(block.indicator().id()).orElseThrow();
        model.addAttribute("b", block);
        model.addAttribute("u", scores(a, framework).of(unit));
        return "assessment/workspace-indicator :: answer";
    }

    private IndicatorBlock block(AssessmentView a, String indicatorId) {
        Framework framework = assessments.framework(a);
        Indicator indicator = framework.indicator(indicatorId)
                .orElseThrow(() -> new NotFoundException("assessment.indicator.notFound", shown(indicatorId)));
        List<EvidenceView> evidence = evidenceByIndicator(a.id()).getOrDefault(indicatorId, List.of());
        return WorkspaceView.block(a.id(), indicator, framework.isBaseline(), permissions.canEdit(a),
                assessments.judgements(a.id()).get(indicatorId), evidence);
    }

    /** The assessment's scores, computed once per page. */
    private record Scores(@Nullable AssessmentScore maturity, @Nullable BaselineScore baseline) {

        UnitStatus of(ScoringUnit unit) {
            String domId = WorkspaceView.domId("s", unit.id());
            if (baseline != null) {
                BaselineScore.Function function = baseline.functions().stream()
                        .filter(f -> f.functionId().equals(unit.id())).findFirst().orElse(null);
                return new UnitStatus(domId, null, function);
            }
            UnitScore score = maturity == null ? null : maturity.unitsById().get(unit.id());
            return new UnitStatus(domId, score, null);
        }
    }

    private Scores scores(AssessmentView a, Framework framework) {
        return framework.isBaseline() ? new Scores(null, assessments.baselineScore(a.id(), null))
                : new Scores(assessments.score(a.id()), null);
    }

    private Map<String, List<EvidenceView>> evidenceByIndicator(long id) {
        Map<String, List<EvidenceView>> result = new LinkedHashMap<>();
        for (EvidenceView e : assessments.evidence(id)) {
            result.computeIfAbsent(e.indicatorId(), k -> new ArrayList<>()).add(e);
        }
        return result;
    }

    private IndicatorBlock withNotice(IndicatorBlock b, String notice) {
        return new IndicatorBlock(b.assessmentId(), b.indicator(), b.domId(), b.baseline(), b.editable(), b.saved(),
                b.form(), b.errors(), b.alert(), notice, b.evidence(), b.evidenceForm(), b.evidenceErrors(), b.evidenceOpen());
    }

    /** Field problems go beside their fields; anything else (the status changed meanwhile) above the form. */
    private IndicatorBlock withJudgementErrors(IndicatorBlock b, WorkspaceForms.Judgement form, List<FieldProblem> problems,
            @Nullable String alert, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            if (JUDGEMENT_FIELDS.contains(p.field())) {
                errors.putIfAbsent(p.field(), text(locale, p.code(), p.args()));
            } else {
                alert = text(locale, p.code(), p.args());
            }
        }
        return new IndicatorBlock(b.assessmentId(), b.indicator(), b.domId(), b.baseline(), b.editable(), b.saved(), form,
                errors, alert, null, b.evidence(), b.evidenceForm(), b.evidenceErrors(), b.evidenceOpen());
    }

    private IndicatorBlock withEvidenceErrors(IndicatorBlock b, WorkspaceForms.Evidence form, List<FieldProblem> problems,
            Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String alert = null;
        for (FieldProblem p : problems) {
            if (EVIDENCE_FIELDS.contains(p.field())) {
                errors.putIfAbsent(p.field(), text(locale, p.code(), p.args()));
            } else {
                alert = text(locale, p.code(), p.args());
            }
        }
        return new IndicatorBlock(b.assessmentId(), b.indicator(), b.domId(), b.baseline(), b.editable(), b.saved(),
                b.form(), b.errors(), alert, null, b.evidence(), form, errors, true);
    }

    private static String savedRedirect(RedirectAttributes redirect, AssessmentView a, Section section, String indicatorId,
            String notice) {
        redirect.addFlashAttribute("savedIndicator", indicatorId);
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + factorPath(a, section) + "#" + WorkspaceView.domId("i", indicatorId);
    }

    private static String factorPath(AssessmentView a, Section section) {
        return "/assessments/" + a.id() + "/factors/" + UriUtils.encodePathSegment(section.id(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Section sectionOf(Framework framework, String indicatorId) {
        return WorkspaceView.sectionOf(framework, indicatorId)
                .orElseThrow(() -> new NotFoundException("assessment.indicator.notFound", shown(indicatorId)));
    }

    /** The subject's name: the country, and the agency in an agency round. */
    private void subject(AssessmentView a, Model model, Locale locale) {
        String country = directory.country(a.country()).map(c -> c.name(locale)).orElse(a.country());
        Long organisationId = a.organisationId();
        String organisation = organisationId == null ? null
                : directory.organisation(organisationId).map(o -> o.name()).orElse(null);
        model.addAttribute("countryName", country);
        model.addAttribute("organisationName", organisation);
        model.addAttribute("subjectName", organisation == null ? country : organisation + " (" + country + ")");
    }

    /** A saved judgement in words: its outcome, or its tier for a rated control. */
    private String describe(JudgementView j, Locale locale) {
        if (j.outcome() == Outcome.RATED && j.tier() != null) {
            return text(locale, "assessment.tier." + j.tier());
        }
        return text(locale, j.outcome().messageKey());
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** Echoes an id from the address only when it looks like one. */
    private static String shown(String value) {
        return value.matches("[A-Za-z0-9._-]{1,40}") ? value : "…";
    }
}
