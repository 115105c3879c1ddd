package lat.faro.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A one-time link: with no user it creates the first administrator; with a user it lets an
 * invited person choose their password. Only the hash of the link's secret is stored.
 */
class SetupToken {

    @Id
    private @Nullable Long id;
    private final String tokenHash;
    private final @Nullable Long userId;
    private final Instant createdAt;
    private final Instant expiresAt;
    private @Nullable Instant usedAt;

    @PersistenceCreator
    SetupToken(@Nullable Long id, String tokenHash, @Nullable Long userId, Instant createdAt, Instant expiresAt,
               @Nullable Instant usedAt) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
    }

    @Nullable Long userId() { return userId; }
    Instant expiresAt() { return expiresAt; }

    boolean usable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
