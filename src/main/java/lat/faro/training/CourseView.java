package lat.faro.training;

import java.time.Instant;
import java.util.List;
import lat.faro.framework.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A course as stored: its texts per language (falling back to Spanish), its modules, and the
 * maturity elements it addresses.
 */
public record CourseView(long id, String code, @Nullable String programme, Texts title, Texts description,
        Texts objectives, List<Texts> modules, List<Element> elements, Instant updatedAt, int version) {

    public CourseView {
        modules = List.copyOf(modules);
        elements = List.copyOf(elements);
    }

    /** A factor or aspect of a framework, e.g. {@code faro-national-2021} {@code D2.1}. */
    public record Element(String frameworkId, String elementId) {

        @Override
        public String toString() {
            return frameworkId + ":" + elementId;
        }
    }
}
