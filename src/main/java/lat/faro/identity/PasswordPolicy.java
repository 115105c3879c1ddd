package lat.faro.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules: at least 12 characters, at most 128, not on the bundled list of common
 * passwords (compared case-insensitively, also with trailing digits and symbols removed, so that
 * {@code Password2024!} counts as common), and not the person's own e-mail address.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() throws IOException {
        this.common = load();
    }

    /** The message code of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> violation(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stripped = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(lower) || common.contains(stripped) || isRepetitive(lower)) {
            return Optional.of("identity.password.common");
        }
        String local = email.toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        if (lower.contains(local) || (at > 3 && lower.contains(local.substring(0, at)))) {
            return Optional.of("identity.password.personal");
        }
        return Optional.empty();
    }

    /** One or two characters repeated (e.g. {@code aaaaaaaaaaaa}, {@code abababababab}). */
    private static boolean isRepetitive(String s) {
        return s.chars().distinct().count() <= 2;
    }

    private static Set<String> load() throws IOException {
        var words = new HashSet<String>();
        var resource = new ClassPathResource("identity/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        }
        return Set.copyOf(words);
    }
}
