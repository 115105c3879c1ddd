package lat.faro.shared;

/**
 * The five maturity stages of a stage-based model, from the floor (start-up) to the top
 * (dynamic). Numbers are the stage's place, 1 to 5; names come from the message bundles under
 * {@code stage.<number>}.
 */
public enum Stage {
    START_UP(1),
    FORMATIVE(2),
    ESTABLISHED(3),
    STRATEGIC(4),
    DYNAMIC(5);

    private final int number;

    Stage(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The message key of the stage's name, e.g. {@code stage.2}. */
    public String messageKey() {
        return "stage." + number;
    }

    /** The stage with this number; an {@link IllegalArgumentException} outside 1..5. */
    public static Stage of(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("no stage " + number);
        }
        return values()[number - 1];
    }
}
