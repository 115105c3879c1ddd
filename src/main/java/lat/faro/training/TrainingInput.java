package lat.faro.training;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What the training services accept as an e-mail address, and how they store an optional text. */
final class TrainingInput {

    /** Something@somewhere.tld without spaces: the check every form, import and invitation shares. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TrainingInput() {
    }

    /** Null for nothing or blanks, otherwise the text without surrounding spaces. */
    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
