package lat.faro.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switcher in the page header posts here. */
@Controller
class LanguageController {

    private final LanguageResolver resolver;
    private final ApplicationEventPublisher events;

    LanguageController(LanguageResolver resolver, ApplicationEventPublisher events) {
        this.resolver = resolver;
        this.events = events;
    }

    @PostMapping("/language")
    String choose(@RequestParam(name = "lang", required = false) @Nullable String lang,
                  @RequestParam(name = "back", required = false) @Nullable String back,
                  HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Languages.match(lang);
        if (locale == null) {
            locale = Languages.DEFAULT;
        }
        resolver.setLocale(request, response, locale);
        var principal = request.getUserPrincipal();
        if (principal != null) {
            events.publishEvent(new LanguageChosen(principal.getName(), locale));
        } else {
            resolver.rememberChoiceBeforeSignIn(request, locale);
        }
        return "redirect:" + SafeRedirects.localPath(back);
    }
}
