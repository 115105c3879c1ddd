package lat.faro.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The learning gain of a training event, from its pre-test and post-test attempts, as a pure
 * function; all figures exact (see {@link Fraction#rounded()} for display).
 *
 * <p>The normalised gain is the one of R. R. Hake, "Interactive-engagement versus traditional
 * methods: A six-thousand-student survey of mechanics test data for introductory physics
 * courses", American Journal of Physics 66(1), 64–74 (1998): the gain actually made divided by the
 * largest gain that was possible. It is given two ways, since they differ in general:
 *
 * <ul>
 *   <li>the class-average gain {@code ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩)}, Hake's average
 *       normalised gain, from the mean scores of the matched learners; undefined (null) when
 *       nobody took both tests or when the mean pre-test score is 100;</li>
 *   <li>the mean of the individual gains {@code g = (post − pre) / (100 − pre)} (see
 *       {@link LearnerGain}). A learner who scored 100 on the pre-test has no individual gain:
 *       they are left out of this mean and counted in {@code undefinedGains}, but their scores
 *       still count in ⟨pre⟩, ⟨post⟩ and so ⟨g⟩. Null when no learner has a gain.</li>
 * </ul>
 *
 * <p>Matched learners are those who took both tests; they are listed in the order of the
 * pre-test attempts. Attrition is everyone who took only one of the two tests
 * ({@code preOnly + postOnly}); its share is of everyone who took at least one. The difficulty of
 * each question is over everyone who took that test, matched or not.
 *
 * @param learners the matched learners with their scores and individual gains
 * @param preOnly how many took the pre-test only
 * @param postOnly how many took the post-test only
 * @param undefinedGains how many matched learners scored 100 on the pre-test
 * @param meanPre ⟨pre⟩, the mean pre-test score of the matched learners; null when none
 * @param meanPost ⟨post⟩, the mean post-test score of the matched learners; null when none
 * @param classAverageGain ⟨g⟩; null when undefined
 * @param meanIndividualGain the mean of the defined individual gains; null when none
 * @param preDifficulty per question of the pre-test, in the order of its keys
 * @param postDifficulty per question of the post-test, in the order of its keys
 */
public record LearningGain(
        List<LearnerGain> learners,
        int preOnly,
        int postOnly,
        int undefinedGains,
        @Nullable Fraction meanPre,
        @Nullable Fraction meanPost,
        @Nullable Fraction classAverageGain,
        @Nullable Fraction meanIndividualGain,
        List<QuestionDifficulty> preDifficulty,
        List<QuestionDifficulty> postDifficulty) {

    public LearningGain {
        learners = List.copyOf(learners);
        preDifficulty = List.copyOf(preDifficulty);
        postDifficulty = List.copyOf(postDifficulty);
    }

    /**
     * The gains of the two tests' attempts, without per-question difficulty (both difficulty
     * lists are empty). A participant with two attempts at the same test is an
     * {@link IllegalArgumentException} naming them.
     */
    public static LearningGain of(List<Attempt> pre, List<Attempt> post) {
        return of(List.of(), pre, List.of(), post);
    }

    /**
     * The gains of the two tests' attempts and the difficulty of each question of each test. A
     * participant with two attempts at the same test, a question listed twice in a test, or an
     * answer to a question not in its test is an {@link IllegalArgumentException}.
     */
    public static LearningGain of(List<AnswerKey> preTest, List<Attempt> pre, List<AnswerKey> postTest, List<Attempt> post) {
        Map<String, Attempt> postByParticipant = byParticipant(post, "post-test");
        Set<String> seenPre = new HashSet<>(pre.size() * 2);
        List<LearnerGain> learners = new ArrayList<>(Math.min(pre.size(), post.size()));
        Fraction sumPre = Fraction.ZERO;
        Fraction sumPost = Fraction.ZERO;
        Fraction sumGain = Fraction.ZERO;
        int defined = 0;
        int undefined = 0;
        for (Attempt before : pre) {
            if (!seenPre.add(before.participant())) {
                throw duplicate(before.participant(), "pre-test");
            }
            Attempt after = postByParticipant.get(before.participant());
            if (after == null) {
                continue;
            }
            LearnerGain learner = LearnerGain.of(before.participant(), before.score(), after.score());
            learners.add(learner);
            sumPre = sumPre.add(learner.pre());
            sumPost = sumPost.add(learner.post());
            if (learner.gain() == null) {
                undefined++;
            } else {
                sumGain = sumGain.add(learner.gain());
                defined++;
            }
        }
        int matched = learners.size();
        Fraction meanPre = matched == 0 ? null : sumPre.divide(matched);
        Fraction meanPost = matched == 0 ? null : sumPost.divide(matched);
        Fraction classAverageGain = null;
        if (meanPre != null && meanPost != null && meanPre.compareTo(Fraction.HUNDRED) < 0) {
            classAverageGain = meanPost.subtract(meanPre).divide(Fraction.HUNDRED.subtract(meanPre));
        }
        return new LearningGain(learners, pre.size() - matched, post.size() - matched, undefined,
                meanPre, meanPost, classAverageGain, defined == 0 ? null : sumGain.divide(defined),
                difficulty(preTest, pre), difficulty(postTest, post));
    }

    /** How many took both tests. */
    public int matched() {
        return learners.size();
    }

    /** How many took only one of the two tests. */
    public int attrition() {
        return preOnly + postOnly;
    }

    /** How many took at least one of the two tests. */
    public int participants() {
        return learners.size() + preOnly + postOnly;
    }

    /** Attrition as a share (0 to 1) of everyone who took at least one test; null when nobody did. */
    public @Nullable Fraction attritionShare() {
        int participants = participants();
        return participants == 0 ? null : Fraction.of(attrition(), participants);
    }

    private static Map<String, Attempt> byParticipant(List<Attempt> attempts, String test) {
        Map<String, Attempt> byParticipant = new HashMap<>(attempts.size() * 2);
        for (Attempt attempt : attempts) {
            if (byParticipant.putIfAbsent(attempt.participant(), attempt) != null) {
                throw duplicate(attempt.participant(), test);
            }
        }
        return byParticipant;
    }

    private static IllegalArgumentException duplicate(String participant, String test) {
        return new IllegalArgumentException("participant " + participant + " has more than one attempt at the " + test);
    }

    private static List<QuestionDifficulty> difficulty(List<AnswerKey> keys, List<Attempt> attempts) {
        if (keys.isEmpty()) {
            return List.of();
        }
        AnswerKey.ids(keys);
        int[] correct = new int[keys.size()];
        for (Attempt attempt : attempts) {
            AnswerKey.grade(keys, attempt.answers(), correct);
        }
        List<QuestionDifficulty> difficulty = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            difficulty.add(new QuestionDifficulty(keys.get(i).questionId(), attempts.size(), correct[i]));
        }
        return difficulty;
    }
}
