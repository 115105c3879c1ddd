package lat.faro.framework;

/** How a framework is scored: by maturity stage per aspect, or by implementation tier per control. */
public enum FrameworkKind {
    MATURITY_MODEL("maturity-model"),
    CONTROL_BASELINE("control-baseline");

    private final String fileValue;

    FrameworkKind(String fileValue) {
        this.fileValue = fileValue;
    }

    /** The value written in a framework file's {@code kind}. */
    public String fileValue() {
        return fileValue;
    }

    static java.util.Optional<FrameworkKind> ofFileValue(String value) {
        for (FrameworkKind kind : values()) {
            if (kind.fileValue.equals(value)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
