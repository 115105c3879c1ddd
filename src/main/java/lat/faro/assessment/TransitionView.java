package lat.faro.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of an assessment's workflow history. */
public record TransitionView(@Nullable AssessmentStatus from, AssessmentStatus to, @Nullable String note, String actor,
        Instant at) {
}
