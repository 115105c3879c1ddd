package lat.faro.training.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import lat.faro.training.CourseMaterials;
import lat.faro.training.MaterialView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The materials of a course as its page lists them, and what the page needs for the staff form. */
@Component
class MaterialLines {

    /**
     * A material as listed: its title in the page's language (and the language that title is in),
     * the format's name, the size written out, where it leads, and whether it is first or last.
     */
    record Line(MaterialView material, String title, String titleLang, @Nullable String format, @Nullable String size,
            String href, boolean first, boolean last) {
    }

    private final CourseMaterials materials;
    private final MessageSource messages;

    MaterialLines(CourseMaterials materials, MessageSource messages) {
        this.materials = materials;
        this.messages = messages;
    }

    /** Adds {@code materials}, {@code canManageMaterials} and {@code materialMaxSize} to a course page's model. */
    void addTo(Model model, long courseId, Locale locale) {
        model.addAttribute("materials", lines(courseId, locale));
        model.addAttribute("canManageMaterials", materials.canManage(courseId));
        model.addAttribute("materialMaxSize", CourseMaterials.sizeText(materials.maxSize().toBytes()));
        if (!model.containsAttribute("materialErrors")) {
            model.addAttribute("materialErrors", java.util.Map.of());
            model.addAttribute("materialValues", MaterialPages.Values.EMPTY);
        }
    }

    List<Line> lines(long courseId, Locale locale) {
        List<MaterialView> visible = materials.visible(courseId);
        return java.util.stream.IntStream.range(0, visible.size())
                .mapToObj(i -> line(visible.get(i), locale, i == 0, i == visible.size() - 1)).toList();
    }

    Line line(MaterialView m, Locale locale, boolean first, boolean last) {
        String href = m.kind() == MaterialView.Kind.LINK ? String.valueOf(m.url())
                : "/api/v1/training/courses/" + m.courseId() + "/materials/" + m.id() + "/file";
        String format = m.format().map(f -> messages.getMessage("training.material.format." + f.name(), null, locale)).orElse(null);
        return new Line(m, m.title().in(locale), m.title().languageFor(locale), format,
                m.sizeBytes() == null ? null : size(m.sizeBytes(), locale), href, first, last);
    }

    private String size(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return messages.getMessage("training.material.size.bytes", new Object[] {number.format(bytes)}, locale);
        }
        if (bytes < 1024 * 1024) {
            return messages.getMessage("training.material.size.kb", new Object[] {number.format(bytes / 1024.0)}, locale);
        }
        return messages.getMessage("training.material.size.mb", new Object[] {number.format(bytes / (1024.0 * 1024))}, locale);
    }
}
