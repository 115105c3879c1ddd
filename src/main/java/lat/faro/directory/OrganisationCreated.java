package lat.faro.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import lat.faro.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * An organisation was registered.
 *
 * @param actor who did it, captured when the event was created
 */
public record OrganisationCreated(long id, String name, OrganisationType type, @Nullable String country, String actor)
        implements AuditableEvent {

    static OrganisationCreated of(OrganisationView organisation, String actor) {
        return new OrganisationCreated(organisation.id(), organisation.name(), organisation.type(),
                organisation.country(), actor);
    }

    @Override
    public String action() {
        return "directory.organisation.created";
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
