package lat.faro.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.assessment.RoundView;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.insight.RegionalStatistics;
import lat.faro.insight.RegionalTrend;
import lat.faro.insight.Share;
import lat.faro.insight.StageDistribution;
import lat.faro.shared.web.CsvFiles;
import lat.faro.shared.web.NotFoundException;
import lat.faro.shared.web.XlsxFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regional trend of one factor or aspect between rounds: per published round, how many
 * countries stood at each stage, as stacked bars and as a table (CSV, XLSX); older editions
 * through the mapping, marked approximate where the mapping is not an equivalence.
 */
@Controller
class TrendPages {

    /** A round of the trend as the table shows it; {@code stages} and {@code range} are "n of N (x %)". */
    record Row(long roundId, String label, String framework, boolean comparable, int assessed, int notAssessed,
            List<String> stages, String range, String comparedWith, boolean approximate, int[] counts) {
    }

    private final RegionalStatistics statistics;
    private final FrameworkLibrary frameworks;
    private final MessageSource messages;

    TrendPages(RegionalStatistics statistics, FrameworkLibrary frameworks, MessageSource messages) {
        this.statistics = statistics;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @GetMapping("/insight/trend")
    String trend(@RequestParam(required = false) @Nullable String element, Model model, Locale locale) {
        Framework framework = newestFramework();
        String id = element == null || element.isBlank() ? framework.dimensions().getFirst().factors().getFirst().id() : element.strip();
        RegionalTrend trend = statistics.trend(id).orElseThrow(() -> new NotFoundException("insight.map.unknownElement", id));
        List<Row> rows = rows(trend, locale);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.comparable()) {
                counts.put(counts.containsKey(row.label()) ? row.label() + " (" + row.roundId() + ")" : row.label(), row.counts());
            }
        }
        List<String> stageNames = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            stageNames.add(msg("stage." + stage, locale));
        }
        Framework reference = frameworks.get(trend.framework());
        model.addAttribute("elementId", id);
        model.addAttribute("elementName", reference.nameOf(id).map(t -> t.in(locale)).orElse(id));
        model.addAttribute("options", MapPages.options(reference, locale));
        model.addAttribute("rows", rows);
        model.addAttribute("chart", Charts.json(Charts.distribution(stageNames, counts, msg("insight.stats.countries", locale))));
        return "insight/trend";
    }

    @GetMapping("/insight/trend.csv")
    ResponseEntity<byte[]> csv(@RequestParam String element, Locale locale) {
        return CsvFiles.attachment("faro-trend-" + element.strip() + ".csv", table(element.strip(), locale));
    }

    @GetMapping("/insight/trend.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam String element, Locale locale) {
        return XlsxFiles.attachment("faro-trend-" + element.strip() + ".xlsx", element.strip(), table(element.strip(), locale));
    }

    private List<List<String>> table(String element, Locale locale) {
        RegionalTrend trend = statistics.trend(element).orElseThrow(() -> new NotFoundException("insight.map.unknownElement", element));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(msg("insight.country.round", locale), msg("insight.country.framework", locale),
                msg("insight.trend.comparedWith", locale), msg("insight.country.approximate", locale),
                msg("insight.stats.assessed", locale)));
        for (int stage = 1; stage <= 5; stage++) {
            header.add(msg("stage." + stage, locale));
            header.add(msg("stage." + stage, locale) + " %");
        }
        String range = msg("stage.1", locale) + "–" + msg("stage.2", locale);
        header.add(range);
        header.add(range + " %");
        header.add(msg("insight.stats.notAssessed", locale));
        rows.add(header);
        for (RegionalTrend.Point point : trend.rounds()) {
            List<String> row = new ArrayList<>(List.of(point.label(), point.framework(), String.join(" ", point.comparedWith()),
                    msg(point.approximate() ? "insight.country.yes" : "insight.country.no", locale)));
            StageDistribution d = point.distribution();
            if (d == null) {
                row.addAll(java.util.Collections.nCopies(14, ""));
            } else {
                row.add(Integer.toString(d.assessed()));
                for (int stage = 1; stage <= 5; stage++) {
                    row.add(Integer.toString(d.count(stage)));
                    row.add(plain(d.share(stage)));
                }
                row.add(Integer.toString(d.range(1, 2).count()));
                row.add(plain(d.range(1, 2)));
                row.add(Integer.toString(d.notAssessed().size()));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<Row> rows(RegionalTrend trend, Locale locale) {
        NumberFormat percent = lat.faro.shared.web.Numbers.twoDecimals(locale);
        List<Row> rows = new ArrayList<>();
        for (RegionalTrend.Point point : trend.rounds()) {
            StageDistribution d = point.distribution();
            if (d == null) {
                rows.add(new Row(point.roundId(), point.label(), point.framework(), false, 0, 0, List.of(), "", "", false,
                        new int[5]));
                continue;
            }
            List<String> stages = new ArrayList<>();
            int[] counts = new int[5];
            for (int stage = 1; stage <= 5; stage++) {
                stages.add(text(d.share(stage), locale, percent));
                counts[stage - 1] = d.count(stage);
            }
            rows.add(new Row(point.roundId(), point.label(), point.framework(), true, d.assessed(), d.notAssessed().size(), stages,
                    text(d.range(1, 2), locale, percent), String.join(", ", point.comparedWith()), point.approximate(), counts));
        }
        return rows;
    }

    /** The framework of the newest round with published results; 404 when nothing is published. */
    private Framework newestFramework() {
        List<RoundView> rounds = statistics.publishedRounds();
        if (rounds.isEmpty()) {
            throw new NotFoundException("insight.stats.noRounds");
        }
        return frameworks.get(rounds.getFirst().framework());
    }

    private String text(Share share, Locale locale, NumberFormat percent) {
        return ShareTexts.of(share, locale, percent, messages);
    }

    private static String plain(Share share) {
        BigDecimal value = share.percent();
        return value == null ? "" : value.toPlainString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
