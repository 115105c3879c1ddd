package lat.faro.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing from one network address: after too many failures within the
 * window, that address is refused until old failures age out. Per-account lockout (stored in the
 * database, so it holds across instances) is the second line; this one is per instance.
 */
@Component
class SignInThrottle {

    private static final int MAX_TRACKED = 50_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final IdentitySettings settings;
    private final Clock clock;

    SignInThrottle(IdentitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean isBlocked(String ip) {
        Deque<Instant> list = failures.get(ip);
        if (list == null) {
            return false;
        }
        synchronized (list) {
            prune(list);
            return list.size() >= settings.throttle().maxFailuresPerIp();
        }
    }

    void recordFailure(String ip) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of addresses: start over rather than grow without bound
        }
        Deque<Instant> list = failures.computeIfAbsent(ip, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(clock.instant());
        }
    }

    void reset(String ip) {
        failures.remove(ip);
    }

    private void prune(Deque<Instant> list) {
        Instant horizon = clock.instant().minus(settings.throttle().window());
        while (!list.isEmpty() && list.peekFirst().isBefore(horizon)) {
            list.removeFirst();
        }
    }
}
