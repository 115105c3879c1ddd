package lat.faro.training;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * When a session's check-in code works: from {@link Attendance#CHECK_IN_OPENS_BEFORE} before the session starts
 * until it ends, both ends included. People arrive early and sign in at the door; once the
 * session is over, only a trainer can still mark someone present.
 */
record CheckInWindow(ZonedDateTime opens, ZonedDateTime closes) {

    enum Position { TOO_EARLY, OPEN, OVER }

    static CheckInWindow of(EventView.Session session) {
        return new CheckInWindow(session.startsAt().minus(Attendance.CHECK_IN_OPENS_BEFORE), session.endsAt());
    }

    Position at(Instant now) {
        if (now.isBefore(opens.toInstant())) {
            return Position.TOO_EARLY;
        }
        return now.isAfter(closes.toInstant()) ? Position.OVER : Position.OPEN;
    }
}
