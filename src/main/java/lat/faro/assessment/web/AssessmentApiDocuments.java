package lat.faro.assessment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lat.faro.assessment.AssessmentScore;
import lat.faro.assessment.AssessmentStatus;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.BaselineScore;
import lat.faro.assessment.Cluster;
import lat.faro.assessment.Confidentiality;
import lat.faro.assessment.DecisionView;
import lat.faro.assessment.EvidenceKind;
import lat.faro.assessment.EvidenceView;
import lat.faro.assessment.JudgementView;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.Priority;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.assessment.Transition;
import lat.faro.assessment.TransitionView;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The requests and responses of the assessment API. Responses never carry entities; the people
 * behind a record (who judged, who added, who moved it on) are named only to those who work on the
 * assessment: for the public and other readers those fields are null.
 */
@NullMarked
final class AssessmentApiDocuments {

    private AssessmentApiDocuments() {
    }

    static @Nullable String actor(String actor, boolean shown) {
        return shown ? actor : null;
    }

    // ---- responses ------------------------------------------------------------------------------

    @Schema(name = "Round", description = "A round of assessments, pinned to one framework version")
    record RoundDoc(long id, String label, RoundKind kind,
            @Schema(description = "id@version", example = "faro-national-2021@1.0.0") String framework,
            @Schema(description = "The programme's slug, if the round belongs to one") @Nullable String programme,
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
            @Schema(description = "Shown to programme staff only") @Nullable String createdBy, Instant createdAt) {

        static RoundDoc of(RoundView r, boolean showActor) {
            return new RoundDoc(r.id(), r.label(), r.kind(), r.framework().toString(), r.programmeSlug(), r.startsOn(),
                    r.endsOn(), actor(r.createdBy(), showActor), r.createdAt());
        }
    }

    @Schema(name = "AssessmentSummary", description = "One revision of a country's or agency's assessment")
    record AssessmentSummary(long id, long roundId, String roundLabel, RoundKind kind, String country,
            @Nullable Long organisationId, int revision,
            @Schema(description = "id@version") String framework, AssessmentStatus status,
            @Schema(description = "The published revision this one reopened") @Nullable Long previousId,
            @Schema(description = "The earlier round's assessment it started from") @Nullable Long carriedFromId,
            @Nullable String createdBy, Instant createdAt, @Nullable Instant publishedAt,
            @Schema(description = "The assessment's version: send it with a transition to refuse one based on a stale view")
            long version) {

        static AssessmentSummary of(AssessmentView a, boolean showActor) {
            return new AssessmentSummary(a.id(), a.roundId(), a.roundLabel(), a.kind(), a.country(), a.organisationId(),
                    a.revision(), a.framework().toString(), a.status(), a.previousId(), a.carriedFromId(),
                    actor(a.createdBy(), showActor), a.createdAt(), a.publishedAt(), a.version());
        }
    }

    @Schema(name = "Assessment", description = "An assessment revision with its score: a maturity-model assessment "
            + "has `score` (every unit's stage, whether it is complete and its next-stage gaps; every factor's stages as "
            + "a range; dimension means, derived), a baseline self-assessment has `baselineScore`")
    record AssessmentDoc(long id, long roundId, String roundLabel, RoundKind kind, String country,
            @Nullable Long organisationId, int revision, String framework, AssessmentStatus status,
            @Nullable Long previousId, @Nullable Long carriedFromId, @Nullable String createdBy, Instant createdAt,
            @Nullable Instant publishedAt, long version, @Nullable AssessmentScore score,
            @Nullable BaselineScore baselineScore) {

        static AssessmentDoc of(AssessmentSummary a, @Nullable AssessmentScore score, @Nullable BaselineScore baselineScore) {
            return new AssessmentDoc(a.id(), a.roundId(), a.roundLabel(), a.kind(), a.country(), a.organisationId(),
                    a.revision(), a.framework(), a.status(), a.previousId(), a.carriedFromId(), a.createdBy(),
                    a.createdAt(), a.publishedAt(), a.version(), score, baselineScore);
        }
    }

