package lat.faro.shared.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The four languages Faro speaks; Spanish first and the default. */
public final class Languages {

    public static final Locale DEFAULT = Locale.forLanguageTag("es");
    public static final List<Locale> SUPPORTED = List.of(
            DEFAULT, Locale.forLanguageTag("en"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("fr"));

    private Languages() {}

    /** The supported locale with this language tag's language, or null. */
    public static @Nullable Locale match(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
