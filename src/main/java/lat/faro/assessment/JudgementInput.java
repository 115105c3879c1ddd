package lat.faro.assessment;

import org.jspecify.annotations.Nullable;

/**
 * A judgement to save.
 *
 * @param expectedVersion the version the writer loaded: null (or -1) when there was none yet
 */
public record JudgementInput(Outcome outcome, @Nullable Integer tier, @Nullable String rationale,
        @Nullable String notApplicableReason, @Nullable Long expectedVersion) {
}
