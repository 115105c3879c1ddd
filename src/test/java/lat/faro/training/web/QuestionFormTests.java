package lat.faro.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.FieldProblem;
import lat.faro.training.QuestionDraft;
import lat.faro.training.QuestionKind;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.util.LinkedMultiValueMap;

/** How the question form turns rows into a draft and the service's problems back into its fields. */
class QuestionFormTests {

    @Test
    void blankRowsAreLeftOutAndProblemsFindTheirRow() {
        var sent = new LinkedMultiValueMap<String, String>();
        sent.add("kind", "MULTIPLE");
        sent.add("text.es", "¿Qué?");
        sent.add("text.en", "  ");
        sent.add("option.0.es", "Uno");
        sent.add("option.2.es", "");
        sent.add("option.2.correct", "true");
        sent.add("option.3.en", "Three");
        QuestionForm form = QuestionForm.read(sent, List.of("es", "en"), false);

        QuestionDraft draft = form.draft();
        assertThat(draft.kind()).isEqualTo(QuestionKind.MULTIPLE);
        assertThat(draft.text()).containsOnlyKeys("es");
        assertThat(draft.options()).extracting(QuestionDraft.OptionDraft::text)
                .containsExactly(java.util.Map.of("es", "Uno"), java.util.Map.of(), java.util.Map.of("en", "Three"));
        assertThat(form.getRows()).hasSize(4);

        var messages = new StaticMessageSource();
        messages.addMessage("required", Locale.ROOT, "required");
        messages.addMessage("count", Locale.ROOT, "count");
        var errors = form.errors(List.of(FieldProblem.at("questions[3].options[1].text.es", "required"),
                FieldProblem.at("questions[3].options[2].text.es", "required"), FieldProblem.at("questions[3].options", "count"),
                FieldProblem.at("questions[3].explanation.es", "required"), FieldProblem.at("questions[0].text.es", "count")),
                3, messages, Locale.ROOT);
        assertThat(errors).containsOnlyKeys("option.2.es", "option.3.es", "options", "explanation.es", FieldMessages.GENERAL);
        assertThat(QuestionForm.summary(errors)).extracting(QuestionForm.Problem::anchor)
                .containsExactly("option-2-es", "option-3-es", "options", "explanation-es", null);
    }

    @Test
    void anotherRowIsOfferedUpToTheMaximum() {
        var sent = new LinkedMultiValueMap<String, String>();
        sent.add("rows", "7");
        assertThat(QuestionForm.read(sent, List.of("es"), true).getRows()).hasSize(8);
        sent.set("rows", "8");
        assertThat(QuestionForm.read(sent, List.of("es"), true).getRows()).hasSize(QuestionForm.MAX_ROWS);
        sent.set("rows", "x");
        assertThat(QuestionForm.read(sent, List.of("es"), false).getRows()).hasSize(QuestionForm.MIN_ROWS);
    }
}
