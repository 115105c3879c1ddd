package lat.faro.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lat.faro.directory.ProgrammeRole;
import lat.faro.directory.Subregion;
import lat.faro.insight.RegionalStatistics;
import lat.faro.insight.RoundStatistics;
import lat.faro.insight.Share;
import lat.faro.insight.StageDistribution;
import lat.faro.insight.StatisticsFilter;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: published results only, for anyone, read-only from any origin. A round with nothing
 * published does not exist here (404); nothing unpublished or confidential is reachable.
 */
@RestController
@RequestMapping(path = "/api/v1/open", produces = "application/json")
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 3600)
@Tag(name = "Open data", description = "Published regional results and statistics, free to reuse")
class OpenDataApi {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    /** A round with published results. */
    record OpenRound(long id, String label, String framework) {
    }

    /** A share: count of the denominator, and the percentage rounded to two decimals (null when nothing is assessed). */
    record ShareDoc(int count, int of, @Nullable BigDecimal percent) {
        static ShareDoc of(Share share) {
            return new ShareDoc(share.count(), share.of(), share.percent());
        }
    }

    record StageDoc(int stage, int count, int of, @Nullable BigDecimal percent, List<String> countries) {
    }

    record RangeDoc(int from, int to, int count, int of, @Nullable BigDecimal percent) {
    }

    /**
     * One factor or aspect: the countries assessed on it (the denominator), the count and share at
     * each stage, the shares at most and at least each stage, and the countries in scope not assessed.
     */
    record ElementDoc(String element, String kind, boolean derived, int assessed, List<StageDoc> stages,
            List<RangeDoc> ranges, List<String> notAssessed) {
    }

    record FilterDoc(@Nullable Subregion subregion, @Nullable String programme, @Nullable ProgrammeRole role) {
    }

    record StatisticsDoc(long round, String label, String framework, FilterDoc filter, int countriesInScope,
            List<String> countriesWithResults, List<String> imported, List<ElementDoc> elements) {
    }

    /** A statistics document written once for the statistics it came from, with its ETag. */
    private record Rendered(RoundStatistics source, byte[] json, String etag) {
    }

    private record Key(long roundId, StatisticsFilter filter) {
    }

    private final RegionalStatistics statistics;
    private final lat.faro.directory.DirectoryQueries directory;
    private final tools.jackson.databind.ObjectMapper json;
    private final java.util.concurrent.ConcurrentMap<Key, Rendered> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    OpenDataApi(RegionalStatistics statistics, lat.faro.directory.DirectoryQueries directory,
            tools.jackson.databind.ObjectMapper json) {
        this.statistics = statistics;
        this.directory = directory;
        this.json = json;
    }

    /** One country's published result in a round: its stage per factor and aspect (derived factors included). */
    record CountryRoundDoc(long round, String label, String framework, String source, java.util.Map<String, Integer> stages) {
    }

    /** A member state's published results, oldest round first. */
    record CountryDoc(String country, List<CountryRoundDoc> rounds) {
    }

    @GetMapping("/countries/{code}")
    @Operation(summary = "Published results of a member state",
            description = "Per national round with a published result for the country (ISO 3166-1 alpha-2 or alpha-3), "
                    + "oldest first: the round, its framework, the source (`assessment` published in Faro, or `imported`) and the "
                    + "stage per factor and aspect; a factor with aspects and no stage of its own has the lowest stage of its "
                    + "aspects when all are assessed. 404 for an unknown code or a country with nothing published.")
    ResponseEntity<CountryDoc> country(@PathVariable String code) {
        var country = directory.country(code).orElseThrow(() -> new NotFoundException("insight.country.unknown", code));
        var profile = statistics.country(country.iso2())
                .orElseThrow(() -> new NotFoundException("insight.country.nothing", country.iso2()));
        return ResponseEntity.ok().cacheControl(CACHE).body(new CountryDoc(country.iso2(), profile.rounds().stream()
                .map(r -> new CountryRoundDoc(r.roundId(), r.label(), r.region().framework().toString(), r.source(),
                        new java.util.TreeMap<>(r.stages())))
                .toList()));
    }

    @GetMapping("/rounds")
    @Operation(summary = "List the rounds with published results", description = "Newest first.")
    ResponseEntity<List<OpenRound>> rounds() {
        return ResponseEntity.ok().cacheControl(CACHE).body(statistics.publishedRounds().stream()
                .map(r -> new OpenRound(r.id(), r.label(), r.framework().toString())).toList());
    }

