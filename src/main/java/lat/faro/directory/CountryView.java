package lat.faro.directory;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A member state as other modules and the API see it.
 *
 * @param iso2 ISO 3166-1 alpha-2 code, upper case
 * @param iso3 ISO 3166-1 alpha-3 code, upper case
 * @param names the name in {@code es}, {@code en}, {@code pt} and {@code fr}
 * @param defaultLocale the language its government mostly writes in, e.g. {@code es} or {@code nl}
 * @param inRegionalStudy2016 whether it took part in the 2016 regional maturity study
 * @param note a remark from the reference data (in English), e.g. about its OAS membership
 */
public record CountryView(String iso2, String iso3, Map<String, String> names, String defaultLocale,
        Subregion subregion, boolean inRegionalStudy2016, @Nullable String note) {

    public CountryView {
        names = Map.copyOf(names);
    }

    /** The name in the locale's language, Spanish when the language is not one of the four. */
    public String name(Locale locale) {
        return Translations.pick(names, locale);
    }
}
