package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.shared.web.Numbers;
import lat.faro.training.FollowUps;
import lat.faro.training.Fraction;
import lat.faro.training.TrainingEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up survey: the form a mailed link opens without an account, a page naming why a link
 * does not open it, and the results for the event's trainers and staff.
 */
@Controller
class FollowUpPages {

    private static final Set<String> FIELDS = Set.of("applied", "objectives", "barriers", "otherBarrier", "change");

    private final FollowUps followUps;
    private final TrainingEvents events;
    private final MessageSource messages;

    FollowUpPages(FollowUps followUps, TrainingEvents events, MessageSource messages) {
        this.followUps = followUps;
        this.events = events;
        this.messages = messages;
    }

    @GetMapping("/training/follow-up/{token}")
    String form(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        try {
            return page(token, followUps.open(token, locale), model, Map.of(),
                    new FollowUps.Answer(null, List.of(), List.of(), null, null), locale);
        } catch (FollowUps.LinkRefused refused) {
            // Just answered (redirected here with the notice): thanks, not "already answered".
            if (refused.reason() == FollowUps.Refusal.ANSWERED && model.containsAttribute("thanks")) {
                return refusedPage(FollowUps.Refusal.ANSWERED, model, response, 200, true);
            }
            return refusedPage(refused.reason(), model, response, refused.reason() == FollowUps.Refusal.ANSWERED ? 200 : 0, false);
        }
    }

    @PostMapping("/training/follow-up/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) @Nullable String applied,
            @RequestParam(required = false) @Nullable List<String> objectives, @RequestParam(required = false) @Nullable List<String> barriers,
            @RequestParam(required = false) @Nullable String otherBarrier, @RequestParam(required = false) @Nullable String change,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        var answer = new FollowUps.Answer(applied, objectives == null ? List.of() : objectives, barriers == null ? List.of() : barriers,
                otherBarrier, change);
        try {
            followUps.answer(token, answer, locale);
            redirect.addFlashAttribute("thanks", true);
            return "redirect:/training/follow-up/" + token;
        } catch (FollowUps.LinkRefused refused) {
            return refusedPage(refused.reason(), model, response, refused.reason() == FollowUps.Refusal.ANSWERED ? 409 : 0, false);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(token, followUps.open(token, locale), model, FieldMessages.of(e, FIELDS, messages, locale), answer, locale);
        }
    }

    @GetMapping("/training/events/{id}/follow-up")
    String results(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("event", events.event(id));
        FollowUps.Results results = followUps.results(id, locale);
        model.addAttribute("results", results);
        model.addAttribute("rate", rate(results, messages, locale));
        model.addAttribute("mean", mean(results, locale));
        model.addAttribute("barriers", FollowUps.Barrier.values());
        return "training/follow-up-results";
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private String page(String token, FollowUps.Invitation invitation, Model model, Map<String, String> errors, FollowUps.Answer answer,
            Locale locale) {
        model.addAttribute("token", token);
        model.addAttribute("when", invitation.event().sessions().getFirst().startsAt()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        model.addAttribute("invitation", invitation);
        model.addAttribute("errors", errors);
        model.addAttribute("answer", answer);
        model.addAttribute("barriers", FollowUps.Barrier.values());
        return "training/follow-up";
    }

    /** "n de N (x %)" of links answered over links sent, or the words for none sent yet; also for the report. */
    static String rate(FollowUps.Results results, MessageSource messages, Locale locale) {
        Fraction rate = results.rate();
        if (rate == null) {
            return messages.getMessage("followup.results.noneSent", null, locale);
        }
        return messages.getMessage("followup.results.rateText", new Object[] {results.answered(), results.sent(),
                Numbers.twoDecimals(locale).format(rate.multiply(Fraction.HUNDRED).rounded())}, locale);
    }

    /** The mean rating with two decimals, or a dash without answers. */
    static String mean(FollowUps.Results results, Locale locale) {
        return results.mean() == null ? "–" : Numbers.twoDecimals(locale).format(results.mean().rounded());
    }

    /** The results as a two-column table (what, how many), plain numbers, for the event report's spreadsheet. */
    static List<List<String>> rows(FollowUps.Results results, MessageSource messages, Locale locale) {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(msg(messages, "followup.results.title", locale), msg(messages, "followup.results.count", locale)));
        rows.add(List.of(msg(messages, "followup.results.sent", locale), Integer.toString(results.sent())));
        rows.add(List.of(msg(messages, "followup.results.rate", locale), Integer.toString(results.answered())));
        rows.add(List.of(msg(messages, "followup.results.ratePercent", locale),
                results.rate() == null ? "" : results.rate().multiply(Fraction.HUNDRED).rounded().toPlainString()));
        rows.add(List.of(msg(messages, "followup.results.mean", locale),
                results.mean() == null ? "" : results.mean().rounded().toPlainString()));
        for (int r = 1; r <= 5; r++) {
            rows.add(List.of(msg(messages, "followup.applied", locale) + " " + msg(messages, "followup.applied." + r, locale),
                    Integer.toString(results.applied()[r - 1])));
        }
        for (int i = 0; i < results.objectives().size(); i++) {
            rows.add(List.of(msg(messages, "followup.results.objective", locale) + " " + (i + 1) + ": " + results.objectives().get(i),
                    Integer.toString(results.objectiveCounts()[i])));
        }
        results.barriers().forEach((barrier, count) -> rows.add(List.of(msg(messages, "followup.results.barrier", locale) + ": "
                + msg(messages, "followup.barrier." + barrier.name(), locale), Integer.toString(count))));
        results.otherBarriers().forEach(text -> rows.add(List.of(msg(messages, "followup.results.otherBarriers", locale), text)));
        results.changes().forEach(text -> rows.add(List.of(msg(messages, "followup.results.changes", locale), text)));
        return rows;
    }

    private static String msg(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String refusedPage(FollowUps.Refusal reason, Model model, HttpServletResponse response, int status, boolean thanks) {
        response.setStatus(status != 0 ? status : switch (reason) {
            case MALFORMED, WRONG_PURPOSE -> 400;
            case TAMPERED -> 403;
            case EXPIRED, WITHDRAWN -> 410;
            case ANSWERED -> 409;
        });
        model.addAttribute("reason", thanks ? "THANKS" : reason.name());
        return "training/follow-up-refused";
    }
}
