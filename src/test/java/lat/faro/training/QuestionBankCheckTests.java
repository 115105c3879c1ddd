package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of a question bank, without Spring: each refusal named by its field. */
class QuestionBankCheckTests {

    static QuestionDraft.OptionDraft option(String es, boolean correct) {
        return new QuestionDraft.OptionDraft(Map.of("es", es), correct);
    }

    static QuestionDraft question(QuestionKind kind, QuestionDraft.OptionDraft... options) {
        return new QuestionDraft(kind, Map.of("es", "¿Pregunta?"), Map.of("es", "Porque sí."), List.of(options));
    }

    static List<FieldProblem> problems(List<QuestionDraft> questions) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> QuestionBank.check(questions));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    @Test
    void aSingleChoiceQuestionHasExactlyOneCorrectOption() {
        assertThatCode(() -> QuestionBank.check(List.of(question(QuestionKind.SINGLE, option("a", true), option("b", false)))))
                .doesNotThrowAnyException();
        assertThat(problems(List.of(question(QuestionKind.SINGLE, option("a", true), option("b", true)))))
                .containsExactly(FieldProblem.at("questions[0].options", "training.bank.singleCorrect", 2));
        assertThat(problems(List.of(question(QuestionKind.SINGLE, option("a", false), option("b", false)))))
                .containsExactly(FieldProblem.at("questions[0].options", "training.bank.singleCorrect", 0));
    }

    @Test
    void aMultipleChoiceQuestionHasAtLeastOneCorrectOption() {
        assertThatCode(() -> QuestionBank.check(List.of(question(QuestionKind.MULTIPLE, option("a", true), option("b", true)))))
                .doesNotThrowAnyException();
        assertThat(problems(List.of(question(QuestionKind.MULTIPLE, option("a", false), option("b", false)))))
                .containsExactly(FieldProblem.at("questions[0].options", "training.bank.multipleCorrect"));
    }

    @Test
    void aQuestionHasTwoToEightOptions() {
        QuestionDraft.OptionDraft[] nine = new QuestionDraft.OptionDraft[9];
        for (int i = 0; i < nine.length; i++) {
            nine[i] = option("opción " + i, i == 0);
        }
        assertThat(problems(List.of(question(QuestionKind.MULTIPLE, nine))))
                .containsExactly(FieldProblem.at("questions[0].options", "training.bank.optionCount", 2, 8, 9));
        assertThat(problems(List.of(question(QuestionKind.SINGLE, option("a", true)))))
                .containsExactly(FieldProblem.at("questions[0].options", "training.bank.optionCount", 2, 8, 1));
        assertThatCode(() -> QuestionBank.check(List.of(question(QuestionKind.MULTIPLE,
                java.util.Arrays.copyOf(nine, 8))))).doesNotThrowAnyException();
    }

    @Test
    void spanishIsRequiredForTheQuestionItsExplanationAndEachOption() {
        QuestionDraft english = new QuestionDraft(QuestionKind.SINGLE, Map.of("en", "Question?"), Map.of("en", "Because."),
                List.of(new QuestionDraft.OptionDraft(Map.of("en", "a"), true), option("b", false)));
        assertThat(problems(List.of(english))).extracting(FieldProblem::field)
                .containsExactly("questions[0].text.es", "questions[0].explanation.es", "questions[0].options[0].text.es");
    }

    @Test
    void aBankHasOneToAHundredQuestions() {
        assertThat(problems(List.of())).containsExactly(FieldProblem.at("questions", "training.bank.noQuestions"));
        assertThat(problems(Collections.nCopies(101, question(QuestionKind.SINGLE, option("a", true), option("b", false)))))
                .containsExactly(FieldProblem.at("questions", "training.bank.tooManyQuestions", 100));
    }
}
