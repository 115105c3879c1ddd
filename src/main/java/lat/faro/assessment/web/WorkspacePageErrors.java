package lat.faro.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * On the workspace pages, what does not exist or is outside the person's scope is the shared 404
 * page: the same answer for both, so that it reveals nothing.
 */
@ControllerAdvice(assignableTypes = WorkspacePages.class)
class WorkspacePageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
