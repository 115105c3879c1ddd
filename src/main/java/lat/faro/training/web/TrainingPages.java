package lat.faro.training.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.directory.DirectoryQueries;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.training.CourseView;
import lat.faro.training.EventStatus;
import lat.faro.training.EventView;
import lat.faro.training.RegistrationForm;
import lat.faro.training.RegistrationView;
import lat.faro.training.Registrations;
import lat.faro.training.TrainingCatalogue;
import lat.faro.training.TrainingEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public training pages: the events anyone may see and the courses; an event's page with its
 * sessions in the venue's time, and for a signed-in person the registration form or their own
 * registration, which they may cancel.
 */
@Controller
class TrainingPages {

    static final Set<String> FIELDS = Set.of("fullName", "organisation", "jobTitle", "sector", "gender", "consent", "email",
            "invitation");

    /** An event as a list or its page shows it, its dates written out in the page's language. */
    record EventLine(EventView event, String title, String titleLang, String country, String when, List<String> sessions) {
    }

    /** A maturity element a course addresses, with its name. */
    record ElementLine(String framework, String id, String name) {
    }

    private final TrainingCatalogue catalogue;
    private final lat.faro.training.Certificates certificates;
    private final lat.faro.training.SuggestedTrainings suggestions;
    private final TrainingEvents trainingEvents;
    private final Registrations registrations;
    private final DirectoryQueries directory;
    private final FrameworkLibrary frameworks;
    private final Access access;
    private final MessageSource messages;
    private final RegistrationThrottle throttle;
    private final MaterialLines materialLines;

    TrainingPages(TrainingCatalogue catalogue, lat.faro.training.Certificates certificates,
            lat.faro.training.SuggestedTrainings suggestions, TrainingEvents trainingEvents,
            Registrations registrations, DirectoryQueries directory, FrameworkLibrary frameworks, Access access,
            MessageSource messages, RegistrationThrottle throttle, MaterialLines materialLines) {
        this.throttle = throttle;
        this.materialLines = materialLines;
        this.catalogue = catalogue;
        this.certificates = certificates;
        this.suggestions = suggestions;
        this.trainingEvents = trainingEvents;
        this.registrations = registrations;
        this.directory = directory;
        this.frameworks = frameworks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/training")
    String index(Model model, Locale locale) {
        model.addAttribute("events", trainingEvents.visible().stream().map(e -> line(e, locale)).toList());
        model.addAttribute("courses", catalogue.courses());
        return "training/index";
    }

    @GetMapping("/training/courses/{id}")
    String course(@PathVariable long id, Model model, Locale locale) {
        CourseView course = catalogue.course(id);
        List<ElementLine> elements = new ArrayList<>();
        for (CourseView.Element element : course.elements()) {
            String name = frameworks.latest(element.frameworkId()).flatMap(f -> f.nameOf(element.elementId()))
                    .map(t -> t.in(locale)).orElse("");
            elements.add(new ElementLine(element.frameworkId(), element.elementId(), name));
        }
        model.addAttribute("course", course);
        model.addAttribute("objectives", course.objectives().in(locale).lines().toList());
        model.addAttribute("elements", elements);
        model.addAttribute("events", trainingEvents.visible().stream().filter(e -> e.courseId() == id).map(e -> line(e, locale)).toList());
        materialLines.addTo(model, id, locale);
        return "training/course";
    }

    /** A gap of the country's latest published assessment, named, with the courses that address it. */
    record GapLine(String id, String name, String lang, int stage, List<CourseView> courses) {
    }

    /** For a member state, the gaps of its latest published assessment beside the courses that address them. */
    @GetMapping("/training/countries/{code}")
    String suggestions(@PathVariable String code, Model model, Locale locale) {
        var country = directory.country(code).orElseThrow(() -> new lat.faro.shared.web.NotFoundException("training.event.country", code));
        var found = suggestions.forCountry(country.iso2());
        model.addAttribute("countryName", country.name(locale));
        model.addAttribute("suggestions", found.orElse(null));
        List<GapLine> gaps = new ArrayList<>();
        found.ifPresent(s -> s.gaps().forEach(g -> {
            var name = s.framework().nameOf(g.unitId()).orElseThrow();
            gaps.add(new GapLine(g.unitId(), name.in(locale), name.languageFor(locale), g.stage(), g.courses()));
        }));
        model.addAttribute("gaps", gaps);
        List<EventLine> upcoming = trainingEvents.visible().stream()
                .filter(e -> e.country().equals(country.iso2()) && e.status() == EventStatus.REGISTRATION_OPEN)
                .map(e -> line(e, locale)).toList();
        model.addAttribute("events", upcoming);
        return "training/country";
    }

    @GetMapping("/training/events/{id}")
    String event(@PathVariable long id, @RequestParam(required = false) @Nullable String invitation, Model model, Locale locale) {
        model.addAttribute("invitation", invitation);
        return eventPage(id, model, locale, new FormValues(null, null, null, null, null), Map.of());
    }

    /** What the person typed, to show it again beside the messages. */
    record FormValues(@Nullable String fullName, @Nullable String organisation, @Nullable String jobTitle,
            @Nullable String sector, @Nullable String gender) {
    }

    @PostMapping("/training/events/{id}/register")
    String register(@PathVariable long id, @RequestParam(required = false) @Nullable String fullName,
            @RequestParam(required = false) @Nullable String organisation, @RequestParam(required = false) @Nullable String jobTitle,
            @RequestParam(required = false) @Nullable String sector, @RequestParam(required = false) @Nullable String gender,
            @RequestParam(required = false) @Nullable String consent, @RequestParam(required = false) @Nullable String invitation,
            Model model, Locale locale,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        if (!throttle.allow(String.valueOf(access.userName()))) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(throttle.retryAfter()));
            model.addAttribute("invitation", invitation);
            return eventPage(id, model, locale, new FormValues(fullName, organisation, jobTitle, sector, gender),
                    Map.of("registration", messages.getMessage("training.registration.tooMany", new Object[] {throttle.retryAfterMinutes()}, locale)));
        }
        try {
            RegistrationView registration = registrations.register(id, new RegistrationForm(String.valueOf(access.userName()),
                    orEmpty(fullName), orEmpty(organisation), jobTitle, WebInputs.parse(RegistrationForm.Sector.class, sector),
                    WebInputs.parse(RegistrationForm.Gender.class, gender), consent, invitation));
            redirect.addFlashAttribute("notice", registration.status().name());
            return "redirect:/training/events/" + id;
        } catch (InvalidInputException | InvalidFieldException e) {
            response.setStatus(e instanceof InvalidFieldException f && f.isConflict() ? HttpStatus.CONFLICT.value()
                    : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invitation", invitation);
            return eventPage(id, model, locale, new FormValues(fullName, organisation, jobTitle, sector, gender),
                    FieldMessages.of(e, FIELDS, messages, locale));
        }
    }

