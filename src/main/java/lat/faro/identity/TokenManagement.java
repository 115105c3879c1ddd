package lat.faro.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lat.faro.identity.IdentityEvents.ApiTokenCreated;
import lat.faro.identity.IdentityEvents.ApiTokenRevoked;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, listing, checking and revoking personal API tokens. */
@Service
class TokenManagement {

    static final String PREFIX = "faro_";

    /** A token as its owner sees it in the list (never the secret). */
    record TokenView(long id, String name, String prefix, boolean write, Instant createdAt, Instant expiresAt,
                     @org.jspecify.annotations.Nullable Instant lastUsedAt, @org.jspecify.annotations.Nullable Instant revokedAt,
                     boolean usable) {}

    /** A token just created: the only moment its secret is shown. */
    record CreatedToken(long id, String secret, Instant expiresAt) {}

    private final ApiTokens tokens;
    private final Users users;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TokenManagement(ApiTokens tokens, Users users, IdentitySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    CreatedToken create(long userId, String name, boolean write, int days) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidFieldException.invalid("name", "identity.token.name.invalid");
        }
        if (days < 1 || days > settings.maxTokenDays()) {
            throw InvalidFieldException.invalid("days", "identity.token.days.invalid", settings.maxTokenDays());
        }
        User user = users.findById(userId).orElseThrow();
        String secret = PREFIX + Hashes.newSecret();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        ApiToken saved = tokens.save(new ApiToken(null, userId, trimmed, Hashes.sha256(secret),
                secret.substring(0, PREFIX.length() + 6), write, now, expires, null, null));
        events.publishEvent(new ApiTokenCreated(user.email(), userId, saved.id(), write ? "write" : "read", expires.toString()));
        return new CreatedToken(saved.id(), secret, expires);
    }

    @Transactional(readOnly = true)
    List<TokenView> list(long userId) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.tokenPrefix(), t.writeScope(), t.createdAt(), t.expiresAt(),
                        t.lastUsedAt(), t.revokedAt(), t.usable(now)))
                .toList();
    }

    @Transactional
    void revoke(long userId, long tokenId, String actor) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.userId() == userId)
                .orElseThrow(() -> new NotFoundException("identity.token.notFound"));
        token.revoke(clock.instant());
        tokens.save(token);
        events.publishEvent(new ApiTokenRevoked(actor, userId, tokenId));
    }

    /** The usable token with this secret and its owner, if any. */
    @Transactional
    Optional<Authenticated> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Hashes.sha256(secret))
                .filter(t -> t.usable(now))
                .flatMap(t -> users.findById(t.userId()).filter(User::enabled).map(u -> {
                    tokens.touch(t.id(), now, now.minusSeconds(60));
                    return new Authenticated(u, t.writeScope());
                }));
    }

    record Authenticated(User user, boolean write) {}
}
