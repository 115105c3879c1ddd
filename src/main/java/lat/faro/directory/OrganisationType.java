package lat.faro.directory;

/**
 * What kind of organisation takes part. Government bodies, academia, civil society and companies
 * always belong to a member state; the kinds that work across the region may have no country.
 */
public enum OrganisationType {
    GOVERNMENT(true),
    REGIONAL_ORGANISATION(false),
    GFCE_MEMBER(false),
    PARTNER(false),
    DONOR(false),
    ACADEMIA(true),
    CIVIL_SOCIETY(true),
    PRIVATE_SECTOR(true);

    private final boolean countryRequired;

    OrganisationType(boolean countryRequired) {
        this.countryRequired = countryRequired;
    }

    /** True when an organisation of this kind must name the member state it belongs to. */
    public boolean countryRequired() {
        return countryRequired;
    }
}