    @Schema(name = "Judgement", description = "The saved judgement of one indicator")
    record JudgementDoc(String indicatorId, Outcome outcome,
            @Schema(description = "0–4, for a rated baseline control") @Nullable Integer tier,
            @Nullable String rationale, @Nullable String notApplicableReason,
            @Schema(description = "Carried over from the previous round, still to be confirmed") boolean carriedOver,
            @Nullable String recordedBy, Instant recordedAt,
            @Schema(description = "Send it back when saving, to refuse a save over someone else's") long version) {

        static JudgementDoc of(JudgementView j, boolean showActor) {
            return new JudgementDoc(j.indicatorId(), j.outcome(), j.tier(), j.rationale(), j.notApplicableReason(),
                    j.carriedOver(), actor(j.recordedBy(), showActor), j.recordedAt(), j.version());
        }
    }

    @Schema(name = "Evidence", description = "An evidence item; `file` is the address of a FILE item's content")
    record EvidenceDoc(long id, String indicatorId, EvidenceKind kind, String title, @Nullable String url,
            @Nullable String fileName, @Nullable String contentType, @Nullable Long sizeBytes, @Nullable String sha256,
            @Nullable LocalDate documentDate, @Nullable String source, Confidentiality confidentiality,
            boolean carriedOver, @Nullable String addedBy, Instant addedAt, @Nullable String file) {

        static EvidenceDoc of(long assessmentId, EvidenceView e, boolean showActor) {
            String file = e.kind() == EvidenceKind.FILE
                    ? "/api/v1/assessments/" + assessmentId + "/evidence/" + e.id() + "/file" : null;
            return new EvidenceDoc(e.id(), e.indicatorId(), e.kind(), e.title(), e.url(), e.fileName(), e.contentType(),
                    e.sizeBytes(), e.sha256(), e.documentDate(), e.source(), e.confidentiality(), e.carriedOver(),
                    actor(e.addedBy(), showActor), e.addedAt(), file);
        }
    }

    @Schema(name = "WorkflowStep", description = "One step of the workflow history")
    record StepDoc(@Nullable AssessmentStatus from, AssessmentStatus to, @Nullable String note, @Nullable String actor,
            Instant at) {

        static StepDoc of(TransitionView t, boolean showActor) {
            return new StepDoc(t.from(), t.to(), t.note(), AssessmentApiDocuments.actor(t.actor(), showActor), t.at());
        }
    }

    @Schema(name = "Decision", description = "An entry of the decision log")
    record DecisionDoc(long id, String elementId, String question, String views, String rationale,
            @Nullable String decidedBy, Instant decidedAt) {

        static DecisionDoc of(DecisionView d, boolean showActor) {
            return new DecisionDoc(d.id(), d.elementId(), d.question(), d.views(), d.rationale(),
                    actor(d.decidedBy(), showActor), d.decidedAt());
        }
    }

    @Schema(name = "ImportedAssessment")
    record ImportedDoc(@Schema(description = "The new assessment's id") long id) {
    }

    // ---- requests -------------------------------------------------------------------------------

