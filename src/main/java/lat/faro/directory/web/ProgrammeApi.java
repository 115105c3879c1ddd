package lat.faro.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.ProgrammeView;
import lat.faro.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programmes, open to everyone. */
@RestController
@RequestMapping(path = "/api/v1/programmes", produces = "application/json")
@Tag(name = "Programmes", description = "Capacity-building programmes, their targets and countries")
class ProgrammeApi {

    private final DirectoryQueries directory;

    ProgrammeApi(DirectoryQueries directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "List the programmes", description = "Oldest first, each with its countries and their roles.")
    List<ProgrammeView> list() {
        return directory.programmes();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Get a programme", description = "By its slug, e.g. egov-cybersecurity; 404 when unknown.")
    ProgrammeView get(@Parameter(description = "The programme's slug") @PathVariable String slug) {
        return directory.programme(slug)
                .orElseThrow(() -> new NotFoundException("directory.programme.notfound", Shown.shorten(slug)));
    }
}
