package lat.faro.assessment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import lat.faro.assessment.JudgementView;
import lat.faro.assessment.Outcome;
import lat.faro.assessment.StaleJudgementException;
import lat.faro.assessment.web.AssessmentApiDocuments.JudgementDoc;
import org.jspecify.annotations.NullMarked;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.ResponseEntity;

/**
 * A save over someone else's judgement: a 409 problem, in the caller's language, that shows the
 * judgement as it is saved now (in {@code current}) so the writer can compare and decide. Runs
 * before the shared API handler, for the assessment controllers only.
 */
@NullMarked
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AssessmentApi.class)
class AssessmentApiProblems {

    private final MessageSource messages;

    AssessmentApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StaleJudgementException.class)
    ResponseEntity<ProblemDetail> stale(StaleJudgementException ex) {
        JudgementView current = ex.current();
        String value = current.outcome() == Outcome.RATED && current.tier() != null
                ? text("assessment.tier." + current.tier())
                : text(current.outcome().messageKey());
        String detail = text("assessment.judgement.stale", current.recordedBy(), value);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        pd.setTitle(text("problem.conflict"));
        pd.setType(URI.create("https://faro.lat/problems/conflict"));
        pd.setProperty("errors", List.of(Map.of("field", "version", "message", detail)));
        pd.setProperty("current", JudgementDoc.of(current, true));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
