package lat.faro.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import lat.faro.identity.IdentityEvents.PasswordChanged;
import lat.faro.identity.IdentityEvents.SetupLinkIssued;
import lat.faro.identity.IdentityEvents.UserCreated;
import lat.faro.identity.IdentityEvents.GrantAdded;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and redeems one-time links: the first administrator's, and invitations. */
@Service
class SetupLinks {

    /** What the set-up page needs to know about a valid link. */
    record LinkView(boolean firstAdmin, @Nullable String email) {}

    private final SetupTokens links;
    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SetupLinks(SetupTokens links, Users users, PasswordPolicy policy, PasswordEncoder encoder, IdentitySettings settings,
               ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A new link; returns the full URL (the secret exists only in it). */
    @Transactional
    String issue(@Nullable Long userId, String actor) {
        String secret = Hashes.newSecret();
        Instant now = clock.instant();
        Instant expires = now.plus(settings.setupLinkValidity());
        links.save(new SetupToken(null, Hashes.sha256(secret), userId, now, expires, null));
        events.publishEvent(new SetupLinkIssued(actor, userId == null ? "first-admin" : "invitation:" + userId, expires.toString()));
        return settings.baseUrl().replaceAll("/+$", "") + "/setup/" + secret;
    }

    @Transactional(readOnly = true)
    Optional<LinkView> find(String secret) {
        return usable(secret).map(t -> {
            Long userId = t.userId();
            if (userId == null) {
                return users.countAdminGrants() == 0 ? new LinkView(true, null) : null;
            }
            return users.findById(userId).map(u -> new LinkView(false, u.email())).orElse(null);
        });
    }

    /**
     * Redeems a link: creates the first administrator, or sets the invited person's password.
     * Field errors name {@code email}, {@code displayName}, {@code password} or {@code confirm}.
     */
    @Transactional
    String redeem(String secret, @Nullable String email, @Nullable String displayName, String password, String confirm,
                  Locale locale) {
        SetupToken token = usable(secret).orElseThrow(() -> InvalidFieldException.invalid("password", "identity.setup.invalid"));
        Long userId = token.userId();
        User user;
        if (userId == null) {
            if (users.countAdminGrants() > 0) {
                throw InvalidFieldException.invalid("password", "identity.setup.invalid");
            }
            String normalised = User.normaliseEmail(email == null ? "" : email);
            checkPassword(password, confirm, normalised);
            user = User.create(normalised, displayName == null ? "" : displayName, locale, clock.instant());
            user.setPasswordHash(encoder.encode(password));
            user.addGrant(Grant.programme(Role.ADMIN));
            user = users.save(user);
            events.publishEvent(new UserCreated("setup-link", user.id(), user.email()));
            events.publishEvent(new GrantAdded("setup-link", user.id(), Grant.programme(Role.ADMIN).authority()));
        } else {
            user = users.findById(userId).orElseThrow(() -> InvalidFieldException.invalid("password", "identity.setup.invalid"));
            checkPassword(password, confirm, user.email());
            user.setPasswordHash(encoder.encode(password));
            user = users.save(user);
            events.publishEvent(new PasswordChanged(user.email(), user.id()));
        }
        token.use(clock.instant());
        links.save(token);
        return user.email();
    }

    void checkPassword(String password, String confirm, String email) {
        policy.violation(password, email).ifPresent(code -> {
            throw InvalidFieldException.invalid("password", code, PasswordPolicy.MIN_LENGTH);
        });
        if (!password.equals(confirm)) {
            throw InvalidFieldException.invalid("confirm", "identity.password.mismatch");
        }
    }

    private Optional<SetupToken> usable(String secret) {
        if (secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(Hashes.sha256(secret)).filter(t -> t.usable(now));
    }
}
