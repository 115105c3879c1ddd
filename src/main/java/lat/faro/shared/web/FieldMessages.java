package lat.faro.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The service's refusals of a form as messages by field, in the page's language, for the page to
 * show beside each field. A problem about something the form has no field for (the assessment's
 * status, say) is kept under {@link #GENERAL} and shown in the summary only.
 */
public final class FieldMessages {

    public static final String GENERAL = "*";

    private FieldMessages() {}

    public static Map<String, String> of(RuntimeException e, Set<String> fields, MessageSource messages, Locale locale) {
        Map<String, String> result = new LinkedHashMap<>();
        if (e instanceof InvalidInputException invalid) {
            for (FieldProblem p : invalid.problems()) {
                put(result, p.field(), fields, messages.getMessage(p.code(), p.args(), p.code(), locale));
            }
        } else if (e instanceof InvalidFieldException invalid) {
            put(result, invalid.field(), fields,
                    messages.getMessage(invalid.messageCode(), invalid.args(), invalid.messageCode(), locale));
        }
        return result;
    }

    /** Adds a message under the field (or {@link #GENERAL}); the first message of a field stays. */
    public static void put(Map<String, String> errors, String field, Set<String> fields, String message) {
        errors.putIfAbsent(fields.contains(field) ? field : GENERAL, message);
    }

    /** A date typed as yyyy-mm-dd (what a date input sends); null when blank or not a date. */
    public static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** Letters, digits and dashes only: an element's or indicator's id made fit for an HTML id. */
    public static String anchor(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
