package lat.faro.training;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a course is made of, as a coordinator writes it.
 *
 * @param code       a short unique code, e.g. {@code CSIRT-101}: letters, digits, dots and dashes
 * @param programme  the slug of the programme that offers it, or null
 * @param texts      language (es, en, pt, fr) → title, description, objectives; Spanish required
 * @param modules    the modules in order, each language → title; Spanish required
 * @param elements   the maturity factors or aspects it addresses, as {@code framework-id:element-id}
 */
public record CourseDraft(String code, @Nullable String programme, Map<String, CourseText> texts,
        List<Map<String, String>> modules, List<String> elements) {

    public CourseDraft {
        texts = Map.copyOf(texts);
        modules = modules.stream().map(Map::copyOf).toList();
        elements = List.copyOf(elements);
    }

    /**
     * A course's texts in one language.
     *
     * @param objectives the learning objectives, one per line
     */
    public record CourseText(String title, String description, String objectives) {
    }
}
