package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.web.FieldMessages;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.training.CourseMaterials;
import lat.faro.training.CourseView;
import lat.faro.training.MaterialDraft;
import lat.faro.training.MaterialView;
import lat.faro.training.TrainingCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms for a course's materials, without script: add a file or a link (on the course page),
 * retitle one (its own page), move one up or down, remove one. A refused form comes back with each
 * problem beside its field.
 */
@Controller
class MaterialPages {

    static final Set<String> FIELDS = Set.of("title.es", "title.en", "title.pt", "title.fr", "file", "url", "language", "audience");

    /** What the person typed, to show it again beside the messages. */
    record Values(Map<String, String> title, @Nullable String url, @Nullable String language, @Nullable String audience) {

        static final Values EMPTY = new Values(Map.of(), null, null, null);

        static Values of(MaterialView m) {
            return new Values(m.title().byLanguage(), null, m.language(), m.audience().name());
        }
    }

    private final CourseMaterials materials;
    private final TrainingCatalogue catalogue;
    private final MaterialLines lines;
    private final MessageSource messages;

    MaterialPages(CourseMaterials materials, TrainingCatalogue catalogue, MaterialLines lines, MessageSource messages) {
        this.materials = materials;
        this.catalogue = catalogue;
        this.lines = lines;
        this.messages = messages;
    }

    @PostMapping("/training/courses/{id}/materials")
    String add(@PathVariable long id, @RequestParam(name = "title.es", required = false) @Nullable String titleEs,
            @RequestParam(name = "title.en", required = false) @Nullable String titleEn,
            @RequestParam(name = "title.pt", required = false) @Nullable String titlePt,
            @RequestParam(name = "title.fr", required = false) @Nullable String titleFr,
            @RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String language, @RequestParam(required = false) @Nullable String audience,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Map<String, String> titles = titles(titleEs, titleEn, titlePt, titleFr);
        MaterialDraft draft = new MaterialDraft(titles, language, WebInputs.parse(MaterialView.Audience.class, audience));
        boolean fileSent = file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
        boolean linkSent = url != null && !url.isBlank();
        try {
            MaterialView added;
            if (fileSent && linkSent) {
                throw new InvalidInputException(java.util.List.of(lat.faro.shared.web.FieldProblem.at("file", "training.material.fileOrLink")));
            } else if (linkSent) {
                added = materials.addLink(id, draft, url);
            } else {
                added = materials.addFile(id, draft, fileSent ? file.getOriginalFilename() : null, fileSent ? file.getBytes() : null);
            }
            redirect.addFlashAttribute("materialNotice", messages.getMessage("training.material.added",
                    new Object[] {added.title().in(locale)}, locale));
            return "redirect:/training/courses/" + id + "#materials";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = FieldMessages.of(e, FIELDS, messages, locale);
            if (!fileSent && !linkSent && errors.containsKey("file")) {
                errors.put("file", messages.getMessage("training.material.fileOrLink", null, locale));
            }
            model.addAttribute("course", catalogue.course(id));
            model.addAttribute("materialErrors", errors);
            model.addAttribute("materialValues", new Values(titles, url, language, audience));
            lines.addTo(model, id, locale);
            return "training/material-add";
        }
    }

    @GetMapping("/training/courses/{id}/materials/{materialId}/edit")
    String edit(@PathVariable long id, @PathVariable long materialId, Model model) {
        if (!materials.canManage(id)) {
            throw new org.springframework.security.access.AccessDeniedException("materials");
        }
        MaterialView material = materials.material(id, materialId);
        return editPage(id, material, Values.of(material), Map.of(), model);
    }

    @PostMapping("/training/courses/{id}/materials/{materialId}")
    String update(@PathVariable long id, @PathVariable long materialId,
            @RequestParam(name = "title.es", required = false) @Nullable String titleEs,
            @RequestParam(name = "title.en", required = false) @Nullable String titleEn,
            @RequestParam(name = "title.pt", required = false) @Nullable String titlePt,
            @RequestParam(name = "title.fr", required = false) @Nullable String titleFr,
            @RequestParam(required = false) @Nullable String language, @RequestParam(required = false) @Nullable String audience,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> titles = titles(titleEs, titleEn, titlePt, titleFr);
        try {
            MaterialView saved = materials.update(id, materialId,
                    new MaterialDraft(titles, language, WebInputs.parse(MaterialView.Audience.class, audience)));
            redirect.addFlashAttribute("materialNotice", messages.getMessage("training.material.saved",
                    new Object[] {saved.title().in(locale)}, locale));
            return "redirect:/training/courses/" + id + "#materials";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editPage(id, materials.material(id, materialId), new Values(titles, null, language, audience),
                    FieldMessages.of(e, FIELDS, messages, locale), model);
        }
    }

    @PostMapping("/training/courses/{id}/materials/{materialId}/move")
    String move(@PathVariable long id, @PathVariable long materialId, @RequestParam(defaultValue = "") String direction) {
        materials.move(id, materialId, "up".equals(direction) ? -1 : 1);
        return "redirect:/training/courses/" + id + "#material-" + materialId;
    }

    @PostMapping("/training/courses/{id}/materials/{materialId}/remove")
    String remove(@PathVariable long id, @PathVariable long materialId, Locale locale, RedirectAttributes redirect) {
        MaterialView material = materials.material(id, materialId);
        materials.remove(id, materialId);
        redirect.addFlashAttribute("materialNotice", messages.getMessage("training.material.removed",
                new Object[] {material.title().in(locale)}, locale));
        return "redirect:/training/courses/" + id + "#materials";
    }

    private String editPage(long id, MaterialView material, Values values, Map<String, String> errors, Model model) {
        CourseView course = catalogue.course(id);
        model.addAttribute("course", course);
        model.addAttribute("material", material);
        model.addAttribute("materialValues", values);
        model.addAttribute("materialErrors", errors);
        return "training/material-edit";
    }

    private static Map<String, String> titles(@Nullable String es, @Nullable String en, @Nullable String pt, @Nullable String fr) {
        Map<String, String> titles = new HashMap<>();
        for (var t : new String[][] {{"es", es}, {"en", en}, {"pt", pt}, {"fr", fr}}) {
            if (t[1] != null) {
                titles.put(t[0], t[1]);
            }
        }
        return titles;
    }
}
