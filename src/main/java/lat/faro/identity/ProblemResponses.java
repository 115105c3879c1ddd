package lat.faro.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes the security chain's refusals on the API as RFC 9457 problem details. */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();

    ProblemResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"faro\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.status.401", "identity.problem.unauthorized");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.status.403", "identity.problem.forbidden");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleCode,
               String detailCode) throws IOException {
        var locale = locales.resolveLocale(request);
        var pd = new java.util.LinkedHashMap<String, Object>();
        pd.put("type", "about:blank");
        pd.put("title", messages.getMessage(titleCode, null, locale));
        pd.put("status", status.value());
        pd.put("detail", messages.getMessage(detailCode, null, locale));
        pd.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), pd);
    }
}
