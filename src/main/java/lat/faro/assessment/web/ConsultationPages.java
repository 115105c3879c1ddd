package lat.faro.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.web.FieldMessages;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentPermissions;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.Cluster;
import lat.faro.assessment.ConsultationView;
import lat.faro.assessment.DecisionView;
import lat.faro.framework.Framework;
import lat.faro.framework.Texts;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stakeholder consultation of an assessment (its sessions, who took part by cluster, and
 * what each cluster said about which factor or aspect) and its decision log. Consultations are
 * working notes for the people on the assessment; the decision log is published with it.
 * Statements are attributed to clusters only: no form here asks for a person.
 */
@Controller
class ConsultationPages {

    static final Set<String> SESSION_FIELDS = Set.of("heldOn", "title", "clusters", "notes");
    static final Set<String> STATEMENT_FIELDS = Set.of("cluster", "element", "body");
    static final Set<String> DECISION_FIELDS = Set.of("element", "question", "views", "rationale");

    /** A session with its clusters in a stable order and its statements grouped by element. */
    record Session(ConsultationView view, List<Cluster> clusters, List<StatementGroup> groups, StatementForm form,
            Map<String, String> errors) {}

    record StatementGroup(String elementId, String name, String lang, List<ConsultationView.Statement> statements) {}

    /** A decision with the name of the element it settles. */
    record Decision(DecisionView view, String name, String lang) {}

    private final AssessmentManagement management;
    private final AssessmentPermissions permissions;
    private final SubjectNames subjects;
    private final MessageSource messages;

    ConsultationPages(AssessmentManagement management, AssessmentPermissions permissions, SubjectNames subjects,
            MessageSource messages) {
        this.management = management;
        this.permissions = permissions;
        this.subjects = subjects;
        this.messages = messages;
    }

    @GetMapping("/assessments/{id}/consultations")
    String consultations(@PathVariable long id, Model model, Locale locale) {
        return consultationPage(id, SessionForm.empty(), Map.of(), null, StatementForm.empty(), Map.of(), model, locale);
    }

