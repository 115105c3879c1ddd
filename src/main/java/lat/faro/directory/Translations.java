package lat.faro.directory;

import java.util.Locale;
import java.util.Map;

/** Picks a text for a locale from the four stored languages, falling back to Spanish. */
final class Translations {

    private Translations() {}

    static String pick(Map<String, String> texts, Locale locale) {
        String text = texts.get(locale.getLanguage());
        return text != null ? text : texts.getOrDefault("es", "");
    }

    static Map<String, String> of(String es, String en, String pt, String fr) {
        return Map.of("es", es, "en", en, "pt", pt, "fr", fr);
    }
}
