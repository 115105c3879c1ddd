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
import lat.faro.shared.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A country profile as a report, in one language: title block, methodology, the dimension radar
 * and the comparison with the region as images, and the tables of the profile page. PDF from the
 * XHTML template {@code insight/report-country}; DOCX with the same content, editable in Word.
 */
@Component
class CountryReport {

    /** The charts of a report as PNG. */
    record Images(byte[] radar, byte[] versus) {
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    CountryReport(ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    byte[] pdf(CountryProfileView.Profile profile, Locale locale) {
        Images images = images(profile, locale);
        Map<String, Object> variables = new HashMap<>();
        variables.put("p", profile);
        variables.put("date", date(locale));
        variables.put("radar", PdfDocuments.dataUri(images.radar()));
        variables.put("versus", PdfDocuments.dataUri(images.versus()));
        variables.put("pageContent", PdfDocuments.pageContent(messages, locale));
        variables.put("nbsp", "\u00A0"); // "2 de 4 (50,00 %)" breaks, if it must, only before "("
        return PdfDocuments.render(templates.process("insight/report-country", new Context(locale, variables)));
    }

    /**
     * The profile as an editable Word document with the PDF's content: title block, methodology,
     * the two charts with their alt text, and the tables, under Word's own heading styles.
     */
    byte[] docx(CountryProfileView.Profile profile, Locale locale) {
        Images images = images(profile, locale);
        String title = msg("insight.country.title", locale, profile.name(), profile.round().label());
        var doc = new DocxDocument(locale, title);
        doc.pageNumbers(msg("insight.report.pageOf", locale, "{0}", "{1}"));
        doc.note(msg("insight.country.reportKicker", locale));
        doc.title(title);
        var framework = profile.framework();
        doc.field(msg("insight.report.framework", locale), framework.name().in(locale) + " · "
                + msg("insight.report.version", locale, framework.ref().version()), Locale.forLanguageTag(framework.name().languageFor(locale)));
        doc.field(msg("insight.country.sourceLabel", locale), msg("insight.country.source." + profile.round().source(), locale), null);
        doc.field(msg("insight.country.rounds", locale),
                String.join(" · ", profile.rounds().stream().map(CountryProfileView.RoundLink::label).toList()), null);
        doc.field(msg("insight.report.date", locale), date(locale), null);
        doc.heading1(msg("insight.report.method.title", locale));
        for (String key : List.of("insight.report.method.stages", "insight.report.method.denominators",
                "insight.report.method.derived", "insight.country.derivedNote", "insight.report.method.rounding")) {
            doc.paragraph(msg(key, locale));
        }

        doc.pageBreak();
        doc.heading1(msg("insight.country.dimensionsTitle", locale));
        doc.image(images.radar(), msg("insight.country.radarAlt", locale, profile.name()));
        doc.caption(msg("insight.country.dimensionsCaption", locale));
        doc.table(List.of(msg("insight.country.dimension", locale), profile.name(), msg("insight.country.regionMean", locale)),
                profile.dimensions().stream().map(d -> List.of(d.id() + " " + d.name(), d.country(), d.region())).toList());
        doc.heading2(msg("insight.country.trendTitle", locale));
        if (profile.editionsDiffer()) {
            doc.paragraph(msg("insight.country.editionsDiffer", locale));
        }
        doc.caption(msg("insight.country.trendCaption", locale));
        List<String> trendHeader = new ArrayList<>(List.of(msg("insight.country.round", locale)));
        trendHeader.addAll(profile.trendHeader());
        doc.table(trendHeader, profile.trend().stream().map(t -> {
            List<String> row = new ArrayList<>(List.of(t.label()));
            row.addAll(t.means());
            return row;
        }).toList());

        doc.pageBreak();
        doc.heading1(msg("insight.country.elementsTitle", locale));
        doc.paragraph(msg("insight.country.elementsLead", locale));
        doc.image(images.versus(), msg("insight.country.versusAlt", locale, profile.name()));
        doc.caption(msg("insight.country.elementsCaption", locale, profile.name()));
        String derived = msg("insight.stats.derived", locale);
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> factors = new HashSet<>();
        for (CountryProfileView.ElementRow e : profile.elements()) {
            if (e.kind().equals("factor")) {
                factors.add(rows.size());
            }
            rows.add(List.of(e.id() + " " + e.name() + (e.derived() ? " " + derived : ""),
                    e.stage() == null ? e.stageName() : e.stage() + " · " + e.stageName(), e.median(), e.lower(), e.same(), e.higher()));
        }
        doc.table(List.of(msg("insight.stats.element", locale), msg("insight.country.stage", locale),
                msg("insight.country.regionMedian", locale), msg("insight.country.lower", locale),
                msg("insight.country.same", locale), msg("insight.country.higher", locale)), rows, factors);

        if (!profile.changes().isEmpty()) {
            doc.pageBreak();
            doc.heading1(msg("insight.country.changesTitle", locale));
            doc.caption(msg("insight.country.changesCaption", locale, profile.previousRound()));
            doc.table(List.of(msg("insight.stats.element", locale), msg("insight.country.previousStage", locale),
                    msg("insight.country.stage", locale), msg("insight.country.change", locale)),
                    profile.changes().stream().map(c -> List.of(c.id() + " " + c.name()
                            + (c.approximate() ? " " + msg("insight.country.approximateNote", locale, c.previousElements()) : ""),
                            Integer.toString(c.previousStage()), Integer.toString(c.stage()), c.direction())).toList());
        }
        return doc.toBytes();
    }

    Images images(CountryProfileView.Profile profile, Locale locale) {
        var f = profile.figures();
        return new Images(
                ProfileCharts.radar(f.dimensionIds(), f.country(), f.region(), profile.name(), msg("insight.country.regionMean", locale)),
                ProfileCharts.versus(f.factorIds(), f.factorStages(), f.factorMedians(), profile.name(),
                        msg("insight.country.regionMedian", locale)));
    }

    String date(Locale locale) {
        return LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }


    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
