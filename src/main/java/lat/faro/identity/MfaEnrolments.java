package lat.faro.identity;

import lat.faro.identity.IdentityEvents.MfaEnrolled;
import lat.faro.identity.IdentityEvents.MfaRemoved;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolling, confirming and removing a person's authenticator app. */
@Service
class MfaEnrolments {

    /** What the enrolment page shows: the QR code and the same secret to type by hand. */
    record Enrolment(String secret, String uri, String qrDataUri) {
        /** The secret in groups of four characters, easier to type. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private final Users users;
    private final SecretBox box;
    private final MfaPolicies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MfaEnrolments(Users users, SecretBox box, MfaPolicies policies, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.box = box;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** Starts (or restarts) enrolment with a fresh secret; the old factor stays until confirmation. */
    @Transactional
    Enrolment start(long userId) {
        User user = users.findById(userId).orElseThrow();
        if (user.mfaEnabled()) {
            throw new IllegalStateException("already enrolled");
        }
        String secret = Totp.newSecret();
        user.startMfaEnrolment(box.seal(secret, user.id()));
        users.save(user);
        return enrolment(user.email(), secret);
    }

    /** The enrolment in progress, if any (to redisplay the QR code after a wrong code). */
    @Transactional(readOnly = true)
    java.util.Optional<Enrolment> inProgress(long userId) {
        User user = users.findById(userId).orElseThrow();
        String secret = secretOf(user);
        return user.mfaEnabled() || secret == null ? java.util.Optional.empty()
                : java.util.Optional.of(enrolment(user.email(), secret));
    }

    /** Confirms enrolment with a first code from the app; false when the code is wrong. */
    @Transactional
    boolean confirm(long userId, String code) {
        User user = users.findById(userId).orElseThrow();
        String secret = secretOf(user);
        if (user.mfaEnabled() || secret == null) {
            return false;
        }
        var step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty() || !user.useStep(step.getAsLong())) {
            return false;
        }
        user.confirmMfa();
        users.save(user);
        events.publishEvent(new MfaEnrolled(user.email(), user.id()));
        return true;
    }

    /** True when one of the person's roles requires a second factor. */
    @Transactional(readOnly = true)
    boolean required(long userId) {
        return policies.requiredFor(users.findById(userId).orElseThrow().grants());
    }

    /** Removes the person's own factor after checking a current code; refused where a role requires one. */
    @Transactional
    boolean removeOwn(long userId, String code) {
        User user = users.findById(userId).orElseThrow();
        String secret = secretOf(user);
        if (!user.mfaEnabled() || secret == null || policies.requiredFor(user.grants())) {
            return false;
        }
        var step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty() || !user.useStep(step.getAsLong())) {
            return false;
        }
        user.resetMfa();
        users.save(user);
        events.publishEvent(new MfaRemoved(user.email(), user.id()));
        return true;
    }

    private @org.jspecify.annotations.Nullable String secretOf(User user) {
        String sealed = user.mfaSecret();
        return sealed == null ? null : box.open(sealed, user.id());
    }

    private static Enrolment enrolment(String email, String secret) {
        String uri = Totp.uri("Faro", email, secret);
        return new Enrolment(secret, uri, QrCodes.pngDataUri(uri, 240));
    }
}