    @PostMapping("/training/registrations/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        RegistrationView registration = registrations.cancel(id);
        redirect.addFlashAttribute("notice", "CANCELLED");
        return "redirect:/training/events/" + registration.eventId();
    }

    private String eventPage(long id, Model model, Locale locale, FormValues values, Map<String, String> errors) {
        EventView event = trainingEvents.event(id);
        model.addAttribute("line", line(event, locale));
        model.addAttribute("course", catalogue.course(event.courseId()));
        model.addAttribute("mine", registrations.mine(id).orElse(null));
        model.addAttribute("myCertificate", certificates.mine(id).orElse(null));
        model.addAttribute("open", event.status() == EventStatus.REGISTRATION_OPEN);
        model.addAttribute("signedIn", access.signedIn());
        model.addAttribute("email", access.userName());
        model.addAttribute("sectors", RegistrationForm.Sector.values());
        model.addAttribute("genders", RegistrationForm.Gender.values());
        model.addAttribute("consentVersion", registrations.privacyNoticeVersion());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "training/event";
    }

    private EventLine line(EventView event, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        List<String> sessions = event.sessions().stream().map(s -> s.startsAt().format(date) + ", " + s.startsAt().format(time)
                + "–" + s.endsAt().format(time) + (s.title() == null ? "" : " · " + s.title())).toList();
        String when = event.sessions().isEmpty() ? "" : event.sessions().getFirst().startsAt().format(date);
        return new EventLine(event, event.courseTitle().in(locale), event.courseTitle().languageFor(locale),
                directory.country(event.country()).map(c -> c.name(locale)).orElse(event.country()), when, sessions);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
