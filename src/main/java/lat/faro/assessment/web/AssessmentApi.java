package lat.faro.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentTransfer;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.JudgementInput;
import lat.faro.assessment.JudgementView;
import lat.faro.assessment.Transition;
import lat.faro.assessment.web.AssessmentApiDocuments.AssessmentDoc;
import lat.faro.assessment.web.AssessmentApiDocuments.AssessmentSummary;
import lat.faro.assessment.web.AssessmentApiDocuments.ImportedDoc;
import lat.faro.assessment.web.AssessmentApiDocuments.JudgementDoc;
import lat.faro.assessment.web.AssessmentApiDocuments.JudgementRequest;
import lat.faro.assessment.web.AssessmentApiDocuments.StepDoc;
import lat.faro.assessment.web.AssessmentApiDocuments.TransitionRequest;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One assessment: its score, judgements, workflow, history, and its export and import as a
 * versioned JSON document. What the caller may not see does not exist (404); what they see but
 * may not do is a 403; a step or save that the current state no longer allows is a 409.
 */
@NullMarked
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = "application/json")
@Tag(name = "Assessments", description = "Assessment revisions: score, judgements, workflow, history, export and import. "
        + "The public reads published national assessments; country people work on their own country's; programme "
        + "reviewers see those in review or beyond")
class AssessmentApi {

    private final AssessmentManagement management;
    private final AssessmentPermissions permissions;
    private final AssessmentTransfer transfer;

    AssessmentApi(AssessmentManagement management, AssessmentPermissions permissions, AssessmentTransfer transfer) {
        this.management = management;
        this.permissions = permissions;
        this.transfer = transfer;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an assessment with its score",
            description = "A maturity-model assessment comes with `score`: each unit's stage, whether it is complete "
                    + "(no unanswered indicator could change it) and its next-stage gaps, each factor's stages as a range "
                    + "(low–high, never averaged), and the dimension means (derived figures, not stages). A baseline "
                    + "self-assessment comes with `baselineScore` against the target tier. 404 when the caller may not see it.")
    AssessmentDoc get(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Parameter(description = "Baselines only: the tier below which a control is a gap, 1–4 (default 3)")
            @RequestParam(name = "targetTier", required = false) @Nullable Integer targetTier) {
        AssessmentView a = management.assessment(id);
        AssessmentSummary summary = AssessmentSummary.of(a, permissions.canWorkOn(a));
        if (management.framework(a).isBaseline()) {
            return AssessmentDoc.of(summary, null, management.baselineScore(id, targetTier));
        }
        return AssessmentDoc.of(summary, management.score(id), null);
    }

    @GetMapping("/{id}/judgements")
    @Operation(summary = "List the judgements", description = "In the framework's order; indicators not judged yet are absent.")
    List<JudgementDoc> judgements(@Parameter(description = "The assessment's id") @PathVariable long id) {
        AssessmentView a = management.assessment(id);
        boolean shown = permissions.canWorkOn(a);
        Map<String, Integer> order = order(management.framework(a));
        return management.judgements(id).values().stream()
                .sorted(Comparator.comparing((JudgementView j) -> order.getOrDefault(j.indicatorId(), Integer.MAX_VALUE)))
                .map(j -> JudgementDoc.of(j, shown)).toList();
    }

    @PutMapping("/{id}/judgements/{indicatorId}")
    @Operation(summary = "Save a judgement",
            description = "Send the `version` of the judgement you loaded (none for a first judgement). If someone saved "
                    + "it since, nothing is written: 409 with the saved judgement in `current`. Only the country's own people "
                    + "judge, and only a draft (409 naming `status` otherwise).")
    JudgementDoc judge(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Parameter(description = "The indicator's id, e.g. D1.1.1-2a") @PathVariable String indicatorId,
            @Valid @RequestBody JudgementRequest request) {
        JudgementView saved = management.judge(id, indicatorId, new JudgementInput(Objects.requireNonNull(request.outcome()),
                request.tier(), request.rationale(), request.notApplicableReason(), request.version()));
        return JudgementDoc.of(saved, true);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Take a workflow step",
            description = "SUBMIT (draft → in review, the country), RETURN (in review → draft, a reviewer, with a note), "
                    + "VALIDATE (in review → validated, the national coordinator), PUBLISH (validated → published, programme "
                    + "staff), REOPEN (published → a new draft revision: 201 with its address). A step out of order, or on an "
                    + "assessment changed since the `version` sent, is a 409 naming `status`; a step the caller may never take "
                    + "is a 403.")
    ResponseEntity<AssessmentSummary> transition(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Valid @RequestBody TransitionRequest request) {
        Transition step = Objects.requireNonNull(request.transition());
        AssessmentView result = management.transition(id, step, request.note(), request.version());
        AssessmentSummary body = AssessmentSummary.of(result, true);
        if (step == Transition.REOPEN) {
            return ResponseEntity.created(URI.create("/api/v1/assessments/" + result.id())).body(body);
        }
        return ResponseEntity.ok(body);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "List the workflow history", description = "Oldest first.")
    List<StepDoc> history(@Parameter(description = "The assessment's id") @PathVariable long id) {
        AssessmentView a = management.assessment(id);
        boolean shown = permissions.canWorkOn(a);
        return management.history(id).stream().map(t -> StepDoc.of(t, shown)).toList();
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Export the assessment as JSON",
            description = "The whole revision as a `faro-assessment` document, format version 1 (see docs/assessment-json.md): "
                    + "judgements, evidence with file contents, comments, workflow history, consultations, decisions and the "
                    + "roadmap plan. For those who work on the assessment; it holds only the evidence the caller may see.")
    AssessmentTransfer.Document export(@Parameter(description = "The assessment's id") @PathVariable long id) {
        return transfer.export(id);
    }

    @PostMapping("/import")
    @Operation(summary = "Import an assessment from JSON (administrators)",
            description = "Creates the revision a `faro-assessment` document describes, keeping its actors and times, and "
                    + "its round when no round has that label. All or nothing: 400 listing every problem with its JSON path "
                    + "(e.g. `judgements[3].outcome`); 409 when the country or agency already has that revision in the round.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ImportedDoc> importDocument(@RequestBody AssessmentTransfer.Document document) {
        long id = transfer.importDocument(document);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/assessments/" + id))
                .body(new ImportedDoc(id));
    }

    private static Map<String, Integer> order(Framework framework) {
        Map<String, Integer> order = new HashMap<>();
        List<Indicator> indicators = framework.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            order.put(indicators.get(i).id(), i);
        }
        return order;
    }
}