    @PostMapping("/assessments/{id}/consultations")
    String addSession(@PathVariable long id, @ModelAttribute("session") SessionForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate heldOn = FieldMessages.date(form.heldOn());
        if (heldOn == null && !FieldMessages.isBlank(form.heldOn())) {
            errors.put("heldOn", text("assessment.pages.date.invalid", locale));
        }
        Set<Cluster> clusters = new LinkedHashSet<>();
        for (String c : form.clusters() == null ? List.<String>of() : form.clusters()) {
            Cluster cluster = parseCluster(c);
            if (cluster == null) {
                errors.putIfAbsent("clusters", text("assessment.consultations.unknownCluster", locale));
            } else {
                clusters.add(cluster);
            }
        }
        if (errors.containsKey("clusters")) {
            clusters.clear();
        }
        try {
            // Always through the service, which checks who may record before anything else. A date or a
            // cluster the form could not read goes as none, so the service refuses the session too, and
            // the form's own message about it is the one shown.
            ConsultationView session = management.consult(id, heldOn, orEmpty(form.title()),
                    clusters, form.notes());
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("notice", "assessment.consultations.sessionSaved");
                return "redirect:/assessments/" + id + "/consultations#session-" + session.id();
            }
        } catch (InvalidInputException | InvalidFieldException e) {
            FieldMessages.of(e, SESSION_FIELDS, messages, locale).forEach(errors::putIfAbsent);
        }
        return consultationPage(id, form, errors, null, StatementForm.empty(), Map.of(), model, locale);
    }

    @PostMapping("/assessments/{id}/consultations/{sessionId}/statements")
    String addStatement(@PathVariable long id, @PathVariable long sessionId, @ModelAttribute("statement") StatementForm form,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            // An unknown cluster goes to the service as none, which refuses it as not present at the session.
            management.state(id, sessionId, parseCluster(form.cluster()), form.element() == null ? "" : form.element(),
                    form.body() == null ? "" : form.body(), Boolean.TRUE.equals(form.divergent()));
            redirect.addFlashAttribute("notice", "assessment.consultations.statementSaved");
            return "redirect:/assessments/" + id + "/consultations#session-" + sessionId;
        } catch (InvalidInputException | InvalidFieldException e) {
            return consultationPage(id, SessionForm.empty(), Map.of(), sessionId, form,
                    FieldMessages.of(e, STATEMENT_FIELDS, messages, locale), model, locale);
        }
    }

    @GetMapping("/assessments/{id}/decisions")
    String decisions(@PathVariable long id, Model model, Locale locale) {
        return decisionPage(id, DecisionForm.empty(), Map.of(), model, locale);
    }

    @PostMapping("/assessments/{id}/decisions")
    String decide(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            DecisionView decision = management.decide(id, form.element() == null ? "" : form.element(),
                    orEmpty(form.question()), orEmpty(form.views()), orEmpty(form.rationale()));
            redirect.addFlashAttribute("notice", "assessment.decisions.saved");
            return "redirect:/assessments/" + id + "/decisions#decision-" + decision.id();
        } catch (InvalidInputException | InvalidFieldException e) {
            return decisionPage(id, form, FieldMessages.of(e, DECISION_FIELDS, messages, locale), model, locale);
        }
    }

    private String consultationPage(long id, SessionForm sessionForm, Map<String, String> sessionErrors,
            @Nullable Long statementSession, StatementForm statementForm, Map<String, String> statementErrors,
            Model model, Locale locale) {
        List<ConsultationView> views = management.consultations(id);
        AssessmentView a = management.workingCopy(id);
        Framework framework = management.framework(a);
        ElementOptions elements = ElementOptions.of(framework, locale);
        List<Session> sessions = new ArrayList<>();
        for (ConsultationView v : views) {
            List<Cluster> clusters = v.clusters().stream().sorted().toList();
            Map<String, StatementGroup> groups = new LinkedHashMap<>();
            for (ConsultationView.Statement s : v.statements()) {
                groups.computeIfAbsent(s.elementId(), k -> {
                    Texts name = name(framework, k);
                    return new StatementGroup(k, name.in(locale), name.languageFor(locale), new ArrayList<>());
                }).statements().add(s);
            }
            List<StatementGroup> ordered = groups.values().stream()
                    .sorted(Comparator.comparingInt((StatementGroup g) -> elements.position(g.elementId()))
                            .thenComparing(StatementGroup::elementId))
                    .toList();
            boolean edited = statementSession != null && statementSession == v.id();
            sessions.add(new Session(v, clusters, ordered,
                    edited ? statementForm : StatementForm.empty(), edited ? statementErrors : Map.of()));
        }
        header(a, model, locale);
        model.addAttribute("sessions", sessions);
        model.addAttribute("canRecord", permissions.canRecordConsultation(a));
        model.addAttribute("clusters", Cluster.values());
        model.addAttribute("elements", elements.groups());
        model.addAttribute("sessionForm", sessionForm);
        model.addAttribute("sessionErrors", sessionErrors);
        model.addAttribute("statementErrors", statementErrors);
        model.addAttribute("statementSession", statementSession);
        return "assessment/consultations";
    }

    private String decisionPage(long id, DecisionForm form, Map<String, String> errors, Model model, Locale locale) {
        List<DecisionView> views = management.decisions(id);
        AssessmentView a = management.assessment(id);
        Framework framework = management.framework(a);
        List<Decision> decisions = views.stream()
                .map(d -> {
                    Texts name = name(framework, d.elementId());
                    return new Decision(d, name.in(locale), name.languageFor(locale));
                })
                .toList();
        header(a, model, locale);
        model.addAttribute("decisions", decisions);
        model.addAttribute("canRecord", permissions.canRecordConsultation(a));
        // Who decided is for the people working on the assessment; the public reads what and why.
        model.addAttribute("showWho", permissions.canWorkOn(a));
        model.addAttribute("elements", ElementOptions.of(framework, locale).groups());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assessment/decisions";
    }

    private void header(AssessmentView a, Model model, Locale locale) {
        model.addAttribute("assessment", a);
        model.addAttribute("round", management.round(a.roundId()));
        model.addAttribute("subject", subjects.of(a, locale));
    }

    private static Texts name(Framework framework, String elementId) {
        return framework.nameOf(elementId).orElse(new Texts(Map.of("es", elementId)));
    }

    private static @Nullable Cluster parseCluster(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (Cluster c : Cluster.values()) {
            if (c.name().equals(value.strip())) {
                return c;
            }
        }
        return null;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
