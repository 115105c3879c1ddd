package lat.faro.directory;

import org.jspecify.annotations.Nullable;

/**
 * An organisation was deleted; the values are the last ones it had.
 *
 * @param actor who did it, captured when the event was created
 */
public record OrganisationRemoved(long id, String name, OrganisationType type, @Nullable String country, String actor)
        implements OrganisationEvent {

    static OrganisationRemoved of(OrganisationView organisation, String actor) {
        return new OrganisationRemoved(organisation.id(), organisation.name(), organisation.type(),
                organisation.country(), actor);
    }

    @Override
    public String action() {
        return "directory.organisation.removed";
    }
}
