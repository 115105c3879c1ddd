package lat.faro.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
        return PdfDocuments.render(templates.process("insight/report-country", new Context(locale, variables)));
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


    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
