package lat.faro.insight;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a stage as an import file writes it: a number 1–5, or the stage's name in Spanish,
 * English, Portuguese or French, in any case, with or without accents, hyphens or spaces
 * ({@code Formativo}, {@code formatif}, {@code start-up}, {@code Dinâmico}); Spanish feminine
 * forms too ({@code consolidada}), since "etapa" is feminine.
 */
@Component
class StageNames {

    private final Map<String, Integer> names = new HashMap<>();

    StageNames(MessageSource messages) {
        for (int stage = 1; stage <= 5; stage++) {
            for (String language : new String[] {"es", "en", "pt", "fr"}) {
                String name = messages.getMessage("stage." + stage, null, null, Locale.forLanguageTag(language));
                if (name != null) {
                    names.put(key(name), stage);
                }
            }
            names.put(Integer.toString(stage), stage);
        }
        for (String[] extra : new String[][] {{"formativa", "2"}, {"consolidada", "3"}, {"estrategica", "4"},
                {"dinamica", "5"}, {"startup", "1"}, {"establecido", "3"}, {"establecida", "3"}}) {
            names.put(extra[0], Integer.parseInt(extra[1]));
        }
    }

    Optional<Integer> stage(String text) {
        return Optional.ofNullable(names.get(key(text)));
    }

    static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
}
