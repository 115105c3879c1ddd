package lat.faro.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A submitted attempt at a test and its score. With {@code explained}, each question follows
 * with the options chosen, whether they earned the point, and the key and explanation.
 *
 * <p>A participant sees the explanations of the post-test at once, and those of the pre-test once
 * they have submitted the post-test or its window has closed: both tests ask the same questions,
 * and the key shown after the pre-test would otherwise be learnt for the post-test rather than
 * the subject. Trainers and programme staff always see them.
 */
public record TestResult(long attemptId, long eventId, long registrationId, TestKind kind, Instant submittedAt,
        TestScore score, boolean explained, List<Marked> questions) {

    public TestResult {
        questions = List.copyOf(questions);
    }

    /** One question of the attempt: the options chosen (empty when unanswered) and whether they earned the point. */
    public record Marked(Question question, Set<Long> chosen, boolean correct) {

        public Marked {
            chosen = Set.copyOf(chosen);
        }
    }
}
