package lat.faro.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerificationThrottleTests {

    @Test
    void eachClientGetsItsOwnAllowancePerMinute() {
        var throttle = new VerificationThrottle(3, Clock.fixed(Instant.parse("2027-01-01T10:00:10Z"), ZoneOffset.UTC));
        assertThat(throttle.allow("10.0.0.1")).isTrue();
        assertThat(throttle.allow("10.0.0.1")).isTrue();
        assertThat(throttle.allow("10.0.0.1")).isTrue();
        assertThat(throttle.allow("10.0.0.1")).isFalse();
        assertThat(throttle.allow("10.0.0.2")).isTrue();
        assertThat(throttle.retryAfter()).isEqualTo(50);
    }

    @Test
    void theAllowanceComesBackTheNextMinute() {
        var now = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2027-01-01T10:00:59Z"));
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        var throttle = new VerificationThrottle(1, clock);
        assertThat(throttle.allow("a")).isTrue();
        assertThat(throttle.allow("a")).isFalse();
        now.set(Instant.parse("2027-01-01T10:01:00Z"));
        assertThat(throttle.allow("a")).isTrue();
    }
}
