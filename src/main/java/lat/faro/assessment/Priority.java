package lat.faro.assessment;

/** The priority a coordinator gives a roadmap item. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public String messageKey() {
        return "assessment.priority." + name();
    }
}
