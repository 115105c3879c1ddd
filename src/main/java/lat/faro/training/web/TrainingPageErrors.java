package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** On the training pages an unknown course, event, registration or test (or one the person may not see) is the 404 page. */
@ControllerAdvice(assignableTypes = {TrainingPages.class, TargetPages.class, PersonalDataPages.class,
        AttendancePages.class, TestPages.class, GainPages.class, CertificatePages.class,
        EventReportPages.class, SurveyPages.class})
class TrainingPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
