package lat.faro.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The saved judgement of one indicator.
 *
 * @param carriedOver true while it is a judgement of the previous round still to be confirmed
 * @param version     incremented on every save; a save must name the version it started from
 */
public record JudgementView(String indicatorId, Outcome outcome, @Nullable Integer tier, @Nullable String rationale,
        @Nullable String notApplicableReason, boolean carriedOver, String recordedBy, Instant recordedAt, long version) {

    public Verdict verdict() {
        return new Verdict(outcome, tier);
    }
}
