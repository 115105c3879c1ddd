package lat.faro.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lat.faro.assessment.AssessmentQueries;
import lat.faro.assessment.PublishedResult;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.directory.CountryView;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.ProgrammeView;
import lat.faro.framework.FrameworkLibrary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional statistics over what is published: the latest published assessment of each country in
 * a round, and the round's imported results once published. A country with both counts by its
 * assessment. Denominators are the countries with a result for the element; countries in scope
 * without one are listed apart.
 */
@Service
@Transactional(readOnly = true)
public class RegionalStatistics {

    private final AssessmentQueries assessments;
    private final ImportedResults imported;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final InsightSettings settings;
    private final java.time.Clock clock;
    private final java.util.concurrent.ConcurrentMap<Object, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** A computed answer and until when it may be reused. */
    private record Cached(Object value, java.time.Instant until) {
    }

    private record Key(long roundId, StatisticsFilter filter) {
    }

    RegionalStatistics(AssessmentQueries assessments, ImportedResults imported, FrameworkLibrary frameworks,
            DirectoryQueries directory, InsightSettings settings, Optional<java.time.Clock> clock) {
        this.assessments = assessments;
        this.imported = imported;
        this.frameworks = frameworks;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock.orElse(java.time.Clock.systemUTC());
    }

