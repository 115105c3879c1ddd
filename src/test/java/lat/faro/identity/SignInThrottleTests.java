package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lat.faro.test.MovableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    final MovableClock clock = MovableClock.at(Instant.parse("2026-11-28T12:00:00Z"));
    final IdentitySettings settings = new IdentitySettings(new IdentitySettings.Lockout(5, Duration.ofMinutes(15)),
            new IdentitySettings.Throttle(3, Duration.ofMinutes(10)), Duration.ofHours(24), 365, "http://localhost",
            new IdentitySettings.Bootstrap("", "", "Admin"));
    final SignInThrottle throttle = new SignInThrottle(settings, clock);

    @Test
    void anAddressIsHeldBackAfterTooManyFailuresWithinTheWindow() {
        throttle.recordFailure("203.0.113.7");
        throttle.recordFailure("203.0.113.7");
        assertThat(throttle.isBlocked("203.0.113.7")).isFalse();
        throttle.recordFailure("203.0.113.7");
        assertThat(throttle.isBlocked("203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("198.51.100.1")).as("other addresses are not affected").isFalse();
    }

    @Test
    void oldFailuresAgeOut() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("203.0.113.7");
        }
        clock.setTo(clock.instant().plus(Duration.ofMinutes(11)));
        assertThat(throttle.isBlocked("203.0.113.7")).isFalse();
    }
}
