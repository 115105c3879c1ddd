package lat.faro.identity;

import java.time.Clock;
import java.util.Locale;
import lat.faro.identity.IdentityEvents.GrantAdded;
import lat.faro.identity.IdentityEvents.UserCreated;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure an instance can be administered without any default password: when no one holds
 * the ADMIN role, the first administrator comes from {@code FARO_ADMIN_EMAIL} and
 * {@code FARO_ADMIN_PASSWORD}, or else a one-time set-up link is written to the log.
 */
@Component
@Order(20)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Users users;
    private final SetupLinks links;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    FirstAdmin(Users users, SetupLinks links, PasswordPolicy policy, PasswordEncoder encoder, IdentitySettings settings,
               ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.users = users;
        this.links = links;
        this.policy = policy;
        this.encoder = encoder;
        this.settings = settings;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.countAdminGrants() > 0) {
            return;
        }
        var bootstrap = settings.bootstrap();
        if (!bootstrap.adminEmail().isBlank() && !bootstrap.adminPassword().isBlank()) {
            String email = User.normaliseEmail(bootstrap.adminEmail());
            var problem = policy.violation(bootstrap.adminPassword(), email);
            if (problem.isPresent()) {
                throw new IllegalStateException("FARO_ADMIN_PASSWORD breaks the password policy (" + problem.get()
                        + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password");
            }
            tx.executeWithoutResult(s -> {
                User user = users.findByEmail(email)
                        .orElseGet(() -> User.create(email, bootstrap.adminName(), Locale.forLanguageTag("es"), clock.instant()));
                user.setPasswordHash(encoder.encode(bootstrap.adminPassword()));
                user.addGrant(Grant.programme(Role.ADMIN));
                user = users.save(user);
                events.publishEvent(new UserCreated("environment", user.id(), email));
                events.publishEvent(new GrantAdded("environment", user.id(), Grant.programme(Role.ADMIN).authority()));
            });
            log.info("First administrator {} created from the environment.", email);
            return;
        }
        String link = links.issue(null, "system");
        log.warn("""

                ============================================================
                No administrator yet. Open this one-time link within {} to
                create the first administrator account:

                    {}
                ============================================================
                """, settings.setupLinkValidity(), link);
    }
}
