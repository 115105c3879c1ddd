package lat.faro.directory.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lat.faro.directory.CountryView;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.ProgrammeRole;
import lat.faro.directory.ProgrammeView;
import lat.faro.directory.Subregion;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The member states: a table of all 33, and one page for each. */
@Controller
class CountryPages {

    /** A programme in which a country plays a role, as a row or list item shows it. */
    record Role(ProgrammeView programme, ProgrammeRole role) {}

    /** A row of the countries table. */
    record Row(CountryView country, String name, List<Role> roles) {}

    private final DirectoryQueries directory;
    private final Access access;
    private final MessageSource messages;

    CountryPages(DirectoryQueries directory, Access access, MessageSource messages) {
        this.directory = directory;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/countries")
    String countries(@RequestParam(name = "subregion", required = false) @Nullable Subregion subregion,
            Model model, Locale locale) {
        List<ProgrammeView> programmes = directory.programmes();
        Collator collator = Collator.getInstance(locale);
        List<Row> rows = directory.countries().stream()
                .filter(c -> subregion == null || c.subregion() == subregion)
                .map(c -> new Row(c, c.name(locale), roles(c.iso2(), programmes)))
                .sorted(Comparator.comparing(Row::name, collator))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("subregion", subregion);
        model.addAttribute("subregions", Subregion.values());
        return "directory/countries";
    }

    @GetMapping("/countries/{code}")
    String country(@PathVariable String code, Model model, Locale locale) {
        CountryView country = directory.country(code)
                .orElseThrow(() -> new NotFoundException("directory.country.notfound", code));
        if (!country.iso2().equals(code)) {
            return "redirect:/countries/" + country.iso2();
        }
        model.addAttribute("country", country);
        model.addAttribute("name", country.name(locale));
        model.addAttribute("language", Locale.forLanguageTag(country.defaultLocale()).getDisplayLanguage(locale));
        String note = country.note();
        model.addAttribute("note", note == null ? null
                : messages.getMessage("directory.country.note." + country.iso2(), null, note, locale));
        model.addAttribute("roles", roles(country.iso2(), directory.programmes()));
        boolean signedIn = access.signedIn();
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("organisations", signedIn ? directory.organisationsIn(country.iso2()) : List.of());
        return "directory/country";
    }

    private static List<Role> roles(String iso2, List<ProgrammeView> programmes) {
        return programmes.stream()
                .flatMap(p -> p.roleOf(iso2).map(r -> new Role(p, r)).stream())
                .toList();
    }
}
