package lat.faro.training;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One session's roster: the event's confirmed registrations, by name, each with its mark for the
 * session (or none yet).
 *
 * @param markable whether marks may be recorded now: only while the event runs, or once it has
 *                 been completed (for late corrections)
 */
public record Roster(EventView event, EventView.Session session, boolean markable, List<Line> lines) {

    public Roster {
        lines = List.copyOf(lines);
    }

    /** How many are marked present. */
    public int present() {
        return (int) lines.stream().filter(Line::isPresent).count();
    }

    /** How many confirmed registrations the session has. */
    public int total() {
        return lines.size();
    }

    /**
     * One person on the roster.
     *
     * @param present    true or false once marked, null while unmarked
     * @param method     how the mark was recorded, null while unmarked
     * @param recordedAt when the mark was last recorded, null while unmarked
     */
    public record Line(long registrationId, String fullName, String organisation, String email, @Nullable Boolean present,
            @Nullable AttendanceMethod method, @Nullable Instant recordedAt) {

        public boolean isPresent() {
            return Boolean.TRUE.equals(present);
        }

        public boolean isAbsent() {
            return Boolean.FALSE.equals(present);
        }
    }
}
