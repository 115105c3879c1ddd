package lat.faro.directory;

/** Where in the Americas a member state lies, as the regional studies group them. */
public enum Subregion {
    CARIBBEAN,
    CENTRAL_AMERICA,
    SOUTH_AMERICA,
    NORTH_AMERICA
}
