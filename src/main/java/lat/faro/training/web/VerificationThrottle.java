package lat.faro.training.web;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the public certificate verification per client address: at most
 * {@code faro.training.public-requests-per-minute} requests in a fixed one-minute window, so codes
 * cannot be guessed by brute force.
 */
@Component
class VerificationThrottle extends WindowedLimit {

    VerificationThrottle(@Value("${faro.training.public-requests-per-minute}") int perMinute, Clock clock) {
        super(perMinute, 60, clock);
    }
}
