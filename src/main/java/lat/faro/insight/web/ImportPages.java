package lat.faro.insight.web;

import java.io.IOException;
import java.util.List;
import lat.faro.insight.HistoricImport;
import lat.faro.insight.PendingImport;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing historic results in three steps: upload (every problem listed by line and column),
 * preview (what would be added, replaced or left alone, and which rounds are created), confirm.
 * Then the rounds' imported results can be published.
 */
@Controller
@PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN, T(lat.faro.shared.security.Role).PROGRAMME_COORDINATOR)")
class ImportPages {

    private final HistoricImport imports;

    ImportPages(HistoricImport imports) {
        this.imports = imports;
    }

    @GetMapping("/insight/imports")
    String form(Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("replace", false);
        return "insight/import";
    }

    @PostMapping("/insight/imports")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "replace", defaultValue = "false") boolean replace, Model model) {
        List<FieldProblem> problems;
        String name = file == null ? "" : String.valueOf(file.getOriginalFilename());
        if (file == null || file.isEmpty() && name.isBlank()) {
            problems = List.of(FieldProblem.at("file", "insight.upload.noFile"));
        } else {
            try {
                PendingImport pending = imports.prepare(file.getBytes(), name, replace);
                return "redirect:/insight/imports/" + pending.token();
            } catch (InvalidInputException e) {
                problems = e.problems();
            } catch (IOException e) {
                problems = List.of(FieldProblem.at("file", "tables.file.unreadable"));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("fileName", name);
        model.addAttribute("replace", replace);
        return "insight/import";
    }

    @GetMapping("/insight/imports/{token}")
    String preview(@PathVariable String token, Model model) {
        String fileName = imports.fileName(token);
        try {
            model.addAttribute("pending", imports.pending(token));
            return "insight/import-preview";
        } catch (InvalidInputException e) {
            return problems(e, fileName, model);
        }
    }

    @PostMapping("/insight/imports/{token}")
    String confirm(@PathVariable String token, Model model, RedirectAttributes redirect) {
        String fileName = imports.fileName(token);
        try {
            redirect.addFlashAttribute("done", imports.confirm(token));
            return "redirect:/insight/imports/done";
        } catch (InvalidInputException e) {
            return problems(e, fileName, model);
        }
    }

    /** A kept file that no longer fits what is stored (another import came first): its problems now. */
    private static String problems(InvalidInputException e, String fileName, Model model) {
        model.addAttribute("problems", e.problems());
        model.addAttribute("fileName", fileName);
        model.addAttribute("replace", false);
        return "insight/import";
    }

    @GetMapping("/insight/imports/done")
    String done(Model model) {
        if (!model.containsAttribute("done")) {
            return "redirect:/insight/imports";
        }
        return "insight/import-done";
    }

    @GetMapping("/insight/imports/rounds/{roundId}")
    String round(@PathVariable long roundId, Model model) {
        model.addAttribute("summary", imports.roundSummary(roundId));
        return "insight/import-round";
    }

    @PostMapping("/insight/rounds/{roundId}/publish")
    String publish(@PathVariable long roundId, RedirectAttributes redirect) {
        try {
            imports.publish(roundId);
            redirect.addFlashAttribute("published", true);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("publishProblem", FieldProblem.at(e.field(), e.messageCode(), e.args()));
        }
        return "redirect:/insight/imports/rounds/" + roundId;
    }
}
