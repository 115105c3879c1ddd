package lat.faro.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * On the insight pages (imports, statistics, the report): a file that is no longer waiting (or is
 * another importer's), an unknown or unpublished round are the shared 404 page, not a server
 * error; input no form shows (a crafted request) the 400 or 409 page. Refusals stay 403 (the
 * security chain's). One advice for the module, so no page is covered twice.
 */
@ControllerAdvice(assignableTypes = {ImportPages.class, StatisticsPages.class, RegionalReportPages.class,
        CountryProfilePages.class, MapPages.class, TrendPages.class})
class InsightPageErrors {

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
