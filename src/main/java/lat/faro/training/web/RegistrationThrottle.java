package lat.faro.training.web;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits registration attempts per signed-in account: at most
 * {@code faro.training.registrations-per-hour} in a fixed one-hour window, page and API together,
 * so one account cannot flood events' lists or their mail. Attempts that fail validation count too.
 */
@Component
class RegistrationThrottle extends WindowedLimit {

    RegistrationThrottle(@Value("${faro.training.registrations-per-hour}") int perHour, Clock clock) {
        super(perHour, 3600, clock);
    }
}
