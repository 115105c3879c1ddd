package lat.faro.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.ProgrammeRole;
import lat.faro.directory.Subregion;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.Texts;
import lat.faro.insight.RegionalStatistics;
import lat.faro.insight.RoundStatistics;
import lat.faro.insight.Share;
import lat.faro.insight.StageDistribution;
import lat.faro.insight.StatisticsFilter;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public statistics pages: the rounds with published results, and for one round, every
 * factor and aspect with "n of N countries, x %" at each stage and over the stage ranges people
 * ask about, the denominator always shown and the countries not assessed counted apart.
 */
@Controller
class StatisticsPages {

    /** A share as a page shows it: "31 of 32 (96.88 %)", formatted for the language. */
    record ShareText(int count, int of, String text) {
    }

    /** One row of the table: a factor or aspect with its shares. */
    record Row(String id, String name, String lang, String kind, boolean derived, int assessed, int notAssessed,
            List<ShareText> stages, List<ShareText> ranges) {
    }

    /** The rows of one dimension. */
    record Part(String id, String name, String lang, List<Row> rows) {
    }

    static final int[][] RANGES = {{1, 2}, {1, 3}, {3, 5}};

    private final RegionalStatistics statistics;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final MessageSource messages;

    StatisticsPages(RegionalStatistics statistics, FrameworkLibrary frameworks, DirectoryQueries directory,
            MessageSource messages) {
        this.statistics = statistics;
        this.frameworks = frameworks;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/insight/statistics")
    String rounds(Model model) {
        model.addAttribute("rounds", statistics.publishedRounds());
        return "insight/statistics-rounds";
    }

    @GetMapping("/insight/statistics/{roundId}")
    String round(@PathVariable long roundId, @RequestParam(required = false) @Nullable String subregion,
            @RequestParam(required = false) @Nullable String programme, @RequestParam(required = false) @Nullable String role,
            Model model, Locale locale) {
        StatisticsFilter filter = filter(subregion, programme, role);
        RoundStatistics stats = statistics.of(roundId, filter)
                .orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
        Framework framework = frameworks.get(stats.framework());
        model.addAttribute("stats", stats);
        model.addAttribute("framework", framework);
        List<Part> parts = parts(stats, framework, locale, messages);
        model.addAttribute("parts", parts);
        model.addAttribute("charts", charts(parts, locale));
        model.addAttribute("ranges", RANGES);
        model.addAttribute("subregions", Subregion.values());
        model.addAttribute("programmes", directory.programmes());
        model.addAttribute("roles", ProgrammeRole.values());
        model.addAttribute("importedCount", stats.sources().values().stream().filter("imported"::equals).count());
        return "insight/statistics";
    }

    /** Per dimension, the ECharts option of its factors' distribution bars (the aspects are in the table). */
    private Map<String, String> charts(List<Part> parts, Locale locale) {
        List<String> stageNames = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            stageNames.add(msg("stage." + stage, locale));
        }
        Map<String, String> charts = new java.util.HashMap<>();
        for (Part part : parts) {
            Map<String, int[]> counts = new java.util.LinkedHashMap<>();
            for (Row row : part.rows()) {
                if (row.kind().equals("factor")) {
                    counts.put(row.id(), row.stages().stream().mapToInt(ShareText::count).toArray());
                }
            }
            charts.put(part.id(), Charts.json(Charts.distribution(stageNames, counts, msg("insight.stats.countries", locale))));
        }
        return charts;
    }

    /** The statistics table as CSV, in the page's language: one line per factor and aspect. */
    @GetMapping("/insight/statistics/{roundId}.csv")
    org.springframework.http.ResponseEntity<byte[]> csv(@PathVariable long roundId, @RequestParam(required = false) @Nullable String subregion,
            @RequestParam(required = false) @Nullable String programme, @RequestParam(required = false) @Nullable String role,
            Locale locale) {
        return lat.faro.shared.web.CsvFiles.attachment("faro-statistics-" + roundId + ".csv",
                table(roundId, filter(subregion, programme, role), locale));
    }

