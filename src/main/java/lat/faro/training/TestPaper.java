package lat.faro.training;

import java.time.Instant;
import java.util.List;
import lat.faro.framework.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A test as the signed-in person may take it: whether they may, the window in which it is open,
 * and, only while they may submit it, its questions without the key.
 *
 * @param opensAt     when the test opens (the pre-test: the person's confirmation; the post-test:
 *                    the start of the event's last session); null when the person holds no
 *                    confirmed place
 * @param closesAt    when it closes (the pre-test: the first session's start; the post-test:
 *                    {@link LearningTests#POST_TEST_DAYS} days after the last session ends)
 * @param submittedAt when the person submitted it, if they did
 * @param items       the questions in order; empty unless {@code availability} is OPEN
 */
public record TestPaper(long eventId, TestKind kind, Availability availability, @Nullable Instant opensAt,
        Instant closesAt, @Nullable Instant submittedAt, List<Item> items) {

    public TestPaper {
        items = List.copyOf(items);
    }

    /** Whether the person may take the test now, and if not, why. */
    public enum Availability { OPEN, SUBMITTED, NOT_YET_OPEN, CLOSED, NOT_PARTICIPANT, NO_QUESTIONS }

    /** A question to answer: its text and options, never which are correct. */
    public record Item(long id, int position, QuestionKind kind, Texts text, List<Choice> choices) {

        public Item {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(long id, Texts text) {
    }
}
