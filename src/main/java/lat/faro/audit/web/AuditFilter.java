package lat.faro.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import lat.faro.audit.AuditQuery;
import org.jspecify.annotations.Nullable;

/**
 * The trail filters exactly as typed (query parameters of both the page and the API), so that a
 * wrong value can be shown back next to its message. {@link #parse()} checks them all.
 */
record AuditFilter(@Nullable String action, @Nullable String actor, @Nullable String subject,
        @Nullable String from, @Nullable String to, @Nullable String page, @Nullable String size) {

    static AuditFilter empty() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    /** The query, or the problems with the values, each naming its parameter. */
    Parsed parse() {
        var problems = new ArrayList<Problem>();
        String actionPrefix = text("action", action, AuditQuery.MAX_ACTION, problems);
        String actorName = text("actor", actor, AuditQuery.MAX_ACTOR, problems);
        String subjectName = text("subject", subject, AuditQuery.MAX_SUBJECT, problems);
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new Problem("to", "audit.invalid.range"));
        }
        int pageNumber = number("page", page, 0, 0, AuditQuery.MAX_PAGE, "audit.invalid.page", problems);
        int pageSize = number("size", size, AuditQuery.DEFAULT_SIZE, 1, AuditQuery.MAX_SIZE, "audit.invalid.size", problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(new AuditQuery(actionPrefix, actorName, subjectName, fromDate, toDate, pageNumber, pageSize),
                List.of());
    }

    private static @Nullable String text(String field, @Nullable String value, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Problem(field, "audit.invalid.length", max));
            return null;
        }
        return stripped;
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "audit.invalid.date"));
            return null;
        }
    }

    private static int number(String field, @Nullable String value, int fallback, int min, int max, String code,
            List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below like any other out-of-range value
        }
        problems.add(new Problem(field, code, min, max));
        return fallback;
    }

    /** A checked filter: the query when every value is fine, else the problems. */
    record Parsed(@Nullable AuditQuery query, List<Problem> problems) {}

    /** What is wrong with one parameter, as a message code and its arguments. */
    record Problem(String field, String code, Object... args) {}
}
