package lat.faro.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.directory.DirectoryQueries;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.insight.RoundStatistics;
import lat.faro.insight.StatisticsFilter;
import lat.faro.shared.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The regional report of a round, in one language: a title page, the methodology, and per
 * dimension a chart and the table of the statistics page. As PDF, written as XHTML by the template
 * {@code insight/report-regional} and laid out by openhtmltopdf with the DejaVu fonts embedded; as
 * an editable DOCX, written by {@link DocxDocument}. Both are filled from one {@link Contents}, so
 * they say the same.
 */
@Component
class RegionalReport {

    /** A dimension as the report shows it: the chart as PNG, then the table's rows. */
    record Part(String id, String name, String lang, byte[] png, List<Line> rows) {

        /** The chart as a data URI, for the XHTML. */
        public String chart() { // public, like the accessors, for the template
            return ReportCharts.dataUri(png);
        }
    }

    /** What the report says, whatever its format. */
    record Contents(RoundStatistics stats, String frameworkName, String frameworkLang, String filter, String date,
            long importedCount, List<Part> parts) {
    }

    /** A row of the page's table, its shares made to break, if they must, only before the percentage. */
    record Line(String id, String name, String lang, String kind, boolean derived, int assessed, int notAssessed,
            List<String> stages, List<String> ranges) {

        static Line of(StatisticsPages.Row row) {
            return new Line(row.id(), row.name(), row.lang(), row.kind(), row.derived(), row.assessed(), row.notAssessed(),
                    row.stages().stream().map(s -> keepTogether(s.text())).toList(),
                    row.ranges().stream().map(s -> keepTogether(s.text())).toList());
        }

        /** "2 de 4 (50,00 %)" with no-break spaces but before "(": narrow columns, never "50,00" above "%)". */
        static String keepTogether(String share) {
            return share.replace(' ', '\u00A0').replace("\u00A0(", " (");
        }
    }

    private final ITemplateEngine templates;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final MessageSource messages;
    private final Clock clock;

