package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import lat.faro.training.ProgrammeTargets;
import lat.faro.training.RegistrationForm;
import lat.faro.training.TargetDraft;
import lat.faro.training.TargetProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A programme's training targets and their live progress through the API. */
@RestController
@Tag(name = "Training", description = "Courses tied to maturity elements, training events and registration")
class TargetApi {

    private final ProgrammeTargets targets;

    TargetApi(ProgrammeTargets targets) {
        this.targets = targets;
    }

    @GetMapping(path = "/api/v1/training/programmes/{slug}/targets", produces = "application/json")
    @Operation(summary = "A programme's targets with their progress",
            description = "Public. Progress is computed now from the training data: countries where an event of the "
                    + "programme's courses was completed, distinct people with a confirmed place in one, up to each due date.")
    List<TargetProgress> list(@PathVariable String slug) {
        return targets.of(slug);
    }

    @PostMapping(path = "/api/v1/training/programmes/{slug}/targets", produces = "application/json")
    @Operation(summary = "Set a programme target (programme staff)",
            description = "`kind` COUNTRIES_REACHED (optionally counting only countries in `countryRole`, e.g. BENEFICIARY) or "
                    + "PEOPLE_TRAINED (optionally of one `sector`); `value` a whole number; `dueOn` a date. 400 names every bad field.")
    ResponseEntity<TargetProgress> createApi(@PathVariable String slug, @RequestBody TargetRequest request) {
        TargetProgress created = targets.create(new TargetDraft(slug, request.kind(), request.value(), request.dueOn(),
                request.countryRole(), request.sector()));
        return ResponseEntity.created(URI.create("/api/v1/training/programmes/" + slug + "/targets")).body(created);
    }

    record TargetRequest(TargetDraft.@Nullable Kind kind, @Nullable BigDecimal value, @Nullable LocalDate dueOn,
            @Nullable String countryRole, RegistrationForm.@Nullable Sector sector) {
    }

}
