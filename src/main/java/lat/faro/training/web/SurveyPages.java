package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.training.Surveys;
import lat.faro.training.TrainingEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reaction survey of an event: the form for a confirmed participant, once, while it is open. */
@Controller
class SurveyPages {

    private final Surveys surveys;
    private final TrainingEvents events;
    private final MessageSource messages;

    SurveyPages(Surveys surveys, TrainingEvents events, MessageSource messages) {
        this.surveys = surveys;
        this.events = events;
        this.messages = messages;
    }

    @GetMapping("/training/events/{id}/survey")
    String form(@PathVariable long id, Model model) {
        return page(id, model, Map.of(), Map.of(), null);
    }

    @PostMapping("/training/events/{id}/survey")
    String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, @Nullable Integer> ratings = new HashMap<>();
        for (String item : Surveys.ITEMS) {
            String value = form.getFirst(item);
            Integer rating = null;
            try {
                rating = value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                rating = null;
            }
            ratings.put(item, rating);
        }
        String comment = form.getFirst("comment");
        try {
            surveys.answer(id, ratings, comment);
            redirect.addFlashAttribute("notice", "SURVEY");
            return "redirect:/training/events/" + id;
        } catch (InvalidInputException | InvalidFieldException e) {
            response.setStatus(e instanceof InvalidFieldException f && f.isConflict() ? 409 : 400);
            Set<String> fields = new java.util.HashSet<>(Surveys.ITEMS);
            fields.add("comment");
            return page(id, model, FieldMessages.of(e, fields, messages, locale), ratings, comment);
        }
    }

    private String page(long id, Model model, Map<String, String> errors, Map<String, @Nullable Integer> ratings,
            @Nullable String comment) {
        model.addAttribute("event", events.event(id));
        model.addAttribute("open", surveys.canAnswer(id));
        model.addAttribute("items", Surveys.ITEMS);
        model.addAttribute("errors", errors);
        model.addAttribute("ratings", ratings);
        model.addAttribute("comment", comment);
        return "training/survey";
    }
}
