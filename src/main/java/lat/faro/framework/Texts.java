package lat.faro.framework;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A text of a framework in the languages it was written in (es and en always; pt and fr for
 * names, and for texts where the file gives them). A language it lacks falls back to Spanish.
 */
public record Texts(Map<String, String> byLanguage) {

    public static final String FALLBACK = "es";

    public Texts {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in the locale's language, or in Spanish when the framework lacks it. */
    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    public String in(String language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.getOrDefault(FALLBACK, "");
    }

    /** The language {@link #in(Locale)} actually answers in, for a {@code lang} attribute. */
    public String languageFor(Locale locale) {
        return byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : FALLBACK;
    }

    public @Nullable String exactly(String language) {
        return byLanguage.get(language);
    }
}