    @GetMapping("/rounds/{roundId}/statistics")
    @Operation(summary = "Regional statistics of a round",
            description = "For every factor and aspect of the round's framework: countries assessed (the denominator), "
                    + "count and share at each stage, shares at most / at least each stage, and the countries in scope "
                    + "not assessed. Shares are exact counts; percentages are rounded to two decimals. 404 when nothing "
                    + "of the round is published.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The statistics",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = StatisticsDoc.class)))
    ResponseEntity<byte[]> statistics(org.springframework.web.context.request.WebRequest request, @PathVariable long roundId,
            @Parameter(description = "CARIBBEAN, CENTRAL_AMERICA, SOUTH_AMERICA or NORTH_AMERICA") @RequestParam(required = false) @Nullable String subregion,
            @Parameter(description = "A programme's slug: only its countries") @RequestParam(required = false) @Nullable String programme,
            @Parameter(description = "With programme: BENEFICIARY or PARTICIPATING") @RequestParam(required = false) @Nullable String role) {
        StatisticsFilter filter = new StatisticsFilter(parse(Subregion.class, "subregion", subregion), programme,
                parse(ProgrammeRole.class, "role", role));
        RoundStatistics stats = statistics.of(roundId, filter)
                .orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
        // The statistics are kept for reuse; so is their document, written once for them.
        Key key = new Key(roundId, filter);
        Rendered doc = rendered.get(key);
        if (doc == null || doc.source() != stats) {
            byte[] body = json.writeValueAsBytes(document(stats, filter));
            doc = new Rendered(stats, body, "\"" + org.springframework.util.DigestUtils.md5DigestAsHex(body) + "\"");
            rendered.put(key, doc);
        }
        if (request.checkNotModified(doc.etag())) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CACHE).eTag(doc.etag())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(doc.json());
    }

    private static StatisticsDoc document(RoundStatistics stats, StatisticsFilter filter) {
        List<ElementDoc> elements = new ArrayList<>();
        for (StageDistribution d : stats.elements()) {
            List<StageDoc> stages = new ArrayList<>();
            for (int stage = 1; stage <= 5; stage++) {
                Share share = d.share(stage);
                stages.add(new StageDoc(stage, share.count(), share.of(), share.percent(), d.byStage().getOrDefault(stage, List.of())));
            }
            List<RangeDoc> ranges = new ArrayList<>();
            for (int to = 2; to <= 4; to++) {
                ranges.add(range(d, 1, to));
            }
            for (int from = 2; from <= 4; from++) {
                ranges.add(range(d, from, 5));
            }
            elements.add(new ElementDoc(d.elementId(), d.kind(), d.derived(), d.assessed(), stages, ranges, d.notAssessed()));
        }
        List<String> imported = stats.sources().entrySet().stream().filter(e -> e.getValue().equals("imported"))
                .map(java.util.Map.Entry::getKey).toList();
        return new StatisticsDoc(stats.roundId(), stats.label(), stats.framework().toString(),
                new FilterDoc(filter.subregion(), filter.programme(), filter.role()), stats.inScope().size(),
                List.copyOf(stats.sources().keySet()), imported, elements);
    }

    /** One country's change on one aspect since its previous comparable round. */
    record ChangeDoc(String country, String element, int stage, String previousRound, List<String> previousElements,
            int previousStage, String direction, boolean approximate, @Nullable String relation) {
    }

    @GetMapping("/rounds/{roundId}/changes")
    @Operation(summary = "Change since each country's previous round",
            description = "Per country and aspect: up, down or same against the country's latest earlier round with a "
                    + "comparable published result. Across editions the comparison goes through the edition mapping "
                    + "(approximate unless a single 'equal' link). 404 when nothing of the round is published.")
    ResponseEntity<List<ChangeDoc>> changes(@PathVariable long roundId) {
        var changes = statistics.changes(roundId).orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
        return ResponseEntity.ok().cacheControl(CACHE).body(changes.stream()
                .map(c -> new ChangeDoc(c.country(), c.elementId(), c.stage(), c.previousRound(), c.previousElements(),
                        c.previousStage(), c.direction().name().toLowerCase(java.util.Locale.ROOT), c.approximate(), c.relation()))
                .toList());
    }

    private static RangeDoc range(StageDistribution d, int from, int to) {
        Share share = d.range(from, to);
        return new RangeDoc(from, to, share.count(), share.of(), share.percent());
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidFieldException.invalid(field, "insight.filter.unknown", value.length() > 40 ? value.substring(0, 40) : value);
        }
    }
}