    @Schema(name = "RoundRequest")
    record RoundRequest(
            @Schema(example = "Regional study 2026", maxLength = 120)
            @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") @Nullable String label,
            @NotNull(message = "{validation.required}") @Nullable RoundKind kind,
            @Schema(description = "id@version of a loaded framework", example = "faro-national-2021@1.0.0")
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @Nullable String framework,
            @Schema(description = "A programme's slug", example = "egov-cybersecurity")
            @Size(max = 60, message = "{validation.tooLong}") @Nullable String programme,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {
    }

    @Schema(name = "StartRequest")
    record StartRequest(
            @Schema(description = "The member state's alpha-2 code", example = "AR")
            @NotBlank(message = "{validation.required}") @Size(max = 2, message = "{validation.tooLong}") @Nullable String country,
            @Schema(description = "The agency, in an agency round") @Nullable Long organisationId,
            @Schema(description = "Start from the subject's assessment of an earlier round (default false)") @Nullable Boolean carryOver) {
    }

    @Schema(name = "JudgementRequest")
    record JudgementRequest(
            @NotNull(message = "{validation.required}") @Nullable Outcome outcome,
            @Schema(description = "0–4 when the outcome is RATED (baseline controls)")
            @Range(min = 0, max = 4, message = "{validation.range}") @Nullable Integer tier,
            @Size(max = 4000, message = "{validation.tooLong}") @Nullable String rationale,
            @Schema(description = "Required when the outcome is NOT_APPLICABLE")
            @Size(max = 1000, message = "{validation.tooLong}") @Nullable String notApplicableReason,
            @Schema(description = "The version of the judgement the writer loaded; absent when there was none")
            @Nullable Long version) {
    }

    @Schema(name = "EvidenceRequest", description = "A URL or DOCUMENT item; FILE items are sent as multipart/form-data")
    record EvidenceRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @Nullable String indicatorId,
            @NotNull(message = "{validation.required}") @Nullable EvidenceKind kind,
            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String title,
            @Schema(description = "For URL items") @Size(max = 2000, message = "{validation.tooLong}") @Nullable String url,
            @Schema(description = "For DOCUMENT items") @Nullable LocalDate documentDate,
            @Schema(description = "For DOCUMENT items: who issued it") @Size(max = 300, message = "{validation.tooLong}") @Nullable String source,
            @NotNull(message = "{validation.required}") @Nullable Confidentiality confidentiality) {
    }

    /** A multipart FILE item: the text fields are checked here and converted by the controller. */
    @Schema(name = "EvidenceFileForm", description = "A FILE item, as multipart/form-data")
    record EvidenceFileForm(
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @Nullable String indicatorId,
            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String title,
            @Schema(description = "PUBLIC, PROGRAMME or COUNTRY")
            @NotBlank(message = "{validation.required}") @Nullable String confidentiality,
            @Schema(description = "yyyy-mm-dd") @Nullable String documentDate,
            @Size(max = 300, message = "{validation.tooLong}") @Nullable String source,
            @Schema(description = "The file", type = "string", format = "binary") @Nullable MultipartFile file) {
    }

    @Schema(name = "TransitionRequest")
    record TransitionRequest(
            @NotNull(message = "{validation.required}") @Nullable Transition transition,
            @Schema(description = "Required to RETURN")
            @Size(max = 2000, message = "{validation.tooLong}") @Nullable String note,
            @Schema(description = "The assessment's version the caller saw; a step on a changed assessment is a 409")
            @Nullable Long version) {
    }

    @Schema(name = "CommentRequest")
    record CommentRequest(
            @Schema(description = "A factor or aspect id", example = "D1.1")
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @Nullable String factorId,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") @Nullable String body) {
    }

    @Schema(name = "ConsultationRequest")
    record ConsultationRequest(
            @NotNull(message = "{validation.required}") @Nullable LocalDate heldOn,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String title,
            @Schema(description = "The stakeholder clusters present")
            @NotEmpty(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") @Nullable Set<Cluster> clusters,
            @Size(max = 4000, message = "{validation.tooLong}") @Nullable String notes) {
    }

    @Schema(name = "StatementRequest")
    record StatementRequest(
            @Schema(description = "A cluster present at the session") @NotNull(message = "{validation.required}") @Nullable Cluster cluster,
            @Schema(description = "A factor or aspect id", example = "D1.1.1")
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @Nullable String element,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") @Nullable String body,
            @Schema(description = "The cluster's view differs from the others' (default false)") @Nullable Boolean divergent) {
    }

    @Schema(name = "DecisionRequest")
    record DecisionRequest(
            @Schema(description = "A factor or aspect id", example = "D1.1.1")
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @Nullable String element,
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") @Nullable String question,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") @Nullable String views,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") @Nullable String rationale) {
    }

    @Schema(name = "PlanRequest")
    record PlanRequest(
            @NotNull(message = "{validation.required}") @Nullable Priority priority,
            @Size(max = 200, message = "{validation.tooLong}") @Nullable String owner,
            @Nullable LocalDate targetDate) {
    }

    static <T> List<T> nonNull(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
