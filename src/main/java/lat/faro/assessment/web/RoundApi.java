package lat.faro.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundView;
import lat.faro.assessment.web.AssessmentApiDocuments.AssessmentSummary;
import lat.faro.assessment.web.AssessmentApiDocuments.RoundDoc;
import lat.faro.assessment.web.AssessmentApiDocuments.RoundRequest;
import lat.faro.assessment.web.AssessmentApiDocuments.StartRequest;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessment rounds: anyone reads them and the published assessments in them; programme staff
 * open rounds; a national coordinator (or programme staff) starts a country's assessment.
 */
@NullMarked
@RestController
@RequestMapping(path = "/api/v1/rounds", produces = "application/json")
@Tag(name = "Assessment rounds", description = "Rounds of national assessments or agency self-assessments, each pinned "
        + "to one framework version, and the assessments started in them")
class RoundApi {

    private final AssessmentManagement management;
    private final AssessmentPermissions permissions;

    RoundApi(AssessmentManagement management, AssessmentPermissions permissions) {
        this.management = management;
        this.permissions = permissions;
    }

    @GetMapping
    @Operation(summary = "List rounds", description = "Every round, newest first. Public.")
    List<RoundDoc> list() {
        boolean staff = permissions.isProgrammeStaff();
        return management.rounds().stream().map(r -> RoundDoc.of(r, staff)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a round", description = "Public; 404 when there is no such round.")
    RoundDoc get(@Parameter(description = "The round's id") @PathVariable long id) {
        return RoundDoc.of(management.round(id), permissions.isProgrammeStaff());
    }

    @PostMapping
    @Operation(summary = "Open a round (programme staff)",
            description = "The framework is named as id@version and must suit the kind: a maturity model for a NATIONAL "
                    + "round, a control baseline for an AGENCY round. 201 with the round's address; 409 when the label is "
                    + "taken; 403 for anyone but programme coordinators and administrators.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RoundDoc> create(@Valid @RequestBody RoundRequest request) {
        if (!permissions.canManageRounds()) {
            throw new AccessDeniedException("rounds");
        }
        FrameworkRef framework = frameworkRef(String.valueOf(request.framework()));
        RoundView round = management.createRound(new RoundDraft(String.valueOf(request.label()),
                Objects.requireNonNull(request.kind()), framework, blankToNull(request.programme()),
                request.startsOn(), request.endsOn()));
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + round.id())).body(RoundDoc.of(round, true));
    }

    @GetMapping("/{id}/assessments")
    @Operation(summary = "List a round's assessments",
            description = "The latest revision, of each country or agency, that the caller may see: the public sees "
                    + "published national assessments only; country people their own; reviewers those in review or beyond.")
    List<AssessmentSummary> assessments(@Parameter(description = "The round's id") @PathVariable long id) {
        return management.assessmentsIn(id).stream()
                .map(a -> AssessmentSummary.of(a, permissions.canWorkOn(a))).toList();
    }

    @PostMapping("/{id}/assessments")
    @Operation(summary = "Start an assessment",
            description = "Starts the country's assessment (or, in an agency round, the agency's self-assessment) as a "
                    + "draft. With carryOver, the judgements and evidence of the subject's assessment in an earlier round "
                    + "are copied, marked carried over. 201 with its address; 409 when the subject already has one in "
                    + "this round; 403 unless the caller is the country's national coordinator, the agency's officer "
                    + "or programme staff.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AssessmentSummary> start(@Parameter(description = "The round's id") @PathVariable long id,
            @Valid @RequestBody StartRequest request) {
        String country = String.valueOf(request.country()).strip().toUpperCase(Locale.ROOT);
        AssessmentView started = management.start(id, country, request.organisationId(), Boolean.TRUE.equals(request.carryOver()));
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + started.id()))
                .body(AssessmentSummary.of(started, true));
    }

    static FrameworkRef frameworkRef(String text) {
        try {
            return FrameworkRef.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidFieldException.invalid("framework", "assessment.api.frameworkRef",
                    text.length() > 80 ? text.substring(0, 80) + "…" : text);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
