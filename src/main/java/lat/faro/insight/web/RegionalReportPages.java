package lat.faro.insight.web;

import java.util.Locale;
import lat.faro.insight.RegionalStatistics;
import lat.faro.insight.RoundStatistics;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The regional report of a round as PDF: public, with the filters of the statistics page. */
@Controller
class RegionalReportPages {

    private final RegionalStatistics statistics;
    private final RegionalReport report;

    RegionalReportPages(RegionalStatistics statistics, RegionalReport report) {
        this.statistics = statistics;
        this.report = report;
    }

    @GetMapping("/insight/statistics/{roundId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long roundId, @RequestParam(required = false) @Nullable String subregion,
            @RequestParam(required = false) @Nullable String programme, @RequestParam(required = false) @Nullable String role,
            Locale locale) {
        RoundStatistics stats = statistics.of(roundId, StatisticsPages.filter(subregion, programme, role))
                .orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("faro-regional-report-" + roundId + "-" + locale.getLanguage() + ".pdf").build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(report.pdf(stats, locale));
    }
}
