package lat.faro.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** On the directory's pages, an unknown id is the shared 404 page and a bad filter the 400 page. */
@ControllerAdvice(assignableTypes = {CountryPages.class, ProgrammePages.class, OrganisationPages.class})
class DirectoryPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(InvalidFieldException.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
