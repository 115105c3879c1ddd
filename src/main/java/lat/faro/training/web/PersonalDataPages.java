package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import lat.faro.training.PersonalData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's own training data: the page listing it, its download as JSON, and its erasure
 * (the page asks the person to confirm; the API takes the request as the confirmation).
 */
@Controller
class PersonalDataPages {

    private final PersonalData data;

    PersonalDataPages(PersonalData data) {
        this.data = data;
    }

    @GetMapping("/training/me")
    String page(Model model) {
        model.addAttribute("export", data.export());
        return "training/me";
    }

    @PostMapping("/training/me/erasure")
    String erase(@RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("notConfirmed", true);
            return "redirect:/training/me";
        }
        redirect.addFlashAttribute("erased", data.eraseMine());
        return "redirect:/training/me";
    }

    @GetMapping(path = "/api/v1/training/me/data", produces = "application/json")
    @ResponseBody
    @Operation(summary = "Download my training data", tags = "Training",
            description = "Everything the training module holds about the signed-in person, as JSON (format faro-personal-data v1).")
    ResponseEntity<PersonalData.Export> download() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("faro-my-training-data.json").build().toString())
                .body(data.export());
    }

    @PostMapping(path = "/api/v1/training/me/erasure", produces = "application/json")
    @ResponseBody
    @Operation(summary = "Erase my training data", tags = "Training",
            description = "Anonymises every registration of the signed-in person at once (name, e-mail, organisation, job title); "
                    + "places on a waiting list are cancelled. Aggregate figures stay. Returns how many registrations were erased.")
    Map<String, Integer> eraseApi() {
        return Map.of("erased", data.eraseMine());
    }
}
