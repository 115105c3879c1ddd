package lat.faro.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A baseline self-assessment scored: the tier of every control, the mean tier of each function,
 * and the controls below the target tier.
 */
public record BaselineScore(List<Control> controls, List<Function> functions, int targetTier, List<String> gaps) {

    public BaselineScore {
        controls = List.copyOf(controls);
        functions = List.copyOf(functions);
        gaps = List.copyOf(gaps);
    }

    /** A control's tier, null while not assessed; {@code applicable} false when left out. */
    public record Control(String controlId, String functionId, @Nullable Integer tier, boolean applicable) {
    }

    /**
     * The mean tier of a function's rated controls (null when none is rated yet), how many are
     * rated, and how many apply (those judged not applicable are not counted).
     */
    public record Function(String functionId, @Nullable Double meanTier, int rated, int controls) {
    }
}
