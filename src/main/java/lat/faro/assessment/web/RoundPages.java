package lat.faro.assessment.web;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lat.faro.shared.web.FieldMessages;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentStatus;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.RoundDraft;
import lat.faro.assessment.RoundKind;
import lat.faro.assessment.RoundView;
import lat.faro.directory.CountryView;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkKind;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rounds: the list with how many assessments each holds by status, the form that opens a
 * round (programme staff), and one round's overview of the member states, where those who may
 * start a country's assessment find the form to do it.
 */
@Controller
class RoundPages {

    static final Set<String> ROUND_FIELDS = Set.of("label", "kind", "framework", "programme", "startsOn", "endsOn");
    static final Set<String> START_FIELDS = Set.of("country", "organisation", "carryOver");
    /** The status filter's value for countries without a visible assessment. */
    static final String NOT_STARTED = "NOT_STARTED";

    /** A round in the list, with the visible assessments counted by status (only the non-zero ones). */
    record RoundRow(RoundView round, String frameworkName, String frameworkLang, Map<AssessmentStatus, Integer> counts) {}

    /** A framework version to choose for a round. */
    record FrameworkOption(String value, String label, String lang, RoundKind kind) {}

    record ProgrammeOption(String slug, String name) {}

    /** A member state in a round: its visible assessments (one in a national round), and whether the person may start one. */
    record CountryRow(String iso2, String name, List<Entry> entries, boolean mayStart, List<OrganisationOption> organisations) {}

    /** A visible assessment, with the page the person may open for it (none while it is not published to them). */
    record Entry(AssessmentView assessment, @Nullable String organisation, @Nullable String link) {}

    record OrganisationOption(long id, String name) {}

    private final AssessmentManagement management;
    private final AssessmentPermissions permissions;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final MessageSource messages;

    RoundPages(AssessmentManagement management, AssessmentPermissions permissions, FrameworkLibrary frameworks,
            DirectoryQueries directory, MessageSource messages) {
        this.management = management;
        this.permissions = permissions;
        this.frameworks = frameworks;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/rounds")
    String rounds(Model model, Locale locale) {
        List<RoundRow> rows = new ArrayList<>();
        for (RoundView round : management.rounds()) {
            Map<AssessmentStatus, Integer> counts = new EnumMap<>(AssessmentStatus.class);
            for (AssessmentView a : management.assessmentsIn(round.id())) {
                counts.merge(a.status(), 1, Integer::sum);
            }
            Framework framework = frameworks.find(round.framework()).orElse(null);
            rows.add(new RoundRow(round, framework == null ? round.framework().toString() : framework.name().in(locale),
                    framework == null ? locale.getLanguage() : framework.name().languageFor(locale), counts));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("canManage", permissions.canManageRounds());
        return "assessment/rounds";
    }

    @GetMapping("/rounds/new")
    String newRound(@RequestParam(name = "kind", required = false) @Nullable RoundKind kind, Model model, Locale locale) {
        requireManager();
        RoundForm form = kind == null ? RoundForm.empty() : new RoundForm("", kind.name(), null, null, null, null);
        return roundForm(form, Map.of(), model, locale);
    }

    @PostMapping("/rounds/new")
    String create(@ModelAttribute("form") RoundForm form, Model model, Locale locale, RedirectAttributes redirect) {
        requireManager();
        Map<String, String> errors = new LinkedHashMap<>();
        RoundKind kind = parseKind(form.kind());
        if (kind == null) {
            errors.put("kind", text("validation.required", locale));
        }
        FrameworkRef framework = parseRef(form.framework());
        if (framework == null) {
            errors.put("framework", text("validation.required", locale));
        }
        LocalDate startsOn = FieldMessages.date(form.startsOn());
        if (startsOn == null && !FieldMessages.isBlank(form.startsOn())) {
            errors.put("startsOn", text("assessment.pages.date.invalid", locale));
        }
        LocalDate endsOn = FieldMessages.date(form.endsOn());
        if (endsOn == null && !FieldMessages.isBlank(form.endsOn())) {
            errors.put("endsOn", text("assessment.pages.date.invalid", locale));
        }
        if (errors.isEmpty() && kind != null && framework != null) {
            try {
                RoundView round = management.createRound(new RoundDraft(String.valueOf(form.label()), kind, framework,
                        FieldMessages.isBlank(form.programme()) ? null : form.programme().strip(), startsOn, endsOn));
                redirect.addFlashAttribute("created", round.label());
                return "redirect:/rounds/" + round.id();
            } catch (InvalidInputException | InvalidFieldException e) {
                errors.putAll(FieldMessages.of(e, ROUND_FIELDS, messages, locale));
            }
        } else if (FieldMessages.isBlank(form.label())) {
            errors.putIfAbsent("label", text("validation.required", locale));
        }
        return roundForm(form, errors, model, locale);
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable long id, @RequestParam(name = "status", required = false) @Nullable String status,
            Model model, Locale locale) {
        return overview(id, status, null, Map.of(), model, locale);
    }

    @PostMapping("/rounds/{id}/assessments")
    String start(@PathVariable long id, @RequestParam(name = "country", defaultValue = "") String country,
            @RequestParam(name = "organisation", required = false) @Nullable Long organisation,
            @RequestParam(name = "carryOver", defaultValue = "false") boolean carryOver, Model model, Locale locale) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!permissions.canStart(code, organisation)) {
            // whatever the round: this person may not start this country's (or agency's) assessment
            throw new AccessDeniedException("start");
        }
        try {
            AssessmentView started = management.start(id, code, organisation, carryOver);
            return "redirect:/assessments/" + started.id();
        } catch (InvalidInputException | InvalidFieldException e) {
            return overview(id, null, code, FieldMessages.of(e, START_FIELDS, messages, locale), model, locale);
        }
    }

