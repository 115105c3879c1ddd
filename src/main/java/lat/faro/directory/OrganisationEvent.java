package lat.faro.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import lat.faro.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * What the organisation events have in common: the organisation's values and how they appear in
 * the audit trail. Each event adds only its own action name.
 */
public sealed interface OrganisationEvent extends AuditableEvent
        permits OrganisationCreated, OrganisationUpdated, OrganisationRemoved {

    long id();

    String name();

    OrganisationType type();

    @Nullable String country();

    @Override
    default String subject() {
        return "organisation:" + id();
    }

    @Override
    default Map<String, String> details() {
        var details = new LinkedHashMap<String, String>();
        details.put("name", name());
        details.put("type", type().name());
        String country = country();
        details.put("country", country == null ? "" : country);
        return details;
    }
}
