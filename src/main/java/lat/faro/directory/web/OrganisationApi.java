package lat.faro.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import lat.faro.directory.OrganisationDraft;
import lat.faro.directory.OrganisationManagement;
import lat.faro.directory.OrganisationPage;
import lat.faro.directory.OrganisationType;
import lat.faro.directory.OrganisationView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations for administrators and coordinators, within their scope: national coordinators
 * see and change only their own country's. Refusals are 401/403 problem details.
 */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = "application/json")
@Tag(name = "Organisations", description = "Organisations taking part; needs an administrator or coordinator")
class OrganisationApi {

    private final OrganisationManagement management;

    OrganisationApi(OrganisationManagement management) {
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "List organisations", description = "Those the caller may manage, by name; size at most 100.")
    OrganisationPage list(
            @Parameter(description = "A member state's alpha-2 code") @RequestParam(name = "country", required = false) @Nullable String country,
            @Parameter(description = "Only this type") @RequestParam(name = "type", required = false) @Nullable OrganisationType type,
            @Parameter(description = "Page number, from 0") @RequestParam(name = "page", defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(name = "size", defaultValue = "20") int size) {
        return management.search(country, type, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an organisation")
    OrganisationView get(@PathVariable long id) {
        return management.get(id);
    }

    @PostMapping
    @Operation(summary = "Register an organisation", description = "201 with its address; 409 when the name is taken in that country.")
    ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationDraft draft) {
        OrganisationView created = management.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an organisation", description = "Replaces every field; 409 when the name is taken.")
    OrganisationView update(@PathVariable long id, @Valid @RequestBody OrganisationDraft draft) {
        return management.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an organisation")
    ResponseEntity<Void> delete(@PathVariable long id) {
        management.remove(id);
        return ResponseEntity.noContent().build();
    }
}
