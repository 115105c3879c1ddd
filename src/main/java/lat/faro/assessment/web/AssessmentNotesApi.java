package lat.faro.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.CommentView;
import lat.faro.assessment.ConsultationView;
import lat.faro.assessment.RoadmapItem;
import lat.faro.assessment.web.AssessmentApiDocuments.CommentRequest;
import lat.faro.assessment.web.AssessmentApiDocuments.ConsultationRequest;
import lat.faro.assessment.web.AssessmentApiDocuments.DecisionDoc;
import lat.faro.assessment.web.AssessmentApiDocuments.DecisionRequest;
import lat.faro.assessment.web.AssessmentApiDocuments.PlanRequest;
import lat.faro.assessment.web.AssessmentApiDocuments.StatementRequest;
import org.jspecify.annotations.NullMarked;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What people write around the judgements: comments per factor and stakeholder consultations
 * (for those who work on the assessment only), the decision log and the roadmap plan (readable
 * with the assessment).
 */
@NullMarked
@RestController
@RequestMapping(path = "/api/v1/assessments/{id}", produces = "application/json")
@Tag(name = "Assessment review", description = "Comments, stakeholder consultations, the decision log and the roadmap")
class AssessmentNotesApi {

    private final AssessmentManagement management;
    private final AssessmentPermissions permissions;

    AssessmentNotesApi(AssessmentManagement management, AssessmentPermissions permissions) {
        this.management = management;
        this.permissions = permissions;
    }

    @GetMapping("/comments")
    @Operation(summary = "List the comments", description = "For those who work on the assessment; oldest first.")
    List<CommentView> comments(@Parameter(description = "The assessment's id") @PathVariable long id) {
        return management.comments(id);
    }

    @PostMapping("/comments")
    @Operation(summary = "Comment on a factor or aspect",
            description = "Until publication, by the country's people, reviewers and programme staff. 201.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommentView> comment(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Valid @RequestBody CommentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(management.comment(id, String.valueOf(request.factorId()), String.valueOf(request.body())));
    }

    @GetMapping("/consultations")
    @Operation(summary = "List the consultation sessions", description = "With their statements; for those who work on the assessment.")
    List<ConsultationView> consultations(@Parameter(description = "The assessment's id") @PathVariable long id) {
        return management.consultations(id);
    }

    @PostMapping("/consultations")
    @Operation(summary = "Record a consultation session",
            description = "The date, a title and the stakeholder clusters present. Until publication, by the country's people. 201.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConsultationView> consult(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Valid @RequestBody ConsultationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(management.consult(id, request.heldOn(),
                String.valueOf(request.title()), Objects.requireNonNull(request.clusters()), request.notes()));
    }

    @PostMapping("/consultations/{sessionId}/statements")
    @Operation(summary = "Add a statement to a session",
            description = "Attributed to a cluster present at the session (never to a person), about a factor or aspect. "
                    + "201 with the whole session.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConsultationView> state(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Parameter(description = "The session's id") @PathVariable long sessionId,
            @Valid @RequestBody StatementRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(management.state(id, sessionId,
                Objects.requireNonNull(request.cluster()), String.valueOf(request.element()), String.valueOf(request.body()),
                Boolean.TRUE.equals(request.divergent())));
    }

    @GetMapping("/decisions")
    @Operation(summary = "List the decision log", description = "Readable with the assessment; oldest first.")
    List<DecisionDoc> decisions(@Parameter(description = "The assessment's id") @PathVariable long id) {
        AssessmentView a = management.assessment(id);
        boolean shown = permissions.canWorkOn(a);
        return management.decisions(id).stream().map(d -> DecisionDoc.of(d, shown)).toList();
    }

    @PostMapping("/decisions")
    @Operation(summary = "Enter a decision",
            description = "The question, the divergent views and why it was settled so. Until publication, by the country's people. 201.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DecisionDoc> decide(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Valid @RequestBody DecisionRequest request) {
        var decision = management.decide(id, String.valueOf(request.element()), String.valueOf(request.question()),
                String.valueOf(request.views()), String.valueOf(request.rationale()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DecisionDoc.of(decision, true));
    }

    @GetMapping("/roadmap")
    @Operation(summary = "Get the roadmap",
            description = "For every unit below stage 5, the unmet indicators of its next stage with their plan, by "
                    + "dimension. Empty for a baseline self-assessment.")
    List<RoadmapItem> roadmap(@Parameter(description = "The assessment's id") @PathVariable long id) {
        return management.roadmap(id);
    }

    @PutMapping("/roadmap/{indicatorId}")
    @Operation(summary = "Plan a roadmap item",
            description = "Priority, owner and target date of an open next-stage indicator. The country's national "
                    + "coordinator or programme staff, also after publication.")
    RoadmapItem plan(@Parameter(description = "The assessment's id") @PathVariable long id,
            @Parameter(description = "An open next-stage indicator, e.g. D1.1.1-2a") @PathVariable String indicatorId,
            @Valid @RequestBody PlanRequest request) {
        management.plan(id, indicatorId, Objects.requireNonNull(request.priority()), request.owner(), request.targetDate());
        return management.roadmap(id).stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst().orElseThrow();
    }
}
