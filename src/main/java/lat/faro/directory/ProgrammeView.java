package lat.faro.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A capacity-building programme: its texts in four languages, its numeric target, its period and
 * the member states taking part.
 *
 * @param slug the stable name in addresses, e.g. {@code egov-cybersecurity}
 * @param targetCount how many {@code targetMeasure} the programme aims for, e.g. 3
 * @param targetMeasure what is counted, e.g. {@code BENEFICIARY_COUNTRIES_WITH_TRAINING}
 * @param countries the member states taking part, ordered by code
 */
public record ProgrammeView(long id, String slug, Map<String, String> names, Map<String, String> descriptions,
        Map<String, String> targets, int targetCount, String targetMeasure, int startYear, int endYear,
        List<Participation> countries) {

    /** A member state's part in the programme. */
    public record Participation(String country, ProgrammeRole role) {}

    public ProgrammeView {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
        targets = Map.copyOf(targets);
        countries = List.copyOf(countries);
    }

    public String name(Locale locale) {
        return Translations.pick(names, locale);
    }

    public String description(Locale locale) {
        return Translations.pick(descriptions, locale);
    }

    public String target(Locale locale) {
        return Translations.pick(targets, locale);
    }

    /** The codes of the member states with this role, ordered. */
    public List<String> countriesWith(ProgrammeRole role) {
        return countries.stream().filter(p -> p.role() == role).map(Participation::country).toList();
    }

    /** The role the member state plays here, if any. */
    public Optional<ProgrammeRole> roleOf(String iso2) {
        return countries.stream().filter(p -> p.country().equals(iso2)).map(Participation::role).findFirst();
    }
}
