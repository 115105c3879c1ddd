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

/**
 * The regional report of a round as PDF and as an editable DOCX: public, with the filters of the
 * statistics page, in the request's language; a round that is not published has no report (404).
 */
@Controller
class RegionalReportPages {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

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
        RoundStatistics stats = published(roundId, subregion, programme, role);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("faro-regional-report-" + roundId + "-" + locale.getLanguage() + ".pdf").build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(report.pdf(stats, locale));
    }

    @GetMapping("/insight/statistics/{roundId}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long roundId, @RequestParam(required = false) @Nullable String subregion,
            @RequestParam(required = false) @Nullable String programme, @RequestParam(required = false) @Nullable String role,
            Locale locale) {
        RoundStatistics stats = published(roundId, subregion, programme, role);
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("faro-regional-report-" + roundId + "-" + locale.getLanguage() + ".docx").build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(report.docx(stats, locale));
    }

    private RoundStatistics published(long roundId, @Nullable String subregion, @Nullable String programme,
            @Nullable String role) {
        return statistics.of(roundId, StatisticsPages.filter(subregion, programme, role))
                .orElseThrow(() -> new NotFoundException("insight.open.notPublished", roundId));
    }
}
