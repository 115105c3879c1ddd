package lat.faro.training.web;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} requests per client key in fixed windows of {@code windowSeconds}, counted
 * in memory per instance (behind a load balancer each instance counts its own share).
 */
abstract class WindowedLimit {

    private record Window(long index, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final long windowSeconds;
    private final Clock clock;

    WindowedLimit(int limit, long windowSeconds, Clock clock) {
        this.limit = limit;
        this.windowSeconds = windowSeconds;
        this.clock = clock;
    }

    /** True when this request is within the limit; counts it. */
    boolean allow(String client) {
        long index = Instant.now(clock).getEpochSecond() / windowSeconds;
        Window window = windows.compute(client, (k, w) -> w == null || w.index() != index ? new Window(index, new AtomicInteger()) : w);
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().index() != index);
        }
        return window.count().incrementAndGet() <= limit;
    }

    /** Seconds until the current window ends, for Retry-After. */
    long retryAfter() {
        return windowSeconds - Instant.now(clock).getEpochSecond() % windowSeconds;
    }

    /** Whole minutes until the current window ends, at least one, for a message to a person. */
    long retryAfterMinutes() {
        return Math.max(1, (retryAfter() + 59) / 60);
    }
}
