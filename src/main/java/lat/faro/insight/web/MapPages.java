package lat.faro.insight.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.directory.DirectoryQueries;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.ScoringUnit;
import lat.faro.insight.RegionalStatistics;
import lat.faro.insight.RoundStatistics;
import lat.faro.insight.StageDistribution;
import lat.faro.insight.StatisticsFilter;
import lat.faro.shared.web.CsvFiles;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of the region for one factor or aspect of a round: each member state coloured by its
 * stage, drawn on the server as SVG from the shipped Natural Earth geometry (no script needed), a
 * state with results linking to its profile; the same figures as a table and CSV.
 */
@Controller
class MapPages {

    /** A member state on the map and in the table. */
    record State(String iso2, String name, @Nullable Integer stage, String stageText, boolean inScope, boolean hasResults,
            String path, boolean small, double cx, double cy) {

        /** The CSS class of its fill. */
        public String fill() {
            return !inScope ? "map-out" : stage == null ? "map-none" : "map-s" + stage;
        }
    }

    /** An element in the selector: a factor, or an aspect under it. */
    record Option(String id, String label, boolean aspect) {
    }

    private final RegionalStatistics statistics;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final RegionMap map;
    private final MessageSource messages;

    MapPages(RegionalStatistics statistics, FrameworkLibrary frameworks, DirectoryQueries directory, RegionMap map,
            MessageSource messages) {
        this.statistics = statistics;
        this.frameworks = frameworks;
        this.directory = directory;
        this.map = map;
        this.messages = messages;
    }

    @GetMapping("/insight/statistics/{roundId}/map")
    String map(@PathVariable long roundId, @RequestParam(required = false) @Nullable String element,
            @RequestParam(required = false) @Nullable String subregion, @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String role, Model model, Locale locale) {
        RoundStatistics stats = stats(roundId, subregion, programme, role);
        Framework framework = frameworks.get(stats.framework());
        StageDistribution chosen = chosen(stats, element);
        model.addAttribute("stats", stats);
        model.addAttribute("element", chosen);
        model.addAttribute("elementName", framework.nameOf(chosen.elementId()).map(t -> t.in(locale)).orElse(chosen.elementId()));
        model.addAttribute("options", options(framework, locale));
        model.addAttribute("states", states(stats, chosen, locale));
        model.addAttribute("width", map.width());
        model.addAttribute("height", map.height());
        model.addAttribute("context", map.context());
        model.addAttribute("legend", legend(chosen, locale));
        return "insight/map";
    }

    @GetMapping("/insight/statistics/{roundId}/map.csv")
    ResponseEntity<byte[]> csv(@PathVariable long roundId, @RequestParam(required = false) @Nullable String element,
            @RequestParam(required = false) @Nullable String subregion, @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String role, Locale locale) {
        RoundStatistics stats = stats(roundId, subregion, programme, role);
        StageDistribution chosen = chosen(stats, element);
        return CsvFiles.attachment("faro-map-" + roundId + "-" + chosen.elementId() + ".csv", table(stats, chosen, locale));
    }

    @GetMapping("/insight/statistics/{roundId}/map.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long roundId, @RequestParam(required = false) @Nullable String element,
            @RequestParam(required = false) @Nullable String subregion, @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String role, Locale locale) {
        RoundStatistics stats = stats(roundId, subregion, programme, role);
        StageDistribution chosen = chosen(stats, element);
        return lat.faro.shared.web.XlsxFiles.attachment("faro-map-" + roundId + "-" + chosen.elementId() + ".xlsx",
                chosen.elementId(), table(stats, chosen, locale));
    }

    /** The map's table: the member states in scope, each with its stage for the element or none. */
    private List<List<String>> table(RoundStatistics stats, StageDistribution chosen, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(msg("insight.heatmap.code", locale), msg("insight.heatmap.country", locale),
                msg("insight.stats.element", locale), msg("insight.country.stage", locale),
                msg("insight.country.stageName", locale)));
        for (State state : states(stats, chosen, locale)) {
            if (state.inScope()) {
                rows.add(List.of(state.iso2(), state.name(), chosen.elementId(),
                        state.stage() == null ? "" : state.stage().toString(), state.stageText()));
            }
        }
        return rows;
    }

    /** The map as a PNG image (1800 pixels wide) for slides and documents; the legend is on the page. */
    @GetMapping("/insight/statistics/{roundId}/map.png")
    ResponseEntity<byte[]> png(@PathVariable long roundId, @RequestParam(required = false) @Nullable String element,
            @RequestParam(required = false) @Nullable String subregion, @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String role) {
        RoundStatistics stats = stats(roundId, subregion, programme, role);
        StageDistribution chosen = chosen(stats, element);
        Map<String, Integer> stages = chosen.stageByCountry();
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.IMAGE_PNG)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename("faro-map-" + roundId + "-" + chosen.elementId() + ".png").build().toString())
                .body(map.png(stages, 1800));
    }

    private RoundStatistics stats(long roundId, @Nullable String subregion, @Nullable String programme, @Nullable String role) {
        StatisticsFilter filter = StatisticsPages.filter(subregion, programme, role);
        return statistics.of(roundId, filter).orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
    }

    /** The element asked for, or the round's first; an id the round does not have is a 404. */
    private static StageDistribution chosen(RoundStatistics stats, @Nullable String element) {
        if (element == null || element.isBlank()) {
            return stats.elements().getFirst();
        }
        return stats.element(element.strip()).orElseThrow(() -> new NotFoundException("insight.map.unknownElement", element));
    }

    private List<State> states(RoundStatistics stats, StageDistribution chosen, Locale locale) {
        Map<String, Integer> stages = chosen.stageByCountry();
        List<State> states = new ArrayList<>();
        for (RegionMap.Shape shape : map.shapes()) {
            Integer stage = stages.get(shape.iso2());
            boolean inScope = stats.inScope().contains(shape.iso2());
            String text = !inScope ? msg("insight.map.outOfScope", locale)
                    : stage == null ? msg("insight.map.noResult", locale)
                    : stage + " · " + msg("stage." + stage, locale);
            String name = directory.country(shape.iso2()).map(c -> c.name(locale)).orElse(shape.iso2());
            states.add(new State(shape.iso2(), name, stage, text, inScope, stats.sources().containsKey(shape.iso2()),
                    shape.path(), shape.small(), shape.cx(), shape.cy()));
        }
        Collator collator = Collator.getInstance(locale);
        states.sort((a, b) -> collator.compare(a.name(), b.name()));
        return states;
    }

    /** The legend: each stage with how many countries are at it, "n of N (x %)". */
    private List<String> legend(StageDistribution chosen, Locale locale) {
        java.text.NumberFormat percent = lat.faro.shared.web.Numbers.twoDecimals(locale);
        List<String> legend = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            legend.add(ShareTexts.of(chosen.share(stage), locale, percent, messages));
        }
        return legend;
    }

    /** Every factor of a framework, each followed by its aspects, for an element selector. */
    static List<Option> options(Framework framework, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (Dimension dimension : framework.dimensions()) {
            for (Factor factor : dimension.factors()) {
                options.add(new Option(factor.id(), factor.id() + " " + factor.name().in(locale), false));
                if (factor.hasAspects()) {
                    for (ScoringUnit aspect : factor.units()) {
                        options.add(new Option(aspect.id(), "\u2003" + aspect.id() + " " + aspect.name().in(locale), true));
                    }
                }
            }
        }
        return options;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
