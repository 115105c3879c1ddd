package lat.faro.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.directory.DirectoryQueries;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.ScoringUnit;
import lat.faro.framework.Texts;
import lat.faro.insight.Change;
import lat.faro.insight.CountryProfile;
import lat.faro.insight.DerivedFigures;
import lat.faro.insight.RegionalStatistics;
import lat.faro.insight.StageDistribution;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A country's profile for one round as the page, its tables' downloads and its reports show it:
 * every figure already formatted for the language, the charts' options beside the rows they draw.
 * The page, the CSV and XLSX files and the PDF and DOCX reports are all built from this one view.
 */
@Component
class CountryProfileView {

    /** The tables of a profile, by the name used in their download addresses. */
    enum TableName { DIMENSIONS, ELEMENTS, TREND, CHANGES }

    /** The figures of one round for one country; {@code round} is the round shown. */
    record Profile(String iso2, String name, String lang, CountryProfile.RoundResult round, Framework framework,
            List<RoundLink> rounds, List<DimensionRow> dimensions, List<ElementRow> elements, List<String> trendHeader,
            List<TrendRow> trend, boolean editionsDiffer, List<ChangeRow> changes, @Nullable String previousRound,
            String radarChart, String versusChart, String trendChart, Figures figures) {
    }

    /** The charts' numbers, for the reports that draw them as images. */
    record Figures(List<String> dimensionIds, List<@Nullable BigDecimal> country, List<@Nullable BigDecimal> region,
            List<String> factorIds, List<@Nullable Integer> factorStages, List<@Nullable BigDecimal> factorMedians) {
    }

    record RoundLink(long roundId, String label, boolean current) {
    }

    /** A dimension: the country's derived mean stage and the region's. */
    record DimensionRow(String id, String name, String lang, String country, String region, @Nullable BigDecimal countryValue,
            @Nullable BigDecimal regionValue) {
    }

    /** A factor or aspect: the country's stage, the region's median and where the country stands among the others. */
    record ElementRow(String id, String name, String lang, String kind, boolean derived, @Nullable Integer stage,
            String stageName, String median, String lower, String same, String higher, @Nullable Figures figures) {

        /** The numbers behind the texts: the median, and of how many other countries how many are lower, level, higher. */
        record Figures(@Nullable BigDecimal median, int others, int lower, int same, int higher) {
        }
    }

    /** One round of the trend: the country's derived mean per dimension. */
    record TrendRow(long roundId, String label, String framework, List<String> means, List<@Nullable BigDecimal> values) {
    }

    /** An aspect whose stage moved (or stayed) since the country's previous round with a comparable result. */
    record ChangeRow(String id, String name, String lang, String previousRound, String previousElements, int previousStage,
            int stage, String direction, boolean approximate) {
    }

    private final RegionalStatistics statistics;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final MessageSource messages;

    CountryProfileView(RegionalStatistics statistics, FrameworkLibrary frameworks, DirectoryQueries directory,
            MessageSource messages) {
        this.statistics = statistics;
        this.frameworks = frameworks;
        this.directory = directory;
        this.messages = messages;
    }