    private String overview(long id, @Nullable String status, @Nullable String startCountry,
            Map<String, String> startErrors, Model model, Locale locale) {
        RoundView round = management.round(id);
        Framework framework = frameworks.find(round.framework()).orElse(null);
        Map<String, List<AssessmentView>> byCountry = management.assessmentsIn(id).stream()
                .collect(Collectors.groupingBy(AssessmentView::country));
        String filter = status == null || status.isBlank() ? "" : status.strip();
        Collator collator = Collator.getInstance(locale);
        List<CountryRow> rows = new ArrayList<>();
        for (CountryView country : directory.countries()) {
            List<Entry> entries = byCountry.getOrDefault(country.iso2(), List.of()).stream().map(this::entry).toList();
            boolean shown = filter.isEmpty()
                    || (filter.equals(NOT_STARTED) ? entries.isEmpty()
                            : entries.stream().anyMatch(e -> e.assessment().status().name().equals(filter)));
            if (shown) {
                rows.add(row(round, country, entries, locale));
            }
        }
        rows.sort(Comparator.comparing(CountryRow::name, collator));
        model.addAttribute("round", round);
        model.addAttribute("frameworkName", framework == null ? round.framework().toString() : framework.name().in(locale));
        model.addAttribute("frameworkLang", framework == null ? locale.getLanguage() : framework.name().languageFor(locale));
        model.addAttribute("programmeName", round.programmeSlug() == null ? null
                : directory.programme(round.programmeSlug()).map(p -> p.name(locale)).orElse(round.programmeSlug()));
        model.addAttribute("rows", rows);
        model.addAttribute("status", filter);
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("startCountry", startCountry);
        model.addAttribute("startErrors", startErrors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("anyStart", rows.stream().anyMatch(CountryRow::mayStart));
        return "assessment/round";
    }

    private CountryRow row(RoundView round, CountryView country, List<Entry> entries, Locale locale) {
        String name = country.name(locale);
        if (round.kind() == RoundKind.NATIONAL) {
            boolean mayStart = entries.isEmpty() && permissions.canStart(country.iso2(), null);
            return new CountryRow(country.iso2(), name, entries, mayStart, List.of());
        }
        // An agency round: one self-assessment per agency, started by the country or the agency's officer.
        Set<Long> started = entries.stream().map(e -> e.assessment().organisationId()).collect(Collectors.toSet());
        boolean countryMayStart = permissions.canStart(country.iso2(), null);
        List<OrganisationOption> organisations = new ArrayList<>();
        for (OrganisationView o : directory.organisationsIn(country.iso2())) {
            if (!started.contains(o.id()) && (countryMayStart || permissions.canStart(country.iso2(), o.id()))) {
                organisations.add(new OrganisationOption(o.id(), o.name()));
            }
        }
        return new CountryRow(country.iso2(), name, entries, !organisations.isEmpty(), organisations);
    }

    private Entry entry(AssessmentView a) {
        String organisation = a.organisationId() == null ? null
                : directory.organisation(a.organisationId()).map(OrganisationView::name).orElse(null);
        String link = permissions.canWorkOn(a) ? "/assessments/" + a.id()
                : a.status().isPublic() ? "/assessments/" + a.id() + "/profile" : null;
        return new Entry(a, organisation, link);
    }

    private String roundForm(RoundForm form, Map<String, String> errors, Model model, Locale locale) {
        RoundKind kind = parseKind(form.kind());
        List<FrameworkOption> options = new ArrayList<>();
        for (Framework f : frameworks.all()) {
            RoundKind fits = f.kind() == FrameworkKind.MATURITY_MODEL ? RoundKind.NATIONAL : RoundKind.AGENCY;
            if (kind == null || kind == fits) {
                options.add(new FrameworkOption(f.ref().toString(), f.name().in(locale) + " · " + f.ref().version(),
                        f.name().languageFor(locale), fits));
            }
        }
        Collator collator = Collator.getInstance(locale);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", RoundKind.values());
        Map<RoundKind, List<FrameworkOption>> groups = new EnumMap<>(RoundKind.class);
        options.forEach(o -> groups.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        model.addAttribute("frameworkGroups", groups);
        model.addAttribute("programmeOptions", directory.programmes().stream()
                .map(p -> new ProgrammeOption(p.slug(), p.name(locale)))
                .sorted(Comparator.comparing(ProgrammeOption::name, collator)).toList());
        return "assessment/round-form";
    }

    private void requireManager() {
        if (!permissions.canManageRounds()) {
            throw new AccessDeniedException("rounds");
        }
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static @Nullable RoundKind parseKind(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (RoundKind k : RoundKind.values()) {
            if (k.name().equals(value.strip())) {
                return k;
            }
        }
        return null;
    }

    private static @Nullable FrameworkRef parseRef(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FrameworkRef.parse(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
