package lat.faro.directory;

import java.util.Comparator;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A capacity-building programme with the member states taking part; seeded by migration, read-only. */
@Table("programme")
record Programme(@Id @Column("id") Long id,
        @Column("slug") String slug,
        @Column("name_es") String nameEs,
        @Column("name_en") String nameEn,
        @Column("name_pt") String namePt,
        @Column("name_fr") String nameFr,
        @Column("description_es") String descriptionEs,
        @Column("description_en") String descriptionEn,
        @Column("description_pt") String descriptionPt,
        @Column("description_fr") String descriptionFr,
        @Column("target_es") String targetEs,
        @Column("target_en") String targetEn,
        @Column("target_pt") String targetPt,
        @Column("target_fr") String targetFr,
        @Column("target_count") int targetCount,
        @Column("target_measure") String targetMeasure,
        @Column("start_year") int startYear,
        @Column("end_year") int endYear,
        @MappedCollection(idColumn = "programme") Set<ProgrammeCountry> countries) {

    ProgrammeView view() {
        return new ProgrammeView(id, slug,
                Translations.of(nameEs, nameEn, namePt, nameFr),
                Translations.of(descriptionEs, descriptionEn, descriptionPt, descriptionFr),
                Translations.of(targetEs, targetEn, targetPt, targetFr),
                targetCount, targetMeasure, startYear, endYear,
                countries.stream()
                        .sorted(Comparator.comparing(ProgrammeCountry::country))
                        .map(c -> new ProgrammeView.Participation(c.country(), c.role()))
                        .toList());
    }
}
