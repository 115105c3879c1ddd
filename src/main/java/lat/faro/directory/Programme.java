package lat.faro.directory;

import java.util.Comparator;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A capacity-building programme with the member states taking part; seeded by migration, read-only. */
record Programme(@Id Long id, String slug,
        String nameEs, String nameEn, String namePt, String nameFr,
        String descriptionEs, String descriptionEn, String descriptionPt, String descriptionFr,
        String targetEs, String targetEn, String targetPt, String targetFr,
        int targetCount, String targetMeasure, int startYear, int endYear,
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
