package lat.faro.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A clock in UTC that a test moves: either standing at a given instant ({@link #at}) until moved, or
 * following the real time ({@link #following}) shifted by however far a test moved it.
 */
public final class MovableClock extends Clock {

    private volatile @Nullable Instant standing;
    private volatile Duration offset = Duration.ZERO;

    private MovableClock(@Nullable Instant standing) {
        this.standing = standing;
    }

    /** A clock standing at {@code start}. */
    public static MovableClock at(Instant start) {
        return new MovableClock(start);
    }

    /** A clock that shows the real time until a test moves it. */
    public static MovableClock following() {
        return new MovableClock(null);
    }

    /** Now is {@code at}; a following clock goes on from there with the real time. */
    public void setTo(Instant at) {
        if (standing != null) {
            standing = at;
        } else {
            offset = Duration.between(Instant.now(), at);
        }
    }

    public void advance(Duration by) {
        setTo(instant().plus(by));
    }

    /** A following clock shows the real time again (a standing one is unaffected). */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant at = standing;
        return at != null ? at : Instant.now().plus(offset);
    }
}
