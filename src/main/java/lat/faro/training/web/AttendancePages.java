package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.training.Attendance;
import lat.faro.training.CheckIn;
import lat.faro.training.CheckInCode;
import lat.faro.training.EventView;
import lat.faro.training.Roster;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Attendance pages. A session's roster for its trainers and programme staff, made for a phone:
 * one row per person with two large buttons, present and absent; with htmx the row changes in
 * place, without JavaScript the form posts and the roster comes back at that row. The session's
 * check-in code to show in the room. And the check-in form where a participant types the code
 * (or arrives with it from the QR code's link).
 */
@Controller
class AttendancePages {

    private final Attendance attendance;
    private final MessageSource messages;

    AttendancePages(Attendance attendance, MessageSource messages) {
        this.attendance = attendance;
        this.messages = messages;
    }

    @GetMapping("/training/events/{id}/sessions/{sessionId}/roster")
    String roster(@PathVariable long id, @PathVariable long sessionId, Model model, Locale locale) {
        return rosterPage(attendance.roster(id, sessionId), null, model, locale);
    }

    @PostMapping("/training/events/{id}/sessions/{sessionId}/roster/{registrationId}")
    String mark(@PathVariable long id, @PathVariable long sessionId, @PathVariable long registrationId,
            @RequestParam(required = false) @Nullable String present,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        String problem = null;
        try {
            if (!"true".equals(present) && !"false".equals(present)) {
                throw InvalidFieldException.invalid("present", "training.field.required");
            }
            attendance.mark(id, sessionId, registrationId, Boolean.parseBoolean(present));
            if (htmx == null) {
                return "redirect:/training/events/" + id + "/sessions/" + sessionId + "/roster#reg-" + registrationId;
            }
        } catch (InvalidFieldException e) {
            problem = messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale);
            if (htmx == null) {
                response.setStatus(e.isConflict() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
                return rosterPage(attendance.roster(id, sessionId), problem, model, locale);
            }
        }
        // htmx swaps only successful answers: a refusal comes back as the row with its message.
        Roster roster = attendance.roster(id, sessionId);
        Roster.Line line = roster.lines().stream().filter(l -> l.registrationId() == registrationId).findFirst()
                .orElseThrow(() -> new NotFoundException("training.registration.notFound", registrationId));
        model.addAttribute("roster", roster);
        model.addAttribute("line", line);
        model.addAttribute("problem", problem);
        return "training/roster-row :: update";
    }

    @GetMapping("/training/events/{id}/sessions/{sessionId}/check-in-code")
    String checkInCode(@PathVariable long id, @PathVariable long sessionId, Model model, Locale locale) {
        CheckInCode code = attendance.checkInCode(id, sessionId);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
        model.addAttribute("code", code);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + code.path();
        model.addAttribute("url", url);
        // Shown on a projector or a phone held up to the room: large enough to scan from a few metres.
        model.addAttribute("qr", "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(lat.faro.training.QrCodes.png(url, 480)));
        model.addAttribute("opens", code.opensAt().format(dateTime));
        model.addAttribute("closes", code.session().endsAt().format(dateTime));
        header(code.event(), code.session(), model, locale);
        return "training/check-in-code";
    }

    @GetMapping("/training/check-in")
    String checkInForm(@RequestParam(required = false) @Nullable String code, Model model) {
        return checkInPage(code, null, model);
    }

    @PostMapping("/training/check-in")
    String checkIn(@RequestParam(required = false) @Nullable String code, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            CheckIn done = attendance.checkIn(code);
            redirect.addFlashAttribute("done", messages.getMessage(done.already() ? "attendance.checkIn.already"
                    : "attendance.checkIn.done", new Object[] {done.session().position(), done.courseTitle().in(locale),
                    when(done.session(), locale)}, locale));
            return "redirect:/training/check-in";
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return checkInPage(code, messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale), model);
        } catch (InvalidFieldException e) {
            response.setStatus(e.isConflict() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return checkInPage(code, messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale), model);
        }
    }

    private String rosterPage(Roster roster, @Nullable String problem, Model model, Locale locale) {
        header(roster.event(), roster.session(), model, locale);
        model.addAttribute("roster", roster);
        model.addAttribute("problem", problem);
        model.addAttribute("statusName", messages.getMessage("training.status." + roster.event().status().name(), null, locale));
        return "training/roster";
    }

    /** The event's course title and the session, written out, above each page. */
    private static void header(EventView event, EventView.Session session, Model model, Locale locale) {
        model.addAttribute("event", event);
        model.addAttribute("trainingSession", session);
        model.addAttribute("title", event.courseTitle().in(locale));
        model.addAttribute("titleLang", event.courseTitle().languageFor(locale));
        model.addAttribute("when", when(session, locale));
    }

    private String checkInPage(@Nullable String code, @Nullable String error, Model model) {
        // What was typed comes back in the field, cut to a sane length.
        model.addAttribute("code", code == null ? "" : code.strip().substring(0, Math.min(code.strip().length(), 20)));
        model.addAttribute("error", error);
        model.addAttribute("minutes", Attendance.CHECK_IN_OPENS_MINUTES);
        return "training/check-in";
    }

    /** "10 May 2027, 09:00–12:30", in the venue's time and the page's language. */
    static String when(EventView.Session session, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        ZonedDateTime start = session.startsAt();
        return start.format(date) + ", " + start.format(time) + "–" + session.endsAt().format(time);
    }
}
