package lat.faro.assessment.web;

import java.util.Locale;
import lat.faro.assessment.AssessmentView;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import org.springframework.stereotype.Component;

/** What an assessment is of, as its pages name it: the country, or the agency and its country. */
@Component
class SubjectNames {

    private final DirectoryQueries directory;

    SubjectNames(DirectoryQueries directory) {
        this.directory = directory;
    }

    String of(AssessmentView a, Locale locale) {
        String country = directory.country(a.country()).map(c -> c.name(locale)).orElse(a.country());
        if (a.organisationId() == null) {
            return country;
        }
        return directory.organisation(a.organisationId()).map(OrganisationView::name).map(o -> o + " · " + country)
                .orElse(country);
    }
}
