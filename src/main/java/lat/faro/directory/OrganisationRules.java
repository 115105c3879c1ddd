package lat.faro.directory;

import java.util.function.Predicate;
import lat.faro.shared.web.InvalidFieldException;

/**
 * The rules a normalised, well-formed draft must still meet that need the directory's data: the
 * country is a member state, and only the kinds that work across the region may have none.
 */
final class OrganisationRules {

    private OrganisationRules() {}

    /** Throws naming the field at fault; returns quietly when the draft is acceptable. */
    static void check(OrganisationDraft draft, Predicate<String> isMemberState) {
        String country = draft.country();
        if (country != null && !isMemberState.test(country)) {
            throw InvalidFieldException.invalid("country", "directory.organisation.country.unknown", country);
        }
        if (country == null && draft.type() != null && draft.type().countryRequired()) {
            throw InvalidFieldException.invalid("country", "directory.organisation.country.required");
        }
    }
}
