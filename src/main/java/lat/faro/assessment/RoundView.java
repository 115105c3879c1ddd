package lat.faro.assessment;

import java.time.Instant;
import java.time.LocalDate;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;

/** A round of assessments, e.g. "Regional study 2026", all pinned to one framework version. */
public record RoundView(long id, String label, RoundKind kind, FrameworkRef framework, @Nullable String programmeSlug,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String createdBy, Instant createdAt) {
}
