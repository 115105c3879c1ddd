package lat.faro.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Something the insight pages looked for does not exist (or is not published): the 404 page. */
@ControllerAdvice(assignableTypes = {StatisticsPages.class, RegionalReportPages.class, ImportPages.class})
class InsightPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