    /** The profile of a member state for a round (its latest with results when null); 404 otherwise. */
    Profile of(String code, @Nullable Long roundId, Locale locale) {
        var country = directory.country(code).orElseThrow(() -> new NotFoundException("insight.country.unknown", code));
        CountryProfile profile = statistics.country(country.iso2())
                .orElseThrow(() -> new NotFoundException("insight.country.nothing", country.name(locale)));
        CountryProfile.RoundResult round = roundId == null ? profile.latest()
                : profile.round(roundId).orElseThrow(() -> new NotFoundException("insight.country.noRound", country.name(locale), roundId));
        Framework framework = frameworks.get(round.region().framework());
        NumberFormat decimals = decimals(locale);
        String countryName = country.name(locale);

        List<DimensionRow> dimensions = new ArrayList<>();
        Map<String, BigDecimal> mine = DerivedFigures.dimensionMeans(framework, round.stages());
        Map<String, BigDecimal> region = DerivedFigures.regionalDimensionMeans(framework, round.region());
        List<String> dimensionNames = new ArrayList<>();
        List<@Nullable BigDecimal> mineValues = new ArrayList<>();
        List<@Nullable BigDecimal> regionValues = new ArrayList<>();
        for (Dimension dimension : framework.dimensions()) {
            dimensions.add(new DimensionRow(dimension.id(), dimension.name().in(locale), dimension.name().languageFor(locale),
                    format(mine.get(dimension.id()), decimals, locale), format(region.get(dimension.id()), decimals, locale),
                    mine.get(dimension.id()), region.get(dimension.id())));
            dimensionNames.add(dimension.id()); // the names are in the table beside the chart
            mineValues.add(mine.get(dimension.id()));
            regionValues.add(region.get(dimension.id()));
        }
        String radar = Charts.json(Charts.radar(dimensionNames, mineValues, countryName, regionValues,
                msg("insight.country.regionMean", locale)));

        Map<String, StageDistribution> byId = new LinkedHashMap<>();
        round.region().elements().forEach(e -> byId.put(e.elementId(), e));
        List<ElementRow> elements = new ArrayList<>();
        List<String> factorIds = new ArrayList<>();
        List<@Nullable Integer> factorStages = new ArrayList<>();
        List<@Nullable BigDecimal> factorMedians = new ArrayList<>();
        for (Dimension dimension : framework.dimensions()) {
            for (Factor factor : dimension.factors()) {
                elements.add(element(factor.id(), factor.name(), "factor", byId.get(factor.id()), round, locale, decimals));
                factorIds.add(factor.id());
                factorStages.add(round.stages().get(factor.id()));
                StageDistribution distribution = byId.get(factor.id());
                factorMedians.add(distribution == null ? null : DerivedFigures.median(distribution));
                if (factor.hasAspects()) {
                    for (ScoringUnit aspect : factor.units()) {
                        elements.add(element(aspect.id(), aspect.name(), "aspect", byId.get(aspect.id()), round, locale, decimals));
                    }
                }
            }
        }
        String versus = Charts.json(Charts.versusRegion(factorIds, factorStages, countryName, factorMedians,
                msg("insight.country.regionMedian", locale)));

        List<String> trendHeader = new ArrayList<>();
        List<TrendRow> trend = new ArrayList<>();
        Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
        for (Dimension dimension : framework.dimensions()) {
            trendHeader.add(dimension.id());
            series.put(dimension.id() + " " + dimension.name().in(locale), new ArrayList<>());
        }
        List<String> roundLabels = new ArrayList<>();
        boolean editionsDiffer = false;
        for (CountryProfile.RoundResult each : profile.rounds()) {
            Framework edition = frameworks.get(each.region().framework());
            editionsDiffer |= !edition.ref().id().equals(framework.ref().id());
            Map<String, BigDecimal> means = DerivedFigures.dimensionMeans(edition, each.stages());
            List<String> cells = new ArrayList<>();
            List<@Nullable BigDecimal> raw = new ArrayList<>();
            int i = 0;
            for (List<@Nullable BigDecimal> values : series.values()) {
                BigDecimal mean = means.get(trendHeader.get(i++));
                values.add(mean);
                cells.add(format(mean, decimals, locale));
                raw.add(mean);
            }
            roundLabels.add(each.label());
            trend.add(new TrendRow(each.roundId(), each.label(), edition.name().in(locale) + " " + edition.ref().version(), cells,
                    raw));
        }
        String trendChart = Charts.json(Charts.trend(roundLabels, series));

        List<ChangeRow> changes = new ArrayList<>();
        String previousRound = null;
        for (Change change : statistics.changes(round.roundId()).orElse(List.of())) {
            if (!change.country().equals(country.iso2())) {
                continue;
            }
            previousRound = change.previousRound();
            Texts name = framework.nameOf(change.elementId()).orElse(null);
            changes.add(new ChangeRow(change.elementId(), name == null ? "" : name.in(locale),
                    name == null ? locale.getLanguage() : name.languageFor(locale), change.previousRound(),
                    String.join(", ", change.previousElements()), change.previousStage(), change.stage(),
                    msg("insight.country.direction." + change.direction().name(), locale), change.approximate()));
        }

        List<RoundLink> links = profile.rounds().stream()
                .map(r -> new RoundLink(r.roundId(), r.label(), r.roundId() == round.roundId())).toList();
        return new Profile(country.iso2(), countryName, locale.getLanguage(), round, framework, links, dimensions, elements,
                trendHeader, trend, editionsDiffer, changes, previousRound, radar, versus, trendChart,
                new Figures(dimensionNames, mineValues, regionValues, factorIds, factorStages, factorMedians));
    }

