package lat.faro.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import lat.faro.shared.security.Grant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in, with the roles granted to them and their sign-in state. */
@Table("app_user")
class User {

    @Id
    private @Nullable Long id;
    private String email;
    private String displayName;
    private @Nullable String passwordHash;
    private String locale;
    private boolean enabled;
    private @Nullable String mfaSecret;
    private boolean mfaEnabled;
    private long mfaLastStep;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private Instant createdAt;
    private @Nullable Instant lastSignInAt;
    @Version
    private long version;
    @MappedCollection(idColumn = "user_id")
    private Set<UserGrant> grants = new HashSet<>();

    @PersistenceCreator
    User(@Nullable Long id, String email, String displayName, @Nullable String passwordHash, String locale,
         boolean enabled, @Nullable String mfaSecret, boolean mfaEnabled, long mfaLastStep, int failedAttempts,
         @Nullable Instant lockedUntil, Instant createdAt, @Nullable Instant lastSignInAt, long version,
         Set<UserGrant> grants) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.enabled = enabled;
        this.mfaSecret = mfaSecret;
        this.mfaEnabled = mfaEnabled;
        this.mfaLastStep = mfaLastStep;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.lastSignInAt = lastSignInAt;
        this.version = version;
        this.grants = new HashSet<>(grants);
    }

    static User create(String email, String displayName, Locale locale, Instant now) {
        return new User(null, normaliseEmail(email), displayName.strip(), null, locale.getLanguage(), true, null,
                false, 0, 0, null, now, null, 0, Set.of());
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return id;
    }

    String email() { return email; }
    String displayName() { return displayName; }
    @Nullable String passwordHash() { return passwordHash; }
    String locale() { return locale; }
    boolean enabled() { return enabled; }
    @Nullable String mfaSecret() { return mfaSecret; }
    boolean mfaEnabled() { return mfaEnabled; }
    int failedAttempts() { return failedAttempts; }
    @Nullable Instant lockedUntil() { return lockedUntil; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant lastSignInAt() { return lastSignInAt; }

    Set<Grant> grants() {
        var result = new HashSet<Grant>();
        grants.forEach(g -> result.add(g.toGrant()));
        return result;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    void setLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Counts a failed password; returns true when this failure locks the account. */
    boolean recordFailure(Instant now, int maxFailures, Duration lockout) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void recordSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** Starts enrolment: the secret is kept but not yet required until {@link #confirmMfa} succeeds. */
    void startMfaEnrolment(String secret) {
        this.mfaSecret = secret;
        this.mfaEnabled = false;
    }

    void confirmMfa() {
        if (mfaSecret == null) {
            throw new IllegalStateException("no enrolment in progress");
        }
        this.mfaEnabled = true;
    }

    void resetMfa() {
        this.mfaSecret = null;
        this.mfaEnabled = false;
        this.mfaLastStep = 0;
    }

    /** Accepts a TOTP time step only once: a code cannot be replayed within its window. */
    boolean useStep(long step) {
        if (step <= mfaLastStep) {
            return false;
        }
        mfaLastStep = step;
        return true;
    }

    boolean addGrant(Grant grant) {
        return grants.add(UserGrant.of(grant));
    }

    boolean removeGrant(Grant grant) {
        return grants.remove(UserGrant.of(grant));
    }
}
