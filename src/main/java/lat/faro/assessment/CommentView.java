package lat.faro.assessment;

import java.time.Instant;

/** A comment on one factor of an assessment. */
public record CommentView(long id, String factorId, String body, String author, Instant createdAt) {
}
