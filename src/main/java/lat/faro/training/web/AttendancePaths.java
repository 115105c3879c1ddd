package lat.faro.training.web;

import java.util.List;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rosters, marks, check-in codes and attendance rates are for programme staff and trainers, every
 * method: anyone else is refused with 403 before a request body is read. The service then checks
 * that a trainer trains that very event. Checking in ({@code /training/check-in} and
 * {@code /api/v1/training/check-in}) is for anyone signed in; the service checks the registration.
 */
@Configuration(proxyBeanMethods = false)
class AttendancePaths {

    @Bean
    GuardedPaths trainingAttendance() {
        return GuardedPaths.all(List.of("/training/events/*/sessions/**", "/api/v1/training/events/*/sessions/**",
                "/api/v1/training/events/*/attendance"), Role.ADMIN, Role.PROGRAMME_COORDINATOR, Role.TRAINER);
    }
}
