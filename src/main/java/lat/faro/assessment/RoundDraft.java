package lat.faro.assessment;

import java.time.LocalDate;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;

/** What it takes to open a round; checked by {@link AssessmentManagement#createRound}. */
public record RoundDraft(String label, RoundKind kind, FrameworkRef framework, @Nullable String programmeSlug,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
}
