package lat.faro.training.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.shared.web.PdfDocuments;
import lat.faro.shared.web.XlsxFiles;
import lat.faro.training.EventReports;
import lat.faro.training.FollowUps;
import lat.faro.training.Fraction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** An event's report as PDF (in the page's language) and its participants' table as XLSX, for its trainers and staff. */
@Controller
class EventReportPages {

    private final EventReports reports;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final FollowUps followUps;

    EventReportPages(EventReports reports, ITemplateEngine templates, MessageSource messages, FollowUps followUps) {
        this.followUps = followUps;
        this.reports = reports;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/training/events/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        EventReports.Report report = reports.of(id);
        NumberFormat decimals = decimals(locale);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        Map<String, Object> variables = new HashMap<>();
        variables.put("r", report);
        variables.put("title", report.event().courseTitle().in(locale));
        variables.put("sessions", report.sessions().stream().map(s -> List.of(Integer.toString(s.position()),
                s.session().startsAt().format(when), s.present() + " / " + s.of())).toList());
        variables.put("people", rows(report, decimals, locale).subList(1, report.people().size() + 1));
        variables.put("classGain", number(report.gain().classAverageGain(), decimals, locale));
        variables.put("meanGain", number(report.gain().meanIndividualGain(), decimals, locale));
        variables.put("attrition", report.gain().attrition() + " / " + report.gain().participants());
        Map<String, String> means = new java.util.LinkedHashMap<>();
        report.feedback().means().forEach((item, mean) -> means.put(item, number(mean, decimals, locale)));
        variables.put("means", means);
        FollowUps.Results followUp = followUps.results(id, locale);
        variables.put("followUp", followUp);
        variables.put("followUpRate", FollowUpPages.rate(followUp, messages, locale));
        variables.put("followUpMean", FollowUpPages.mean(followUp, locale));
        variables.put("pageContent", PdfDocuments.pageContent(messages, locale));
        byte[] pdf = PdfDocuments.render(templates.process("training/event-report", new Context(locale, variables)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("faro-event-report-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/training/events/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        EventReports.Report report = reports.of(id);
        var sheets = new java.util.LinkedHashMap<String, List<List<String>>>();
        sheets.put(msg("report.people", locale), plainRows(report, locale));
        sheets.put(msg("followup.results.sheet", locale), FollowUpPages.rows(followUps.results(id, locale), messages, locale));
        return XlsxFiles.attachment("faro-event-report-" + id + ".xlsx", sheets);
    }

    /** Header and one row per confirmed person, figures formatted for the language. */
    private List<List<String>> rows(EventReports.Report report, NumberFormat decimals, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(locale));
        for (EventReports.PersonLine p : report.people()) {
            rows.add(List.of(p.name(), p.organisation(), msg("training.sector." + p.sector(), locale),
                    number(p.attendance().multiply(Fraction.HUNDRED), decimals, locale), number(p.pre(), decimals, locale),
                    number(p.post(), decimals, locale), number(p.gain(), decimals, locale),
                    p.certificate() == null ? "" : p.certificate()));
        }
        return rows;
    }

    /** The same with plain numbers (a dot for decimals), for the spreadsheet. */
    private List<List<String>> plainRows(EventReports.Report report, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(locale));
        for (EventReports.PersonLine p : report.people()) {
            rows.add(List.of(p.name(), p.organisation(), msg("training.sector." + p.sector(), locale),
                    plain(p.attendance().multiply(Fraction.HUNDRED)), plain(p.pre()), plain(p.post()), plain(p.gain()),
                    p.certificate() == null ? "" : p.certificate()));
        }
        return rows;
    }

    private List<String> header(Locale locale) {
        return List.of(msg("training.form.fullName", locale), msg("training.form.organisation", locale),
                msg("training.form.sector", locale), msg("report.attendance", locale), msg("report.pre", locale),
                msg("report.post", locale), msg("report.gain", locale), msg("report.certificate", locale));
    }

    private String number(@Nullable Fraction value, NumberFormat decimals, Locale locale) {
        return value == null ? "–" : decimals.format(value.rounded());
    }

    private static String plain(@Nullable Fraction value) {
        BigDecimal rounded = value == null ? null : value.rounded();
        return rounded == null ? "" : rounded.toPlainString();
    }

    private static NumberFormat decimals(Locale locale) {
        return lat.faro.shared.web.Numbers.twoDecimals(locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
