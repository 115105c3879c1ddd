package lat.faro.training;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lat.faro.framework.Texts;

/**
 * A question of a course's bank as stored, with its key: for programme staff and trainers, and
 * for a participant only in the result of a test they submitted. Ids are the stored ones; a
 * question is never changed once written (saving a bank writes new questions).
 */
public record Question(long id, int position, QuestionKind kind, Texts text, Texts explanation, List<Option> options) {

    public Question {
        options = List.copyOf(options);
    }

    /** What scoring needs: the question's id and its correct options' ids, as strings. */
    public AnswerKey key() {
        return new AnswerKey(Long.toString(id), kind, options.stream().filter(Option::correct)
                .map(o -> Long.toString(o.id())).collect(Collectors.toSet()));
    }

    /** The ids of the correct options. */
    public Set<Long> correctOptions() {
        return options.stream().filter(Option::correct).map(Option::id).collect(Collectors.toUnmodifiableSet());
    }

    public record Option(long id, Texts text, boolean correct) {
    }
}
