package lat.faro.insight.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lat.faro.directory.DirectoryQueries;
import lat.faro.insight.RegionalStatistics;
import lat.faro.shared.web.CsvFiles;
import lat.faro.shared.web.NotFoundException;
import lat.faro.shared.web.XlsxFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public country profiles: every member state with published results, and for one of them its
 * stages in a round beside the region's, its derived dimension means, its trend over the rounds
 * and what changed since its previous round; each table as CSV and XLSX.
 */
@Controller
class CountryProfilePages {

    /** A member state in the list: its code, name and the rounds it has results in. */
    record Listed(String iso2, String name, List<String> rounds) {
    }

    private final RegionalStatistics statistics;
    private final CountryProfileView views;
    private final CountryReport reports;
    private final DirectoryQueries directory;

    CountryProfilePages(RegionalStatistics statistics, CountryProfileView views, CountryReport reports,
            DirectoryQueries directory) {
        this.statistics = statistics;
        this.views = views;
        this.reports = reports;
        this.directory = directory;
    }

    /** The profile as a PDF report in the page's language. */
    @GetMapping("/insight/countries/{code}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) @Nullable Long round, Locale locale) {
        CountryProfileView.Profile profile = views.of(code, round, locale);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename(reportName(profile, locale, "pdf")).build().toString())
                .header(org.springframework.http.HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(reports.pdf(profile, locale));
    }

    /** The profile as an editable DOCX report in the page's language. */
    @GetMapping("/insight/countries/{code}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String code, @RequestParam(required = false) @Nullable Long round, Locale locale) {
        CountryProfileView.Profile profile = views.of(code, round, locale);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename(reportName(profile, locale, "docx")).build().toString())
                .header(org.springframework.http.HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(reports.docx(profile, locale));
    }

    private static String reportName(CountryProfileView.Profile profile, Locale locale, String extension) {
        return "faro-country-profile-" + profile.iso2().toLowerCase(Locale.ROOT) + "-" + profile.round().roundId() + "-"
                + locale.getLanguage() + "." + extension;
    }

    @GetMapping("/insight/countries")
    String countries(Model model, Locale locale) {
        List<Listed> listed = new ArrayList<>();
        for (var country : directory.countries()) {
            statistics.country(country.iso2()).ifPresent(profile -> listed.add(new Listed(country.iso2(), country.name(locale),
                    profile.rounds().stream().map(r -> r.label()).toList())));
        }
        Collator collator = Collator.getInstance(locale);
        listed.sort((a, b) -> collator.compare(a.name(), b.name()));
        model.addAttribute("countries", listed);
        return "insight/countries";
    }

    @GetMapping("/insight/countries/{code}")
    String country(@PathVariable String code, @RequestParam(required = false) @Nullable Long round, Model model,
            Locale locale) {
        model.addAttribute("profile", views.of(code, round, locale));
        return "insight/country";
    }

    @GetMapping("/insight/countries/{code}/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable String table,
            @RequestParam(required = false) @Nullable Long round, Locale locale) {
        CountryProfileView.TableName name = tableName(table);
        CountryProfileView.Profile profile = views.of(code, round, locale);
        return CsvFiles.attachment(fileName(profile, name, "csv"), views.table(profile, name, locale));
    }

    @GetMapping("/insight/countries/{code}/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable String table,
            @RequestParam(required = false) @Nullable Long round, Locale locale) {
        CountryProfileView.TableName name = tableName(table);
        CountryProfileView.Profile profile = views.of(code, round, locale);
        return XlsxFiles.attachment(fileName(profile, name, "xlsx"), profile.name(), views.table(profile, name, locale));
    }

    private static String fileName(CountryProfileView.Profile profile, CountryProfileView.TableName table, String extension) {
        return "faro-" + profile.iso2().toLowerCase(Locale.ROOT) + "-" + table.name().toLowerCase(Locale.ROOT) + "-"
                + profile.round().roundId() + "." + extension;
    }

    private static CountryProfileView.TableName tableName(String table) {
        for (CountryProfileView.TableName name : CountryProfileView.TableName.values()) {
            if (name.name().equalsIgnoreCase(table)) {
                return name;
            }
        }
        throw new NotFoundException("insight.country.noTable", table);
    }
}
