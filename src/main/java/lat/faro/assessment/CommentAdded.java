package lat.faro.assessment;

import java.util.Map;

/** Someone commented on a factor of an assessment. */
public record CommentAdded(long assessmentId, String country, long commentId, String factorId, String actor) implements AssessmentEvent {

    @Override
    public String action() {
        return "assessment.comment.added";
    }

    @Override
    public Map<String, String> values() {
        return Map.of("comment", Long.toString(commentId), "factor", factorId);
    }
}
