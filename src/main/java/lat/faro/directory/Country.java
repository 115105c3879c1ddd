package lat.faro.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member state, as loaded by the migration from the reference list; read-only. Names are
 * explicit: derived ones would be quoted in upper case on H2, whose tables here are lower case.
 */
@Table("country")
record Country(@Id @Column("iso2") String iso2, @Column("iso3") String iso3,
        @Column("name_es") String nameEs, @Column("name_en") String nameEn,
        @Column("name_pt") String namePt, @Column("name_fr") String nameFr,
        @Column("default_locale") String defaultLocale, @Column("subregion") Subregion subregion,
        @Column("in_regional_study") boolean inRegionalStudy, @Column("note") @Nullable String note) {

    CountryView view() {
        return new CountryView(iso2, iso3, Translations.of(nameEs, nameEn, namePt, nameFr), defaultLocale,
                subregion, inRegionalStudy, note);
    }
}
