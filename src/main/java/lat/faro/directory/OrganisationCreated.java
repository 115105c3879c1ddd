package lat.faro.directory;

import org.jspecify.annotations.Nullable;

/**
 * An organisation was registered.
 *
 * @param actor who did it, captured when the event was created
 */
public record OrganisationCreated(long id, String name, OrganisationType type, @Nullable String country, String actor)
        implements OrganisationEvent {

    static OrganisationCreated of(OrganisationView organisation, String actor) {
        return new OrganisationCreated(organisation.id(), organisation.name(), organisation.type(),
                organisation.country(), actor);
    }

    @Override
    public String action() {
        return "directory.organisation.created";
    }
}
