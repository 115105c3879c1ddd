package lat.faro.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which trail entries to show, newest first: those whose action starts with {@code actionPrefix},
 * by exactly {@code actor}, about exactly {@code subject}, that occurred on or after {@code from}
 * and on or before {@code to} (whole days in UTC). Null or blank means no filter. {@code page}
 * counts from 0.
 */
public record AuditQuery(@Nullable String actionPrefix, @Nullable String actor, @Nullable String subject,
        @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_ACTION = ChainLink.MAX_ACTION;
    public static final int MAX_ACTOR = ChainLink.MAX_ACTOR;
    public static final int MAX_SUBJECT = ChainLink.MAX_SUBJECT;

    public AuditQuery {
        actionPrefix = blankToNull(actionPrefix);
        actor = blankToNull(actor);
        subject = blankToNull(subject);
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page out of range: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size out of range: " + size);
        }
    }

    /** The first page of everything. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
