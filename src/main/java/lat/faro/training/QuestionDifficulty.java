package lat.faro.training;

import org.jspecify.annotations.Nullable;

/**
 * How hard one question proved in one test: how many took the test ({@code takers}) and how many
 * of them answered the question correctly. Every taker of a test counts as a taker of each of its
 * questions; an unanswered question counts as not correct.
 */
public record QuestionDifficulty(String questionId, int takers, int correct) {

    public QuestionDifficulty {
        if (correct < 0 || correct > takers) {
            throw new IllegalArgumentException(correct + " correct of " + takers + " takers");
        }
    }

    /**
     * The classical difficulty index p, the share of takers who answered correctly, from 0 (nobody;
     * the hardest) to 1 (everybody; the easiest); null when nobody took the test.
     */
    public @Nullable Fraction p() {
        return takers == 0 ? null : Fraction.of(correct, takers);
    }
}
