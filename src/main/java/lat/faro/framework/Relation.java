package lat.faro.framework;

/** How a unit of an older edition stands to a unit of a newer one. */
public enum Relation {
    EQUAL, SUBSET, SUPERSET, INTERSECT;

    public String fileValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
