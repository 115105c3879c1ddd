package lat.faro.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/** A personal API token: only its SHA-256 hash and a short prefix (to recognise it) are stored. */
class ApiToken {

    @Id
    private @Nullable Long id;
    private final long userId;
    private final String name;
    private final String tokenHash;
    private final String tokenPrefix;
    private final boolean writeScope;
    private final Instant createdAt;
    private final Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    @PersistenceCreator
    ApiToken(@Nullable Long id, long userId, String name, String tokenHash, String tokenPrefix, boolean writeScope,
             Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.writeScope = writeScope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return id;
    }

    long userId() { return userId; }
    String name() { return name; }
    String tokenPrefix() { return tokenPrefix; }
    boolean writeScope() { return writeScope; }
    Instant createdAt() { return createdAt; }
    Instant expiresAt() { return expiresAt; }
    @Nullable Instant lastUsedAt() { return lastUsedAt; }
    @Nullable Instant revokedAt() { return revokedAt; }

    boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(Instant now) {
        lastUsedAt = now;
    }
}
