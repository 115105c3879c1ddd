package lat.faro.training;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A course's question bank in its current version. Version 0, with no questions, means the course
 * has no bank yet; the first save expects version 0.
 */
public record QuestionBankView(long courseId, int version, List<Question> questions, @Nullable Instant updatedAt) {

    public QuestionBankView {
        questions = List.copyOf(questions);
    }
}
