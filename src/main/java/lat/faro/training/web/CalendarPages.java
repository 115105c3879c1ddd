package lat.faro.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.security.PublicPaths;
import lat.faro.shared.web.NotFoundException;
import lat.faro.training.EventCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An event's sessions as an iCalendar file, for whoever may see the event: everyone once its
 * registration has opened, and otherwise those who may see it planned; anyone else gets the 404
 * the event's page gives them.
 */
@Controller
class CalendarPages {

    private final EventCalendar calendar;

    CalendarPages(EventCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/training/events/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(EventCalendar.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(EventCalendar.fileName(id)).build().toString())
                .body(calendar.of(id));
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The file is as public as the event (the service answers 404 for a hidden one). */
    @Configuration(proxyBeanMethods = false)
    static class CalendarPaths {

        @Bean
        PublicPaths trainingCalendarPublicPaths() {
            return PublicPaths.readOnly("/training/events/*/calendar.ics");
        }
    }
}
