package lat.faro.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/** A member state, as loaded by the migration from the reference list; read-only. */
record Country(@Id String iso2, String iso3, String nameEs, String nameEn, String namePt, String nameFr,
        String defaultLocale, Subregion subregion, boolean inRegionalStudy, @Nullable String note) {

    CountryView view() {
        return new CountryView(iso2, iso3, Translations.of(nameEs, nameEn, namePt, nameFr), defaultLocale,
                subregion, inRegionalStudy, note);
    }
}
