package lat.faro.assessment;

import org.jspecify.annotations.Nullable;

/** What scoring needs of a judgement: its outcome, and the tier of a rated control. */
public record Verdict(Outcome outcome, @Nullable Integer tier) {

    public static Verdict of(Outcome outcome) {
        return new Verdict(outcome, null);
    }

    public static Verdict tier(int tier) {
        return new Verdict(Outcome.RATED, tier);
    }
}
