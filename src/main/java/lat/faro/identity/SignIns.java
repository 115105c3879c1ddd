package lat.faro.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import lat.faro.identity.IdentityEvents.AccountLocked;
import lat.faro.identity.IdentityEvents.SignInFailed;
import lat.faro.identity.IdentityEvents.SignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Book-keeping of sign-in: failures, lockout, second-factor checks, and their audit events. */
@Service
class SignIns {

    private final Users users;
    private final SecretBox box;
    private final MfaPolicies policies;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignIns(Users users, SecretBox box, MfaPolicies policies, IdentitySettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.box = box;
        this.policies = policies;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** What the person must still do after a correct password. */
    enum NextStep { DONE, VERIFY_CODE, ENROL }

    @Transactional(readOnly = true)
    NextStep afterPassword(long userId) {
        User user = users.findById(userId).orElseThrow();
        if (user.mfaEnabled()) {
            return NextStep.VERIFY_CODE;
        }
        return policies.requiredFor(user.grants()) ? NextStep.ENROL : NextStep.DONE;
    }

    @Transactional
    void failed(String attemptedEmail, String reason, String ip) {
        String email = User.normaliseEmail(attemptedEmail);
        String actor = email.isEmpty() || email.length() > 254 ? "unknown" : email;
        events.publishEvent(new SignInFailed(actor, reason, ip));
        if (!"password".equals(reason) && !"code".equals(reason)) {
            return;
        }
        Optional<User> found = users.findByEmail(email);
        if (found.isEmpty()) {
            return;
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.recordFailure(now, settings.lockout().maxFailures(), settings.lockout().duration())) {
            events.publishEvent(new AccountLocked(user.email(), user.id(), String.valueOf(user.lockedUntil())));
        }
        users.save(user);
    }

    @Transactional
    void succeeded(long userId, String method, String ip) {
        User user = users.findById(userId).orElseThrow();
        user.recordSignIn(clock.instant());
        users.save(user);
        events.publishEvent(new SignedIn(user.email(), user.id(), method, ip));
    }

    /** Checks a code of the person's confirmed authenticator; a code is good only once. */
    @Transactional
    boolean verifyCode(long userId, String code) {
        User user = users.findById(userId).orElseThrow();
        String sealed = user.mfaSecret();
        if (!user.mfaEnabled() || sealed == null) {
            return false;
        }
        String secret = box.open(sealed, user.id());
        var step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isPresent() && user.useStep(step.getAsLong())) {
            users.save(user);
            return true;
        }
        return false;
    }

    @Transactional(readOnly = true)
    Locale preferredLocale(long userId) {
        return users.findById(userId).map(u -> Locale.forLanguageTag(u.locale())).orElse(Locale.forLanguageTag("es"));
    }
}
