package lat.faro.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.web.FieldMessages;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.Priority;
import lat.faro.assessment.RoadmapItem;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.Texts;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roadmap: for every aspect below the top stage, the indicators of its next stage still to
 * meet, grouped by dimension, factor and aspect, each with its plan. Those who may plan (the
 * country's coordinator, programme staff) set priority, owner and target date in place.
 */
@Controller
class RoadmapPages {

    static final Set<String> PLAN_FIELDS = Set.of("priority", "owner", "targetDate");
    /** The priority filter's value for items without a plan yet. */
    static final String UNPLANNED = "NONE";

    record DimensionGroup(String id, String name, String lang, List<FactorGroup> factors) {}

    record FactorGroup(String id, String name, String lang, List<UnitGroup> units) {}

    /** An aspect (or aspect-less factor) with its current stage and the gaps to the next. */
    record UnitGroup(String id, String name, String lang, boolean isFactor, int currentStage, List<Row> rows) {}

    /**
     * One gap with its plan.
     *
     * @param values what the form shows: the saved plan, or what was just typed when it was refused
     * @param saved  true right after the plan was saved, for the notice
     */
    record Row(RoadmapItem item, String text, String textLang, String anchor, PlanForm values,
            Map<String, String> errors, boolean saved) {}

    private final AssessmentManagement management;
    private final AssessmentPermissions permissions;
    private final SubjectNames subjects;
    private final MessageSource messages;

    RoadmapPages(AssessmentManagement management, AssessmentPermissions permissions, SubjectNames subjects,
            MessageSource messages) {
        this.management = management;
        this.permissions = permissions;
        this.subjects = subjects;
        this.messages = messages;
    }

    @GetMapping("/assessments/{id}/roadmap")
    String roadmap(@PathVariable long id, @RequestParam(name = "priority", required = false) @Nullable String priority,
            Model model, Locale locale) {
        return page(id, priority, null, null, Map.of(), model, locale);
    }

    @PostMapping("/assessments/{id}/roadmap/{indicatorId}")
    String plan(@PathVariable long id, @PathVariable String indicatorId, @ModelAttribute("plan") PlanForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        AssessmentView a = management.assessment(id);
        if (!permissions.canPlan(a)) {
            throw new AccessDeniedException("plan");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Priority priority = parsePriority(form.priority());
        if (priority == null) {
            errors.put("priority", text("validation.required", locale));
        }
        LocalDate target = FieldMessages.date(form.targetDate());
        if (target == null && !FieldMessages.isBlank(form.targetDate())) {
            errors.put("targetDate", text("assessment.pages.date.invalid", locale));
        }
        if (errors.isEmpty() && priority != null) {
            try {
                management.plan(id, indicatorId, priority, form.owner(), target);
            } catch (InvalidFieldException e) {
                errors.putAll(FieldMessages.of(e, PLAN_FIELDS, messages, locale));
            }
        }
        boolean inPlace = "true".equals(htmx);
        if (errors.isEmpty() && !inPlace) {
            redirect.addFlashAttribute("planned", indicatorId);
            return "redirect:/assessments/" + id + "/roadmap#plan-" + FieldMessages.anchor(indicatorId);
        }
        if (!inPlace) {
            return page(id, null, indicatorId, form, errors, model, locale);
        }
        Framework framework = management.framework(a);
        RoadmapItem item = management.roadmap(id).stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> InvalidFieldException.invalid("indicator", "assessment.roadmap.notAGap", indicatorId));
        model.addAttribute("assessment", a);
        model.addAttribute("canPlan", true);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("row", row(framework, item, errors.isEmpty() ? null : form, errors, errors.isEmpty(), locale));
        return "assessment/roadmap-item :: item";
    }

    private String page(long id, @Nullable String priorityFilter, @Nullable String edited, @Nullable PlanForm submitted,
            Map<String, String> errors, Model model, Locale locale) {
        AssessmentView a = management.assessment(id);
        Framework framework = management.framework(a);
        String filter = priorityFilter == null ? "" : priorityFilter.strip();
        List<RoadmapItem> items = management.roadmap(id);
        boolean editedFound = edited == null || items.stream().anyMatch(i -> i.indicatorId().equals(edited));
        Map<String, DimensionGroup> dimensions = new LinkedHashMap<>();
        Map<String, FactorGroup> factors = new LinkedHashMap<>();
        Map<String, UnitGroup> units = new LinkedHashMap<>();
        int shown = 0;
        for (RoadmapItem item : items) {
            if (!matches(item, filter)) {
                continue;
            }
            shown++;
            DimensionGroup d = dimensions.computeIfAbsent(item.dimensionId(), k -> {
                Texts name = name(framework, k);
                return new DimensionGroup(k, name.in(locale), name.languageFor(locale), new ArrayList<>());
            });
            FactorGroup f = factors.computeIfAbsent(item.factorId(), k -> {
                Texts name = name(framework, k);
                FactorGroup g = new FactorGroup(k, name.in(locale), name.languageFor(locale), new ArrayList<>());
                d.factors().add(g);
                return g;
            });
            UnitGroup u = units.computeIfAbsent(item.unitId(), k -> {
                Texts name = name(framework, k);
                UnitGroup g = new UnitGroup(k, name.in(locale), name.languageFor(locale), k.equals(item.factorId()),
                        item.currentStage(), new ArrayList<>());
                f.units().add(g);
                return g;
            });
            boolean isEdited = item.indicatorId().equals(edited);
            boolean justSaved = item.indicatorId().equals(model.getAttribute("planned"));
            u.rows().add(row(framework, item, isEdited ? submitted : null, isEdited ? errors : Map.of(), justSaved, locale));
        }
        model.addAttribute("assessment", a);
        model.addAttribute("round", management.round(a.roundId()));
        model.addAttribute("subject", subjects.of(a, locale));
        model.addAttribute("baseline", framework.isBaseline());
        model.addAttribute("groups", List.copyOf(dimensions.values()));
        model.addAttribute("total", items.size());
        model.addAttribute("shown", shown);
        model.addAttribute("priority", filter);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("canPlan", permissions.canPlan(a));
        model.addAttribute("generalErrors", editedFound ? Map.of() : errors);
        return "assessment/roadmap";
    }

    private Row row(Framework framework, RoadmapItem item, @Nullable PlanForm submitted, Map<String, String> errors,
            boolean saved, Locale locale) {
        Texts text = framework.indicator(item.indicatorId()).map(Indicator::text).orElse(new Texts(Map.of()));
        return new Row(item, text.in(locale), text.languageFor(locale), FieldMessages.anchor(item.indicatorId()),
                submitted == null ? PlanForm.of(item) : submitted, errors, saved);
    }

    private static boolean matches(RoadmapItem item, String filter) {
        if (filter.isEmpty()) {
            return true;
        }
        if (filter.equals(UNPLANNED)) {
            return item.priority() == null;
        }
        return item.priority() != null && item.priority().name().equals(filter);
    }

    private static Texts name(Framework framework, String elementId) {
        return framework.nameOf(elementId).orElse(new Texts(Map.of("es", elementId)));
    }


    private static @Nullable Priority parsePriority(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (Priority p : Priority.values()) {
            if (p.name().equals(value.strip())) {
                return p;
            }
        }
        return null;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
