package lat.faro.directory;

import org.jspecify.annotations.Nullable;

/**
 * An organisation was changed; the values are the new ones.
 *
 * @param actor who did it, captured when the event was created
 */
public record OrganisationUpdated(long id, String name, OrganisationType type, @Nullable String country, String actor)
        implements OrganisationEvent {

    static OrganisationUpdated of(OrganisationView organisation, String actor) {
        return new OrganisationUpdated(organisation.id(), organisation.name(), organisation.type(),
                organisation.country(), actor);
    }

    @Override
    public String action() {
        return "directory.organisation.updated";
    }
}
