package lat.faro.directory;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as other modules and the API see it.
 *
 * @param country the member state's alpha-2 code; null for an organisation that works across the region
 * @param website an {@code https://} address
 */
public record OrganisationView(long id, String name, OrganisationType type, @Nullable String country,
        @Nullable String acronym, @Nullable String website, @Nullable String contactEmail) {}
