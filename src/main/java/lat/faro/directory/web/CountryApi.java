package lat.faro.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lat.faro.directory.CountryView;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.Subregion;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member states, open to everyone. */
@RestController
@RequestMapping(path = "/api/v1/countries", produces = "application/json")
@Tag(name = "Countries", description = "The 33 Latin American and Caribbean member states")
class CountryApi {

    private final DirectoryQueries directory;

    CountryApi(DirectoryQueries directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "List the member states", description = "Ordered by ISO alpha-2 code; optionally of one subregion.")
    ResponseEntity<List<CountryView>> list(@Parameter(description = "Only this subregion")
            @RequestParam(name = "subregion", required = false) @Nullable Subregion subregion) {
        var list = directory.countries().stream().filter(c -> subregion == null || c.subregion() == subregion).toList();
        return ResponseEntity.ok().cacheControl(REFERENCE_DATA).body(list);
    }

    /** Member states change with a new release at most: caches may keep them an hour. */
    static final CacheControl REFERENCE_DATA = CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic();

    @GetMapping("/{code}")
    @Operation(summary = "Get a member state", description = "By ISO alpha-2 or alpha-3 code, in any case; 404 when unknown.")
    ResponseEntity<CountryView> get(@Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, e.g. AR or ARG")
            @PathVariable String code) {
        return directory.country(code)
                .map(c -> ResponseEntity.ok().cacheControl(REFERENCE_DATA).body(c))
                .orElseThrow(() -> new NotFoundException("directory.country.notfound", Shown.shorten(code)));
    }
}
