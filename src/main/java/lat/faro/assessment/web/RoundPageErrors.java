package lat.faro.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * On the round, profile, roadmap, consultation and decision pages: what the person may not see is
 * the shared 404 page; input that no form shows beside a field (a crafted request, a step the
 * assessment's status no longer allows) the 400 or 409 page. Refusals stay 403 (the security chain's).
 */
@ControllerAdvice(assignableTypes = {RoundPages.class, ProfilePages.class, RoadmapPages.class, ConsultationPages.class})
class RoundPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(InvalidFieldException.class)
    void invalid(InvalidFieldException e, HttpServletResponse response) throws IOException {
        response.sendError(e.isConflict() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(InvalidInputException.class)
    void invalid(InvalidInputException e, HttpServletResponse response) throws IOException {
        response.sendError(e.isConflict() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
    }
}
