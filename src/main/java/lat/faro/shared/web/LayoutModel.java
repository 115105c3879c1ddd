package lat.faro.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import lat.faro.shared.DemoMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page's layout needs: the demo banner, the languages, where to come back to. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final DemoMode demo;

    LayoutModel(DemoMode demo) {
        this.demo = demo;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo.enabled();
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return SafeRedirects.localPath(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
