package lat.faro.assessment.web;

import java.util.List;
import lat.faro.assessment.AssessmentManagement;
import lat.faro.assessment.AssessmentMigration;
import lat.faro.assessment.AssessmentView;
import lat.faro.assessment.MigrationPreview;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's move of a draft assessment to a newer version of its framework: choose the version,
 * read the preview (judgements carried, dropped, new indicators, stage changes), then confirm.
 */
@Controller
@PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
class MigrationPages {

    private final AssessmentManagement management;
    private final AssessmentMigration migration;

    MigrationPages(AssessmentManagement management, AssessmentMigration migration) {
        this.management = management;
        this.migration = migration;
    }

    @GetMapping("/assessments/{id}/migration")
    String preview(@PathVariable long id, @RequestParam(name = "target", required = false) @Nullable String target,
            Model model) {
        AssessmentView assessment = management.workingCopy(id);
        List<FrameworkRef> targets = migration.targets(id);
        model.addAttribute("assessment", assessment);
        model.addAttribute("targets", targets);
        FrameworkRef chosen = parse(target);
        if (chosen == null && targets.size() == 1) {
            chosen = targets.getFirst();
        }
        if (chosen != null) {
            MigrationPreview preview = migration.preview(id, chosen);
            model.addAttribute("preview", preview);
        }
        return "assessment/migration";
    }

    @PostMapping("/assessments/{id}/migration")
    String migrate(@PathVariable long id, @RequestParam("target") String target,
            @RequestParam(name = "version", required = false) @Nullable Long version,
            @RequestParam(name = "dropped", required = false) @Nullable List<String> dropped, RedirectAttributes redirect) {
        FrameworkRef chosen = parse(target);
        if (chosen == null) {
            throw InvalidFieldException.invalid("target", "framework.notFound", target);
        }
        MigrationPreview done = migration.migrate(id, chosen, version, dropped == null ? List.of() : dropped);
        redirect.addFlashAttribute("migrated", done.to().toString());
        return "redirect:/assessments/" + id;
    }

    private static @Nullable FrameworkRef parse(@Nullable String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        try {
            return FrameworkRef.parse(target.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidFieldException.invalid("target", "framework.notFound", target.length() > 80 ? target.substring(0, 80) : target);
        }
    }
}
