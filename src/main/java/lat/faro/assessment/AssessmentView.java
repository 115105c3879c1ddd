package lat.faro.assessment;

import java.time.Instant;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a country's (or an agency's) assessment in a round.
 *
 * @param previousId    the published revision this one reopened, if any
 * @param carriedFromId the previous round's assessment it started from, if any
 * @param version       the optimistic-lock version of the assessment row
 */
public record AssessmentView(long id, long roundId, String roundLabel, RoundKind kind, String country,
        @Nullable Long organisationId, int revision, FrameworkRef framework, AssessmentStatus status,
        @Nullable Long previousId, @Nullable Long carriedFromId, String createdBy, Instant createdAt,
        @Nullable Instant publishedAt, long version) {
}
