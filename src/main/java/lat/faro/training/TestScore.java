package lat.faro.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of one attempt at a test: points earned of points possible, one point per question
 * under the all-or-nothing rule of {@link AnswerKey}. The percentage is exact
 * ({@code 100 × points / possible}, so 1 of 3 is 100/3 %); {@link #rounded()} is for display.
 */
public record TestScore(int points, int possible) {

    public TestScore {
        if (possible <= 0 || points < 0 || points > possible) {
            throw new IllegalArgumentException(points + " of " + possible + " points");
        }
    }

    /**
     * Scores the answers (question id → chosen option ids) against the test's keys. A question
     * with no entry is unanswered. A test without questions, a question listed twice or an answer
     * to a question not in the test is an {@link IllegalArgumentException}.
     */
    public static TestScore of(List<AnswerKey> keys, Map<String, Set<String>> answers) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a test needs at least one question");
        }
        AnswerKey.ids(keys);
        return new TestScore(AnswerKey.grade(keys, answers, null), keys.size());
    }

    /** The exact percentage, 0 to 100. */
    public Fraction percent() {
        return Fraction.of(100L * points, possible);
    }

    /** The percentage to two decimals, half up; for display only. */
    public BigDecimal rounded() {
        return percent().rounded();
    }
}
