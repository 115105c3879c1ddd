package lat.faro.training;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A test question as programme staff write it into a course's question bank.
 *
 * @param kind        single choice (exactly one correct option) or multiple choice (at least one)
 * @param text        language (es, en, pt, fr) → the question; Spanish required, others fall back to it
 * @param explanation language → why the correct options are correct; Spanish required
 * @param options     2 to 8 options, in the order shown
 */
public record QuestionDraft(@Nullable QuestionKind kind, Map<String, String> text, Map<String, String> explanation,
        List<OptionDraft> options) {

    public QuestionDraft {
        text = Map.copyOf(text);
        explanation = Map.copyOf(explanation);
        options = List.copyOf(options);
    }

    /** One option: its text per language (Spanish required) and whether it is correct. */
    public record OptionDraft(Map<String, String> text, boolean correct) {

        public OptionDraft {
            text = Map.copyOf(text);
        }
    }
}
