package lat.faro.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The last stop for errors that no controller handled: problem details under {@code /api/},
 * a translated page everywhere else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.startsWith("/api/")) {
            ProblemDetail pd = ProblemDetail.forStatus(status);
            String title = messages.getMessage("problem.status." + status.value(), new Object[] {status.value()},
                    status.getReasonPhrase(), LocaleContextHolder.getLocale());
            pd.setTitle(title);
            pd.setDetail(title);
            pd.setType(URI.create("about:blank"));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("statusKey", switch (status.value()) {
            case 400, 403, 404, 405, 413, 429 -> "error." + status.value();
            default -> status.is4xxClientError() ? "error.4xx" : "error.5xx";
        });
        return "shared/error";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            HttpStatus resolved = HttpStatus.resolve(i);
            if (resolved != null) {
                return resolved;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
