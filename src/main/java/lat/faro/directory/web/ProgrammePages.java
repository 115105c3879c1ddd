package lat.faro.directory.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lat.faro.directory.CountryView;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.ProgrammeRole;
import lat.faro.directory.ProgrammeView;
import lat.faro.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The programmes: a list, and one page each with its target and its countries. */
@Controller
class ProgrammePages {

    /** A country taking part, with its name in the page's language. */
    record Member(String iso2, String name) {}

    private final DirectoryQueries directory;

    ProgrammePages(DirectoryQueries directory) {
        this.directory = directory;
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        model.addAttribute("programmes", directory.programmes());
        return "directory/programmes";
    }

    @GetMapping("/programmes/{slug}")
    String programme(@PathVariable String slug, Model model, Locale locale) {
        ProgrammeView programme = directory.programme(slug)
                .orElseThrow(() -> new NotFoundException("directory.programme.notfound", slug));
        Map<String, CountryView> countries = directory.countries().stream()
                .collect(Collectors.toMap(CountryView::iso2, Function.identity()));
        model.addAttribute("programme", programme);
        model.addAttribute("beneficiaries", members(programme, ProgrammeRole.BENEFICIARY, countries, locale));
        model.addAttribute("participants", members(programme, ProgrammeRole.PARTICIPATING, countries, locale));
        return "directory/programme";
    }

    private static List<Member> members(ProgrammeView programme, ProgrammeRole role, Map<String, CountryView> countries,
            Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return programme.countriesWith(role).stream()
                .filter(countries::containsKey)
                .map(code -> new Member(code, countries.get(code).name(locale)))
                .sorted(Comparator.comparing(Member::name, collator))
                .toList();
    }
}
