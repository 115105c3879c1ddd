package lat.faro.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module, {@code faro.identity.*}.
 *
 * @param lockout      failures in a row before an account is locked, and for how long
 * @param throttle     failed sign-ins accepted from one address within the window before it must wait
 * @param setupLinkValidity how long a one-time set-up or invitation link works
 * @param maxTokenDays the longest lifetime of a personal API token
 * @param baseUrl      the address printed in set-up links (default: http://localhost:8080)
 * @param bootstrap    the first administrator, from the environment ({@code FARO_ADMIN_EMAIL},
 *                     {@code FARO_ADMIN_PASSWORD}); when absent a set-up link is logged instead
 */
@ConfigurationProperties("faro.identity")
record IdentitySettings(
        @DefaultValue Lockout lockout,
        @DefaultValue Throttle throttle,
        @DefaultValue("24h") Duration setupLinkValidity,
        @DefaultValue("365") int maxTokenDays,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Bootstrap bootstrap) {

    record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {}

    record Throttle(@DefaultValue("20") int maxFailuresPerIp, @DefaultValue("10m") Duration window) {}

    record Bootstrap(@DefaultValue("") String adminEmail, @DefaultValue("") String adminPassword,
                     @DefaultValue("Administrator") String adminName) {}
}