    RegionalReport(ITemplateEngine templates, FrameworkLibrary frameworks, DirectoryQueries directory,
            MessageSource messages, Clock clock) {
        this.templates = templates;
        this.frameworks = frameworks;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    byte[] pdf(RoundStatistics stats, Locale locale) {
        return PdfDocuments.render(html(stats, locale));
    }

    /** The report's XHTML, before layout. */
    String html(RoundStatistics stats, Locale locale) {
        Contents contents = contents(stats, locale);
        Map<String, Object> variables = new HashMap<>();
        variables.put("stats", contents.stats());
        variables.put("frameworkName", contents.frameworkName());
        variables.put("frameworkLang", contents.frameworkLang());
        variables.put("filter", contents.filter());
        variables.put("date", contents.date());
        variables.put("importedCount", contents.importedCount());
        variables.put("parts", contents.parts());
        variables.put("ranges", StatisticsPages.RANGES);
        variables.put("pageContent", PdfDocuments.pageContent(messages, locale));
        return templates.process("insight/report-regional", new Context(locale, variables));
    }

    /**
     * The report as an editable Word document: the PDF's title page, methodology, charts (with
     * their alt text) and tables, with Word's own heading styles so that the dimensions show in
     * its navigation pane; the dimensions on landscape pages, like the PDF's.
     */
    byte[] docx(RoundStatistics stats, Locale locale) {
        Contents contents = contents(stats, locale);
        var doc = new DocxDocument(locale, msg("insight.report.documentTitle", locale, stats.label()));
        doc.pageNumbers(msg("insight.report.pageOf", locale, "{0}", "{1}"));
        doc.note(msg("insight.report.title", locale));
        doc.title(msg("insight.stats.roundTitle", locale, stats.label()));
        doc.field(msg("insight.report.framework", locale),
                contents.frameworkName() + " · " + msg("insight.report.version", locale, stats.framework().version()),
                Locale.forLanguageTag(contents.frameworkLang()));
        doc.field(msg("insight.report.filter", locale), contents.filter(), null);
        doc.field(msg("insight.report.date", locale), contents.date(), null);
        doc.field(msg("insight.report.countries", locale), msg("insight.stats.roundLead", locale, stats.sources().size(),
                stats.inScope().size(), contents.importedCount()), null);
        doc.pageBreak();
        doc.heading1(msg("insight.report.method.title", locale));
        for (String key : List.of("stages", "denominators", "derived", "rounding")) {
            doc.paragraph(msg("insight.report.method." + key, locale));
        }
        List<String> header = new ArrayList<>(List.of(msg("insight.stats.element", locale), msg("insight.stats.assessed", locale)));
        for (int stage = 1; stage <= 5; stage++) {
            header.add(msg("stage." + stage, locale));
        }
        for (int[] range : StatisticsPages.RANGES) {
            header.add(msg("stage." + range[0], locale) + "–" + msg("stage." + range[1], locale));
        }
        header.add(msg("insight.stats.notAssessed", locale));
        String derived = msg("insight.stats.derived", locale);
        // Eleven columns need the width of a landscape page, as in the PDF.
        doc.section(DocxDocument.Orientation.LANDSCAPE);
        for (Part part : contents.parts()) {
            if (part != contents.parts().getFirst()) {
                doc.pageBreak();
            }
            doc.heading1(part.id() + " · " + part.name(), Locale.forLanguageTag(part.lang()));
            doc.image(part.png(), ReportCharts.WIDTH, DocxDocument.pngSize(part.png())[1] / ReportCharts.SCALE,
                    msg("insight.report.chartAlt", locale, part.name()));
            doc.pageBreak(); // the table on a page of its own, as in the PDF: a chart can fill most of one
            doc.caption(msg("insight.stats.caption", locale, part.name()));
            List<List<String>> rows = new ArrayList<>();
            Set<Integer> factors = new HashSet<>();
            for (Line line : part.rows()) {
                if (line.kind().equals("factor")) {
                    factors.add(rows.size());
                }
                List<String> cells = new ArrayList<>();
                cells.add(line.id() + " " + line.name() + (line.derived() ? " " + derived : ""));
                cells.add(Integer.toString(line.assessed()));
                cells.addAll(line.stages());
                cells.addAll(line.ranges());
                cells.add(Integer.toString(line.notAssessed()));
                rows.add(cells);
            }
            doc.table(header, rows, factors);
        }
        return doc.toBytes();
    }

    /** The figures and texts of the report, computed once for either format. */
    Contents contents(RoundStatistics stats, Locale locale) {
        Framework framework = frameworks.get(stats.framework());
        List<String> stageNames = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            stageNames.add(msg("stage." + stage, locale));
        }
        String none = msg("insight.stats.none", locale);
        List<Part> parts = new ArrayList<>();
        for (StatisticsPages.Part part : StatisticsPages.parts(stats, framework, locale, messages)) {
            List<ReportCharts.Bar> bars = part.rows().stream().map(row -> new ReportCharts.Bar(row.id(),
                    row.stages().stream().mapToInt(StatisticsPages.ShareText::count).toArray())).toList();
            parts.add(new Part(part.id(), part.name(), part.lang(), ReportCharts.png(bars, stageNames, none),
                    part.rows().stream().map(Line::of).toList()));
        }
        return new Contents(stats, framework.name().in(locale), framework.name().languageFor(locale),
                filterText(stats.filter(), locale),
                LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                stats.sources().values().stream().filter("imported"::equals).count(), parts);
    }

    /** "Caribe · Programa X · Beneficiarios", or "all member states". */
    private String filterText(StatisticsFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.subregion() != null) {
            parts.add(msg("directory.subregion." + filter.subregion().name(), locale));
        }
        if (filter.programme() != null) {
            parts.add(directory.programme(filter.programme()).map(p -> p.name(locale)).orElse(filter.programme()));
        }
        if (filter.role() != null) {
            parts.add(msg("directory.role." + filter.role().name(), locale));
        }
        return parts.isEmpty() ? msg("insight.report.filterAll", locale) : String.join(" · ", parts);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
