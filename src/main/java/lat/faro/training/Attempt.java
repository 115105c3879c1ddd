package lat.faro.training;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One participant's attempt at a pre- or post-test: who, the exact score in percent (0 to 100)
 * and the answers given (question id → chosen option ids; a question without an entry was left
 * unanswered). The score is what learning gains are computed from; the answers only feed the
 * per-question difficulty. {@link #scored} derives the score from the answers.
 */
public record Attempt(String participant, Fraction score, Map<String, Set<String>> answers) {

    /** A blank participant, or a score below 0 or above 100, is an {@link IllegalArgumentException}. */
    public Attempt {
        if (participant.isBlank()) {
            throw new IllegalArgumentException("an attempt needs a participant");
        }
        if (score.signum() < 0 || score.compareTo(Fraction.HUNDRED) > 0) {
            throw new IllegalArgumentException("score " + score.rounded() + " (" + score + ") of participant " + participant + " is outside 0–100");
        }
        Map<String, Set<String>> copy = new HashMap<>(answers.size() * 2);
        answers.forEach((question, chosen) -> copy.put(question, Set.copyOf(chosen)));
        answers = Map.copyOf(copy);
    }

    /** An attempt whose score is given as a decimal percentage, taken exactly. */
    public static Attempt of(String participant, BigDecimal percent, Map<String, Set<String>> answers) {
        return new Attempt(participant, Fraction.of(percent), answers);
    }

    /** An attempt scored by {@link TestScore#of} against the test's keys. */
    public static Attempt scored(String participant, List<AnswerKey> keys, Map<String, Set<String>> answers) {
        return new Attempt(participant, TestScore.of(keys, answers).percent(), answers);
    }
}
