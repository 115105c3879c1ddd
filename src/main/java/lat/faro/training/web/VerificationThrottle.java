package lat.faro.training.web;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the public certificate verification and the registration form per client address: at
 * most {@code faro.training.public-requests-per-minute} requests in a fixed one-minute window, so
 * codes cannot be guessed by brute force nor the form flooded. Kept in memory per instance.
 */
@Component
class VerificationThrottle {

    private record Window(long minute, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    VerificationThrottle(@Value("${faro.training.public-requests-per-minute}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** True when this request is within the limit; counts it. */
    boolean allow(String client) {
        long minute = Instant.now(clock).getEpochSecond() / 60;
        Window window = windows.compute(client, (k, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
        return window.count().incrementAndGet() <= perMinute;
    }

    /** Seconds until the current window ends, for Retry-After. */
    long retryAfter() {
        return 60 - Instant.now(clock).getEpochSecond() % 60;
    }
}
