package lat.faro.training;

import org.jspecify.annotations.Nullable;

/**
 * One learner who took both tests: the pre- and post-test scores in percent and the individual
 * normalised gain {@code g = (post − pre) / (100 − pre)}, the share of the room left by the
 * pre-test that the post-test took up. It is negative when the post-test score is lower, and
 * null (undefined) when the pre-test score is 100: there was no room left.
 */
public record LearnerGain(String participant, Fraction pre, Fraction post, @Nullable Fraction gain) {

    static LearnerGain of(String participant, Fraction pre, Fraction post) {
        Fraction room = Fraction.HUNDRED.subtract(pre);
        return new LearnerGain(participant, pre, post, room.signum() == 0 ? null : post.subtract(pre).divide(room));
    }

    /** The raw change in percentage points, {@code post − pre}. */
    public Fraction change() {
        return post.subtract(pre);
    }
}