    /**
     * A table of the profile as rows, header first, for CSV and XLSX: names in the language,
     * numbers plain (a dot for decimals, shares as count, denominator and percentage apart), as in
     * the statistics downloads.
     */
    List<List<String>> table(Profile profile, TableName table, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        switch (table) {
            case DIMENSIONS -> {
                rows.add(List.of(msg("insight.country.dimension", locale), msg("insight.stats.name", locale),
                        msg("insight.country.countryMean", locale), msg("insight.country.regionMean", locale)));
                profile.dimensions().forEach(d -> rows.add(List.of(d.id(), d.name(), plain(d.countryValue()), plain(d.regionValue()))));
            }
            case ELEMENTS -> {
                String lower = msg("insight.country.lower", locale);
                String same = msg("insight.country.same", locale);
                String higher = msg("insight.country.higher", locale);
                rows.add(List.of(msg("insight.stats.element", locale), msg("insight.stats.name", locale),
                        msg("insight.stats.kind", locale), msg("insight.country.stage", locale),
                        msg("insight.country.stageName", locale), msg("insight.country.regionMedian", locale),
                        msg("insight.country.others", locale), lower, lower + " %", same, same + " %", higher, higher + " %"));
                for (ElementRow e : profile.elements()) {
                    List<String> row = new ArrayList<>(List.of(e.id(), e.name(),
                            msg(e.derived() ? "insight.stats.kind.derived" : "insight.stats.kind." + e.kind(), locale),
                            e.stage() == null ? "" : Integer.toString(e.stage()), e.stage() == null ? "" : e.stageName(),
                            e.figures() == null ? "" : plain(e.figures().median())));
                    ElementRow.Figures f = e.figures();
                    if (f == null || e.stage() == null || f.others() == 0) {
                        row.addAll(java.util.Collections.nCopies(7, ""));
                        if (f != null && e.stage() != null) {
                            row.set(6, "0");
                        }
                    } else {
                        row.add(Integer.toString(f.others()));
                        for (int count : new int[] {f.lower(), f.same(), f.higher()}) {
                            row.add(Integer.toString(count));
                            row.add(plain(new lat.faro.insight.Share(count, f.others()).percent()));
                        }
                    }
                    rows.add(row);
                }
            }
            case TREND -> {
                List<String> header = new ArrayList<>(List.of(msg("insight.country.round", locale),
                        msg("insight.country.framework", locale)));
                header.addAll(profile.trendHeader());
                rows.add(header);
                profile.trend().forEach(t -> {
                    List<String> row = new ArrayList<>(List.of(t.label(), t.framework()));
                    t.values().forEach(v -> row.add(plain(v)));
                    rows.add(row);
                });
            }
            case CHANGES -> {
                rows.add(List.of(msg("insight.stats.element", locale), msg("insight.stats.name", locale),
                        msg("insight.country.previousRound", locale), msg("insight.country.previousElements", locale),
                        msg("insight.country.previousStage", locale), msg("insight.country.stage", locale),
                        msg("insight.country.change", locale), msg("insight.country.approximate", locale)));
                profile.changes().forEach(c -> rows.add(List.of(c.id(), c.name(), c.previousRound(), c.previousElements(),
                        Integer.toString(c.previousStage()), Integer.toString(c.stage()), c.direction(),
                        msg(c.approximate() ? "insight.country.yes" : "insight.country.no", locale))));
            }
        }
        return rows;
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private ElementRow element(String id, Texts name, String kind, @Nullable StageDistribution distribution,
            CountryProfile.RoundResult round, Locale locale, NumberFormat decimals) {
        Integer stage = round.stages().get(id);
        String none = msg("insight.stats.none", locale);
        if (distribution == null) {
            return new ElementRow(id, name.in(locale), name.languageFor(locale), kind, false, stage, none, none, none, none, none,
                    null);
        }
        BigDecimal median = DerivedFigures.median(distribution);
        ElementRow.Figures figures = null;
        String lower = none;
        String same = none;
        String higher = none;
        if (stage != null) {
            // The others: the country itself is not counted among those it is compared with.
            figures = new ElementRow.Figures(median, distribution.assessed() - 1, distribution.range(1, stage - 1).count(),
                    distribution.count(stage) - 1, distribution.range(stage + 1, 5).count());
            lower = share(figures.lower(), figures.others(), locale, decimals);
            same = share(figures.same(), figures.others(), locale, decimals);
            higher = share(figures.higher(), figures.others(), locale, decimals);
        }
        return new ElementRow(id, name.in(locale), name.languageFor(locale), kind, distribution.derived(), stage,
                stage == null ? none : msg("stage." + stage, locale), format(median, decimals, locale), lower, same, higher,
                figures == null ? new ElementRow.Figures(median, 0, 0, 0, 0) : figures);
    }

    private String share(int count, int of, Locale locale, NumberFormat decimals) {
        return ShareTexts.of(new lat.faro.insight.Share(count, of), locale, decimals, messages);
    }

    private String format(@Nullable BigDecimal value, NumberFormat decimals, Locale locale) {
        return value == null ? msg("insight.stats.none", locale) : decimals.format(value);
    }

    private static NumberFormat decimals(Locale locale) {
        return lat.faro.shared.web.Numbers.twoDecimals(locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