    /** The same table as XLSX. */
    @GetMapping("/insight/statistics/{roundId}.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable long roundId, @RequestParam(required = false) @Nullable String subregion,
            @RequestParam(required = false) @Nullable String programme, @RequestParam(required = false) @Nullable String role,
            Locale locale) {
        return lat.faro.shared.web.XlsxFiles.attachment("faro-statistics-" + roundId + ".xlsx",
                msg("insight.stats.title", locale), table(roundId, filter(subregion, programme, role), locale));
    }

    private List<List<String>> table(long roundId, StatisticsFilter filter, Locale locale) {
        RoundStatistics stats = statistics.of(roundId, filter)
                .orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
        Framework framework = frameworks.get(stats.framework());
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(msg("insight.stats.element", locale), msg("insight.stats.name", locale),
                msg("insight.stats.kind", locale), msg("insight.stats.assessed", locale)));
        for (int stage = 1; stage <= 5; stage++) {
            header.add(msg("stage." + stage, locale));
            header.add(msg("stage." + stage, locale) + " %");
        }
        for (int[] range : RANGES) {
            String name = msg("stage." + range[0], locale) + "–" + msg("stage." + range[1], locale);
            header.add(name);
            header.add(name + " %");
        }
        header.add(msg("insight.stats.notAssessed", locale));
        rows.add(header);
        for (StageDistribution d : stats.elements()) {
            List<String> row = new ArrayList<>(List.of(d.elementId(),
                    framework.nameOf(d.elementId()).map(t -> t.in(locale)).orElse(""),
                    msg(d.derived() ? "insight.stats.kind.derived" : "insight.stats.kind." + d.kind(), locale),
                    Integer.toString(d.assessed())));
            for (int stage = 1; stage <= 5; stage++) {
                row.add(Integer.toString(d.count(stage)));
                row.add(plain(d.share(stage)));
            }
            for (int[] range : RANGES) {
                Share share = d.range(range[0], range[1]);
                row.add(Integer.toString(share.count()));
                row.add(plain(share));
            }
            row.add(Integer.toString(d.notAssessed().size()));
            rows.add(row);
        }
        return rows;
    }

    /** The heatmap: countries with results × factors, each cell the country's stage for the factor. */
    @GetMapping("/insight/statistics/{roundId}/heatmap")
    String heatmap(@PathVariable long roundId, @RequestParam(required = false) @Nullable String subregion,
            @RequestParam(required = false) @Nullable String programme, @RequestParam(required = false) @Nullable String role,
            Model model, Locale locale) {
        Heatmap heatmap = heatmap(roundId, filter(subregion, programme, role), locale);
        model.addAttribute("stats", heatmap.stats());
        model.addAttribute("columns", heatmap.columns());
        model.addAttribute("rows", heatmap.rows());
        return "insight/heatmap";
    }

    /** The heatmap's table as CSV: a line per country, a column per factor, the stage or nothing. */
    @GetMapping("/insight/statistics/{roundId}/heatmap.csv")
    org.springframework.http.ResponseEntity<byte[]> heatmapCsv(@PathVariable long roundId,
            @RequestParam(required = false) @Nullable String subregion, @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String role, Locale locale) {
        return lat.faro.shared.web.CsvFiles.attachment("faro-heatmap-" + roundId + ".csv",
                heatmapTable(heatmap(roundId, filter(subregion, programme, role), locale), locale));
    }

    /** The same as XLSX, the stages as numbers. */
    @GetMapping("/insight/statistics/{roundId}/heatmap.xlsx")
    org.springframework.http.ResponseEntity<byte[]> heatmapXlsx(@PathVariable long roundId,
            @RequestParam(required = false) @Nullable String subregion, @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String role, Locale locale) {
        return lat.faro.shared.web.XlsxFiles.attachment("faro-heatmap-" + roundId + ".xlsx", msg("insight.heatmap.country", locale),
                heatmapTable(heatmap(roundId, filter(subregion, programme, role), locale), locale));
    }

    private List<List<String>> heatmapTable(Heatmap heatmap, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(msg("insight.heatmap.code", locale), msg("insight.heatmap.country", locale)));
        heatmap.columns().forEach(c -> header.add(c.id()));
        rows.add(header);
        for (HeatRow row : heatmap.rows()) {
            List<String> line = new ArrayList<>(List.of(row.iso2(), row.name()));
            row.stages().forEach(stage -> line.add(stage == null ? "" : stage.toString()));
            rows.add(line);
        }
        return rows;
    }

    private Heatmap heatmap(long roundId, StatisticsFilter filter, Locale locale) {
        RoundStatistics stats = statistics.of(roundId, filter)
                .orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
        Framework framework = frameworks.get(stats.framework());
        List<StageDistribution> factors = stats.elements().stream().filter(e -> e.kind().equals("factor")).toList();
        List<HeatRow> rows = new ArrayList<>();
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        for (String country : stats.sources().keySet()) {
            Map<String, Integer> stages = lat.faro.insight.DerivedFigures.stagesOf(stats, country);
            List<@Nullable Integer> cells = new ArrayList<>();
            for (StageDistribution factor : factors) {
                cells.add(stages.get(factor.elementId()));
            }
            String name = directory.country(country).map(c -> c.name(locale)).orElse(country);
            rows.add(new HeatRow(country, name, cells));
        }
        rows.sort((a, b) -> collator.compare(a.name(), b.name()));
        List<Column> columns = factors.stream().map(f -> new Column(f.elementId(),
                framework.nameOf(f.elementId()).map(t -> t.in(locale)).orElse(f.elementId()), f.derived())).toList();
        return new Heatmap(stats, columns, rows);
    }

    /** The heatmap of a round: its factors as columns, its countries as rows. */
    record Heatmap(RoundStatistics stats, List<Column> columns, List<HeatRow> rows) {
    }

    /** A heatmap column: a factor. */
    record Column(String id, String name, boolean derived) {
    }

    /** A heatmap row: a country and its stage per factor (null when it has none). */
    record HeatRow(String iso2, String name, List<@Nullable Integer> stages) {
    }

    static StatisticsFilter filter(@Nullable String subregion, @Nullable String programme, @Nullable String role) {
        return new StatisticsFilter(enumOrNull(Subregion.class, subregion),
                programme == null || programme.isBlank() ? null : programme.strip(), enumOrNull(ProgrammeRole.class, role));
    }

    /**
     * The table of a round, dimension by dimension, each factor followed by its aspects, every
     * share formatted for the language; the page and the PDF report show the same figures.
     */
    static List<Part> parts(RoundStatistics stats, Framework framework, Locale locale, MessageSource messages) {
        Map<String, StageDistribution> byId = new java.util.HashMap<>();
        stats.elements().forEach(e -> byId.put(e.elementId(), e));
        NumberFormat percent = lat.faro.shared.web.Numbers.twoDecimals(locale);
        List<Part> parts = new ArrayList<>();
        for (var dimension : framework.dimensions()) {
            List<Row> rows = new ArrayList<>();
            for (var factor : dimension.factors()) {
                rows.add(row(byId.get(factor.id()), factor.name(), locale, percent, messages));
                if (factor.hasAspects()) {
                    for (var aspect : factor.units()) {
                        rows.add(row(byId.get(aspect.id()), aspect.name(), locale, percent, messages));
                    }
                }
            }
            parts.add(new Part(dimension.id(), dimension.name().in(locale), dimension.name().languageFor(locale), rows));
        }
        return parts;
    }

    private static String plain(Share share) {
        BigDecimal value = share.percent();
        return value == null ? "" : value.toPlainString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Row row(StageDistribution d, Texts name, Locale locale, NumberFormat percent, MessageSource messages) {
        List<ShareText> stages = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            stages.add(text(d.share(stage), locale, percent, messages));
        }
        List<ShareText> ranges = new ArrayList<>();
        for (int[] range : RANGES) {
            ranges.add(text(d.range(range[0], range[1]), locale, percent, messages));
        }
        return new Row(d.elementId(), name.in(locale), name.languageFor(locale), d.kind(), d.derived(), d.assessed(),
                d.notAssessed().size(), stages, ranges);
    }

    private static ShareText text(Share share, Locale locale, NumberFormat percent, MessageSource messages) {
        return new ShareText(share.count(), share.of(), ShareTexts.of(share, locale, percent, messages));
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }
}
