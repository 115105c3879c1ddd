package lat.faro.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a REST controller into RFC 9457 problem details, in the caller's
 * language, naming the field at fault. Nothing internal (class names, stack traces, SQL) leaks.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(fe.getField(), messages.getMessage(fe, locale)));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(ge -> errors.add(fieldError("", messages.getMessage(ge, locale))));
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid", describe(errors), errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            var errors = List.of(fieldError(field, text("problem.field.unknown", field)));
            return problem(HttpStatus.BAD_REQUEST, "problem.invalid", describe(errors), errors);
        }
        if (cause instanceof StreamReadException read) {
            var location = read.getLocation();
            String detail = location == null
                    ? text("problem.json.malformed.nowhere")
                    : text("problem.json.malformed", location.getLineNr(), location.getColumnNr());
            return problem(HttpStatus.BAD_REQUEST, "problem.json", detail, List.of());
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            var errors = List.of(fieldError(field, text("problem.field.type", field)));
            return problem(HttpStatus.BAD_REQUEST, "problem.invalid", describe(errors), errors);
        }
        return problem(HttpStatus.BAD_REQUEST, "problem.json", text("problem.json.unreadable"), List.of());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Framework-made problems (405, 406, 415...) get a title in the caller's language too.
        if (body instanceof ProblemDetail pd) {
            pd.setTitle(text("problem.status." + statusCode.value(), statusCode.value()));
            pd.setDetail(pd.getTitle());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        var errors = List.of(fieldError(ex.field(), text(ex.messageCode(), ex.args())));
        HttpStatus status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return problem(status, ex.isConflict() ? "problem.conflict" : "problem.invalid", describe(errors), errors);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex) {
        var errors = ex.problems().stream().map(p -> {
            var error = fieldError(p.field(), text(p.code(), p.args()));
            if (p.line() > 0) {
                error.put("line", Integer.toString(p.line()));
            }
            return error;
        }).toList();
        HttpStatus status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return problem(status, ex.isConflict() ? "problem.conflict" : "problem.invalid", describe(errors), errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "problem.notfound", text(ex.messageCode(), ex.args()), List.of());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooMany(TooManyRequestsException ex) {
        ResponseEntity<Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, "problem.tooMany", text(ex.messageCode(), ex.args()), List.of());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds())).body(problem.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        var errors = List.of(fieldError(ex.getName(), text("problem.field.type", ex.getName())));
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid", describe(errors), errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        var errors = ex.getConstraintViolations().stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
                    return fieldError(field, v.getMessage());
                })
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid", describe(errors), errors);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // the security chain answers these with 401/403 problems
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", incident, request.getMethod(), request.getRequestURI(), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", text("problem.unexpected.detail", incident), List.of());
    }

    private ResponseEntity<Object> problem(HttpStatus status, String titleCode, String detail, List<Map<String, String>> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(text(titleCode));
        pd.setType(URI.create("https://faro.lat/problems/" + titleCode.substring("problem.".length())));
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private String describe(List<Map<String, String>> errors) {
        return errors.stream()
                .map(e -> e.get("field").isEmpty() ? e.get("message") : e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> fieldError(String field, String message) {
        var error = new LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