    /** Forgets every computed answer: something was published or imported. */
    void forget() {
        cache.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, java.util.function.Supplier<T> compute) {
        java.time.Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return (T) hit.value();
        }
        T value = compute.get();
        cache.put(key, new Cached(value, now.plus(settings.statisticsTtl())));
        return value;
    }

    /** The national rounds with anything published, newest first. */
    public List<RoundView> publishedRounds() {
        return cached("rounds", this::computePublishedRounds);
    }

    private List<RoundView> computePublishedRounds() {
        List<Long> importedRounds = imported.publishedRounds();
        List<RoundView> result = new ArrayList<>();
        for (RoundView round : assessments.rounds()) {
            if (round.kind() == RoundKind.NATIONAL
                    && (importedRounds.contains(round.id()) || !assessments.published(round.id()).isEmpty())) {
                result.add(round);
            }
        }
        return List.copyOf(result);
    }

    /** The statistics of a round, or empty when nothing of it is published. */
    public Optional<RoundStatistics> of(long roundId, StatisticsFilter filter) {
        return cached(new Key(roundId, filter), () -> compute(roundId, filter));
    }

    private Optional<RoundStatistics> compute(long roundId, StatisticsFilter filter) {
        Optional<RoundView> found = assessments.round(roundId).filter(r -> r.kind() == RoundKind.NATIONAL);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RoundView round = found.get();
        Map<String, String> sources = new TreeMap<>();
        Map<String, Map<String, Integer>> stages = stagesOf(round, sources);
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        List<String> scope = scope(filter);
        sources.keySet().retainAll(scope);
        var framework = frameworks.get(round.framework());
        return Optional.of(new RoundStatistics(round.id(), round.label(), round.framework(), filter, scope, sources,
                Distributions.of(framework, scope, stages)));
    }

    /** What is published of a round: stages by country and element; {@code sources} gets each country's source. */
    private Map<String, Map<String, Integer>> stagesOf(RoundView round, Map<String, String> sources) {
        Map<String, Map<String, Integer>> stages = new HashMap<>();
        if (imported.isPublished(round.id())) {
            for (ImportedResults.Stored result : imported.inRound(round.id())) {
                stages.computeIfAbsent(result.country(), c -> new HashMap<>()).put(result.elementId(), result.stage());
                sources.put(result.country(), "imported");
            }
        }
        for (PublishedResult result : assessments.published(round.id())) {
            stages.put(result.country(), new HashMap<>(result.stages()));
            sources.put(result.country(), "assessment");
        }
        return stages;
    }

    /**
     * The published results of one member state in every national round, oldest first, each with
     * the round's statistics over all member states; empty when nothing of it is published.
     */
    public Optional<CountryProfile> country(String iso2) {
        return cached("country:" + iso2, () -> computeCountry(iso2));
    }

    private Optional<CountryProfile> computeCountry(String iso2) {
        List<RoundView> rounds = new ArrayList<>(publishedRounds());
        rounds.sort(java.util.Comparator.comparing(RoundOrder::when).thenComparing(RoundView::id));
        List<CountryProfile.RoundResult> results = new ArrayList<>();
        for (RoundView round : rounds) {
            of(round.id(), StatisticsFilter.ALL).ifPresent(stats -> {
                String source = stats.sources().get(iso2);
                if (source != null) {
                    results.add(new CountryProfile.RoundResult(stats, DerivedFigures.stagesOf(stats, iso2), source));
                }
            });
        }
        return results.isEmpty() ? Optional.empty() : Optional.of(new CountryProfile(iso2, results));
    }

    /**
     * The regional trend of one element over every published national round, oldest first; empty
     * when no published round's framework has the element.
     */
    public Optional<RegionalTrend> trend(String elementId) {
        return cached("trend:" + elementId, () -> computeTrend(elementId));
    }

    private Optional<RegionalTrend> computeTrend(String elementId) {
        List<RoundView> rounds = new ArrayList<>(publishedRounds());
        rounds.sort(java.util.Comparator.comparing(RoundOrder::when).thenComparing(RoundView::id));
        // The element's framework: that of the newest round that has it.
        lat.faro.framework.FrameworkRef reference = null;
        for (RoundView round : rounds.reversed()) {
            if (frameworks.get(round.framework()).nameOf(elementId).isPresent()) {
                reference = round.framework();
                break;
            }
        }
        if (reference == null) {
            return Optional.empty();
        }
        List<RegionalTrend.Point> points = new ArrayList<>();
        for (RoundView round : rounds) {
            RoundStatistics stats = of(round.id(), StatisticsFilter.ALL).orElse(null);
            if (stats == null) {
                continue;
            }
            String edition = round.framework().id() + "@" + round.framework().version();
            if (round.framework().id().equals(reference.id())) {
                points.add(new RegionalTrend.Point(round.id(), round.label(), edition, stats.element(elementId).orElse(null),
                        List.of(elementId), false));
                continue;
            }
            var mapping = frameworks.mapping(round.framework(), reference);
            List<lat.faro.framework.Mapping.Link> links = mapping.map(m -> m.into(elementId)).orElse(List.of());
            if (links.isEmpty()) {
                points.add(new RegionalTrend.Point(round.id(), round.label(), edition, null, List.of(), false));
                continue;
            }
            Map<Integer, List<String>> byStage = new HashMap<>();
            List<String> notAssessed = new ArrayList<>();
            for (String country : stats.inScope()) {
                Map<String, Integer> stages = DerivedFigures.stagesOf(stats, country);
                Integer lowest = null;
                for (var link : links) {
                    Integer stage = stages.get(link.from());
                    if (stage == null) {
                        lowest = null;
                        break;
                    }
                    lowest = lowest == null ? stage : Math.min(lowest, stage);
                }
                if (lowest == null) {
                    notAssessed.add(country);
                } else {
                    byStage.computeIfAbsent(lowest, s -> new ArrayList<>()).add(country);
                }
            }
            boolean exact = links.size() == 1 && links.getFirst().relation() == lat.faro.framework.Relation.EQUAL;
            String kind = frameworks.get(reference).factor(elementId).isPresent() ? "factor" : "aspect";
            points.add(new RegionalTrend.Point(round.id(), round.label(), edition,
                    new StageDistribution(elementId, kind, false, byStage, notAssessed),
                    links.stream().map(lat.faro.framework.Mapping.Link::from).toList(), !exact));
        }
        return Optional.of(new RegionalTrend(elementId, reference, points));
    }

    /**
     * For each country and aspect of a round, the change since the country's latest earlier round
     * with a comparable published result, across editions through their mapping. Empty when
     * nothing of the round is published.
     */
    public Optional<List<Change>> changes(long roundId) {
        return cached("changes:" + roundId, () -> computeChanges(roundId));
    }

    private Optional<List<Change>> computeChanges(long roundId) {
        Optional<RoundView> found = assessments.round(roundId).filter(r -> r.kind() == RoundKind.NATIONAL);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RoundView round = found.get();
        var current = new Changes.RoundResults(round.id(), round.label(), round.framework(), stagesOf(round, new TreeMap<>()));
        if (current.stages().isEmpty()) {
            return Optional.empty();
        }
        List<Changes.RoundResults> earlier = new ArrayList<>();
        for (RoundView other : RoundOrder.earlierThan(round, assessments.rounds())) {
            if (other.kind() == RoundKind.NATIONAL) {
                var stages = stagesOf(other, new TreeMap<>());
                if (!stages.isEmpty()) {
                    earlier.add(new Changes.RoundResults(other.id(), other.label(), other.framework(), stages));
                }
            }
        }
        return Optional.of(Changes.of(frameworks.get(round.framework()), current, earlier, frameworks::mapping));
    }

    /** The member states a filter covers, sorted by code. */
    List<String> scope(StatisticsFilter filter) {
        ProgrammeView programme = filter.programme() == null ? null : directory.programme(filter.programme()).orElse(null);
        List<String> scope = new ArrayList<>();
        for (CountryView country : directory.countries()) {
            if (filter.subregion() != null && country.subregion() != filter.subregion()) {
                continue;
            }
            if (filter.programme() != null) {
                var role = programme == null ? Optional.<lat.faro.directory.ProgrammeRole>empty() : programme.roleOf(country.iso2());
                if (role.isEmpty() || (filter.role() != null && role.get() != filter.role())) {
                    continue;
                }
            }
            scope.add(country.iso2());
        }
        scope.sort(String::compareTo);
        return scope;
    }
}
