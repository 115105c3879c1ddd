package lat.faro.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import lat.faro.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * An organisation was deleted; the values are the last ones it had.
 *
 * @param actor who did it, captured when the event was created
 */
public record OrganisationRemoved(long id, String name, OrganisationType type, @Nullable String country, String actor)
        implements AuditableEvent {

    static OrganisationRemoved of(OrganisationView organisation, String actor) {
        return new OrganisationRemoved(organisation.id(), organisation.name(), organisation.type(),
                organisation.country(), actor);
    }

    @Override
    public String action() {
        return "directory.organisation.removed";
    }

    @Override
    public String subject() {
        return "organisation:" + id;
    }

    @Override
    public Map<String, String> details() {
        var details = new LinkedHashMap<String, String>();
        details.put("name", name);
        details.put("type", type.name());
        details.put("country", country == null ? "" : country);
        return details;
    }
}
