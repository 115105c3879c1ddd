package lat.faro.training;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What scoring needs to know of a test question: its id, its kind and the ids of its correct
 * options. The question's text, options and explanation live in the question bank.
 *
 * <p>The rule, for both kinds, is all or nothing: an answer earns the question's one point when
 * the chosen options are exactly the correct ones. For a single-choice question that is choosing
 * the correct option and no other; for a multiple-choice question, choosing every correct option
 * and no wrong one, so a partly right choice earns nothing. An unanswered question (no entry, or
 * nothing chosen) earns nothing.
 */
public record AnswerKey(String questionId, QuestionKind kind, Set<String> correctOptions) {

    public AnswerKey {
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("a question needs an id");
        }
        correctOptions = Set.copyOf(correctOptions);
        if (kind == QuestionKind.SINGLE && correctOptions.size() != 1) {
            throw new IllegalArgumentException("single-choice question " + questionId
                    + " needs exactly one correct option, has " + correctOptions.size());
        }
        if (correctOptions.isEmpty()) {
            throw new IllegalArgumentException("question " + questionId + " needs a correct option");
        }
    }

    public static AnswerKey single(String questionId, String correctOption) {
        return new AnswerKey(questionId, QuestionKind.SINGLE, Set.of(correctOption));
    }

    public static AnswerKey multiple(String questionId, String... correctOptions) {
        return new AnswerKey(questionId, QuestionKind.MULTIPLE, Set.of(correctOptions));
    }

    /** Whether the chosen options (null when unanswered) earn the point. */
    public boolean isAnsweredBy(@Nullable Set<String> chosen) {
        return chosen != null && chosen.equals(correctOptions);
    }

    /**
     * The number of questions answered correctly; when {@code tally} is given, adds 1 at the index
     * of each question answered correctly. An answer to a question that is not among the keys is
     * an {@link IllegalArgumentException}: the answers belong to another test.
     */
    static int grade(List<AnswerKey> keys, Map<String, Set<String>> answers, int @Nullable [] tally) {
        int points = 0;
        int answered = 0;
        for (int i = 0; i < keys.size(); i++) {
            AnswerKey key = keys.get(i);
            Set<String> chosen = answers.get(key.questionId());
            if (chosen == null) {
                continue;
            }
            answered++;
            if (key.isAnsweredBy(chosen)) {
                points++;
                if (tally != null) {
                    tally[i]++;
                }
            }
        }
        if (answered != answers.size()) {
            // Rare path: find the stray answer only to name it.
            Set<String> known = ids(keys);
            for (String questionId : answers.keySet()) {
                if (!known.contains(questionId)) {
                    throw new IllegalArgumentException("answer to question " + questionId + ", which is not in the test");
                }
            }
        }
        return points;
    }

    /** The question ids; a question listed twice is an {@link IllegalArgumentException}. */
    static Set<String> ids(List<AnswerKey> keys) {
        Set<String> ids = new HashSet<>(keys.size() * 2);
        for (AnswerKey key : keys) {
            if (!ids.add(key.questionId())) {
                throw new IllegalArgumentException("question " + key.questionId() + " appears twice in the test");
            }
        }
        return ids;
    }
}
