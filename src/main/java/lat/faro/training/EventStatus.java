package lat.faro.training;

/** The life of a training event, in this order; each step goes one forward. */
public enum EventStatus {
    PLANNED, REGISTRATION_OPEN, RUNNING, COMPLETED, REPORTED;

    /** The status that follows this one, or null after the last. */
    public @org.jspecify.annotations.Nullable EventStatus next() {
        return this == REPORTED ? null : values()[ordinal() + 1];
    }
}
