package lat.faro.insight;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a stage as an import file writes it: a number 1–5, or the stage's name in Spanish,
 * English, Portuguese or French, in any case, with or without accents, hyphens or spaces
 * ({@code Formativo}, {@code formatif}, {@code start-up}, {@code Dinâmico}); Spanish feminine
 * forms too ({@code consolidada}), since "etapa" is feminine. A number is only the bare digit:
 * {@code -1} or {@code 5-} are not stages.
 */
@Component
class StageNames {

    private static final Pattern DIGIT = Pattern.compile("[1-5]");
    /** What may separate the words of a name: white space, underscores and every kind of dash. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}_\\p{Pd}]");

    private final Map<String, Integer> names = new HashMap<>();

    StageNames(MessageSource messages) {
        for (int stage = 1; stage <= 5; stage++) {
            for (String language : new String[] {"es", "en", "pt", "fr"}) {
                String name = messages.getMessage("stage." + stage, null, null, Locale.forLanguageTag(language));
                if (name != null) {
                    names.put(key(name), stage);
                }
            }
        }
        for (String[] extra : new String[][] {{"formativa", "2"}, {"consolidada", "3"}, {"estrategica", "4"},
                {"dinamica", "5"}, {"startup", "1"}, {"establecido", "3"}, {"establecida", "3"}}) {
            names.put(extra[0], Integer.parseInt(extra[1]));
        }
    }

    Optional<Integer> stage(String text) {
        String stripped = text.strip();
        if (DIGIT.matcher(stripped).matches()) {
            return Optional.of(Integer.parseInt(stripped));
        }
        String key = key(stripped);
        // A name is letters only, once its separators are gone: "-1" must not read as "1".
        return key.chars().allMatch(Character::isLetter) ? Optional.ofNullable(names.get(key)) : Optional.empty();
    }

    static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
