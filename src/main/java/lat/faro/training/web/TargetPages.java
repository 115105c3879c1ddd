package lat.faro.training.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.ProgrammeView;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.training.GainDistribution;
import lat.faro.training.ProgrammeTargets;
import lat.faro.training.RegistrationForm;
import lat.faro.training.TargetDraft;
import lat.faro.training.TargetProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A programme's training dashboard: its targets with their live progress (public), and for
 * programme staff the form to set one; the same through the API.
 */
@Controller
class TargetPages {

    static final Set<String> FIELDS = Set.of("kind", "value", "dueOn", "countryRole", "sector");

    /** A target as the page shows it: the sentence of its progress and the numbers for the bar. */
    record Line(TargetProgress target, String text, String due, int percent) {
    }

    /** One band of the distribution of gains: its label and how many learners fall in it. */
    record Band(String label, int learners) {
    }

    private final ProgrammeTargets targets;
    private final DirectoryQueries directory;
    private final MessageSource messages;

    TargetPages(ProgrammeTargets targets, DirectoryQueries directory, MessageSource messages) {
        this.targets = targets;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/training/programmes/{slug}")
    String dashboard(@PathVariable String slug, Model model, Locale locale) {
        return page(slug, model, locale, Map.of(), null);
    }

    @PostMapping("/training/programmes/{slug}/targets")
    String create(@PathVariable String slug, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String value, @RequestParam(required = false) @Nullable String dueOn,
            @RequestParam(required = false) @Nullable String countryRole, @RequestParam(required = false) @Nullable String sector,
            Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        try {
            targets.create(new TargetDraft(slug, WebInputs.parse(TargetDraft.Kind.class, kind), decimal(value), FieldMessages.date(dueOn),
                    countryRole, WebInputs.parse(RegistrationForm.Sector.class, sector)));
            return "redirect:/training/programmes/" + slug;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(slug, model, locale, FieldMessages.of(e, FIELDS, messages, locale), kind);
        }
    }

    private String page(String slug, Model model, Locale locale, Map<String, String> errors, @Nullable String kind) {
        ProgrammeView programme = directory.programme(slug).orElseThrow(() -> new NotFoundException("training.course.programme", slug));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        java.text.NumberFormat percent = lat.faro.shared.web.Numbers.twoDecimals(locale);
        java.text.NumberFormat gain = java.text.NumberFormat.getNumberInstance(locale);
        gain.setMinimumFractionDigits(1);
        gain.setMaximumFractionDigits(3);
        List<Line> lines = targets.of(slug).stream().map(t -> {
            boolean isGain = t.kind() == TargetDraft.Kind.MEAN_GAIN;
            Object[] args = {isGain ? gain.format(t.achieved()) : t.achieved().toPlainString(),
                    isGain ? gain.format(t.target()) : t.target().toPlainString(),
                    percent.format(t.share().multiply(BigDecimal.valueOf(100))),
                    t.gains() == null ? 0 : t.gains().matched() - t.gains().undefinedGains()};
            String key = isGain && (t.gains() == null || t.gains().meanGain() == null) ? "training.target.progress.MEAN_GAIN.none"
                    : "training.target.progress." + t.kind();
            return new Line(t, messages.getMessage(key, args, locale), t.dueOn().format(date),
                    t.share().multiply(BigDecimal.valueOf(100)).min(BigDecimal.valueOf(100)).intValue());
        }).toList();
        GainDistribution gains = targets.gains(slug);
        List<Band> bands = new java.util.ArrayList<>();
        java.text.NumberFormat tenth = java.text.NumberFormat.getNumberInstance(locale);
        tenth.setMinimumFractionDigits(1);
        tenth.setMaximumFractionDigits(1);
        for (int i = 0; i < GainDistribution.BANDS; i++) {
            String label = i == 0 ? messages.getMessage("training.gains.band.negative", null, locale)
                    : messages.getMessage(i == GainDistribution.BANDS - 1 ? "training.gains.band.last" : "training.gains.band",
                            new Object[] {tenth.format((i - 1) / 10.0), tenth.format(i / 10.0)}, locale);
            bands.add(new Band(label, gains.bands().get(i)));
        }
        model.addAttribute("gains", gains);
        model.addAttribute("gainBands", bands);
        model.addAttribute("meanGain", gains.meanGain() == null ? null : gain.format(gains.meanGain()));
        model.addAttribute("programme", programme);
        model.addAttribute("lines", lines);
        model.addAttribute("canManage", targets.canManage());
        model.addAttribute("kinds", TargetDraft.Kind.values());
        model.addAttribute("sectors", RegistrationForm.Sector.values());
        model.addAttribute("roles", lat.faro.directory.ProgrammeRole.values());
        model.addAttribute("errors", errors);
        model.addAttribute("kind", kind);
        return "training/programme";
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO; // refused as "not a whole number greater than zero"
        }
    }
}
