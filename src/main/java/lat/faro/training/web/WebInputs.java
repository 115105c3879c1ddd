package lat.faro.training.web;

import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** How the training pages and API read what a request sends: a version in If-Match, an enum by name. */
final class WebInputs {

    private WebInputs() {
    }

    /** The version a client read, sent in {@code If-Match} as {@code 3}, {@code "3"} or {@code W/"3"}; 400 otherwise. */
    static int version(String ifMatch) {
        String value = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw InvalidFieldException.invalid("If-Match", "training.field.version");
        }
    }

    /** The constant named exactly so, or null for nothing or an unknown name (the service then names the field). */
    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
