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
        StatisticsFilter filter = new StatisticsFilter(enumOrNull(Subregion.class, subregion),
                programme == null || programme.isBlank() ? null : programme.strip(), enumOrNull(ProgrammeRole.class, role));
        RoundStatistics stats = statistics.of(roundId, filter)
                .orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
        Framework framework = frameworks.get(stats.framework());
        Map<String, StageDistribution> byId = new java.util.HashMap<>();
        stats.elements().forEach(e -> byId.put(e.elementId(), e));
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMinimumFractionDigits(2);
        percent.setMaximumFractionDigits(2);
        List<Part> parts = new ArrayList<>();
        for (var dimension : framework.dimensions()) {
            List<Row> rows = new ArrayList<>();
            for (var factor : dimension.factors()) {
                rows.add(row(byId.get(factor.id()), factor.name(), locale, percent));
                if (factor.hasAspects()) {
                    for (var aspect : factor.units()) {
                        rows.add(row(byId.get(aspect.id()), aspect.name(), locale, percent));
                    }
                }
            }
            parts.add(new Part(dimension.id(), dimension.name().in(locale), dimension.name().languageFor(locale), rows));
        }
        model.addAttribute("stats", stats);
        model.addAttribute("framework", framework);
        model.addAttribute("parts", parts);
        model.addAttribute("ranges", RANGES);
        model.addAttribute("subregions", Subregion.values());
        model.addAttribute("programmes", directory.programmes());
        model.addAttribute("roles", ProgrammeRole.values());
        model.addAttribute("importedCount", stats.sources().values().stream().filter("imported"::equals).count());
        return "insight/statistics";
    }

    private Row row(StageDistribution d, Texts name, Locale locale, NumberFormat percent) {
        List<ShareText> stages = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            stages.add(text(d.share(stage), locale, percent));
        }
        List<ShareText> ranges = new ArrayList<>();
        for (int[] range : RANGES) {
            ranges.add(text(d.range(range[0], range[1]), locale, percent));
        }
        return new Row(d.elementId(), name.in(locale), name.languageFor(locale), d.kind(), d.derived(), d.assessed(),
                d.notAssessed().size(), stages, ranges);
    }

    private ShareText text(Share share, Locale locale, NumberFormat percent) {
        BigDecimal value = share.percent();
        String text = value == null
                ? messages.getMessage("insight.stats.none", null, locale)
                : messages.getMessage("insight.stats.share", new Object[] {share.count(), share.of(), percent.format(value)}, locale);
        return new ShareText(share.count(), share.of(), text);
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
