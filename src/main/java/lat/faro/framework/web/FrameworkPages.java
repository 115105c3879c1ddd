package lat.faro.framework.web;

import java.io.IOException;
import java.util.List;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.security.Access;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library's pages: every framework, one framework's structure, and the admins' upload form. */
@Controller
class FrameworkPages {

    private final FrameworkLibrary library;
    private final Access access;

    FrameworkPages(FrameworkLibrary library, Access access) {
        this.library = library;
        this.access = access;
    }

    @GetMapping("/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", library.all());
        model.addAttribute("mappings", library.mappings());
        return "framework/frameworks";
    }

    @GetMapping("/frameworks/{id}/{version}")
    String show(@PathVariable String id, @PathVariable String version, Model model) {
        if (!FrameworkRef.isId(id) || !FrameworkRef.isVersion(version)) {
            throw new NotFoundException("framework.notFound", id.length() > 60 ? id.substring(0, 60) : id);
        }
        Framework framework = library.get(new FrameworkRef(id, version));
        model.addAttribute("framework", framework);
        model.addAttribute("versions", library.versions(id));
        return "framework/framework";
    }

    @GetMapping("/admin/frameworks")
    @PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
    String uploadForm(Model model) {
        model.addAttribute("problems", List.of());
        return "framework/upload";
    }

    @PostMapping("/admin/frameworks")
    @PreAuthorize("@access.programmeWide(T(lat.faro.shared.security.Role).ADMIN)")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems;
        if (file == null || file.isEmpty()) {
            problems = List.of(FieldProblem.at("file", "framework.upload.noFile"));
        } else {
            try {
                Framework framework = library.upload(file.getBytes(), String.valueOf(access.userName()));
                redirect.addFlashAttribute("uploaded", framework.ref().toString());
                return "redirect:/frameworks/" + framework.ref().id() + "/" + framework.ref().version();
            } catch (InvalidInputException e) {
                problems = e.problems();
            } catch (IOException e) {
                problems = List.of(FieldProblem.at("file", "framework.upload.unreadable"));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        return "framework/upload";
    }
}
