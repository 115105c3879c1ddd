package lat.faro.identity;

import java.util.Map;
import lat.faro.shared.AuditableEvent;

/**
 * The security events of the identity module, all recorded in the audit trail. Each is a
 * past-tense record; subjects name the user ({@code user:<id>}) or the attempted e-mail.
 */
public final class IdentityEvents {

    private IdentityEvents() {}

    /** Someone completed sign-in (with the second factor where it applies). */
    public record SignedIn(String actor, long userId, String method, String ip) implements AuditableEvent {
        public String action() { return "identity.sign-in.succeeded"; }
        public String subject() { return "user:" + userId; }
        public Map<String, String> details() { return Map.of("method", method, "ip", ip); }
    }

    /** A sign-in attempt failed; the reason is coarse (password, locked, second factor, throttled). */
    public record SignInFailed(String actor, String reason, String ip) implements AuditableEvent {
        public String action() { return "identity.sign-in.failed"; }
        public String subject() { return "email:" + actor; }
        public Map<String, String> details() { return Map.of("reason", reason, "ip", ip); }
    }

    /** Repeated failures locked the account for a while. */
    public record AccountLocked(String actor, long userId, String until) implements AuditableEvent {
        public String action() { return "identity.account.locked"; }
        public String subject() { return "user:" + userId; }
        public Map<String, String> details() { return Map.of("until", until); }
    }

    /** A person enrolled an authenticator app. */
    public record MfaEnrolled(String actor, long userId) implements AuditableEvent {
        public String action() { return "identity.mfa.enrolled"; }
        public String subject() { return "user:" + userId; }
    }

    /** A second factor was removed: by the person, or reset by an administrator. */
    public record MfaRemoved(String actor, long userId) implements AuditableEvent {
        public String action() { return "identity.mfa.removed"; }
        public String subject() { return "user:" + userId; }
    }

    /** An administrator changed whether a role must use a second factor. */
    public record MfaPolicyChanged(String actor, String role, boolean required) implements AuditableEvent {
        public String action() { return "identity.mfa.policy-changed"; }
        public String subject() { return "role:" + role; }
        public Map<String, String> details() { return Map.of("required", Boolean.toString(required)); }
    }

    /** A password was set or changed. */
    public record PasswordChanged(String actor, long userId) implements AuditableEvent {
        public String action() { return "identity.password.changed"; }
        public String subject() { return "user:" + userId; }
    }

    /** A user account was created (by set-up, invitation, environment or demo data). */
    public record UserCreated(String actor, long userId, String email) implements AuditableEvent {
        public String action() { return "identity.user.created"; }
        public String subject() { return "user:" + userId; }
        public Map<String, String> details() { return Map.of("email", email); }
    }

    /** An account was enabled, disabled or unlocked by an administrator. */
    public record UserStatusChanged(String actor, long userId, String change) implements AuditableEvent {
        public String action() { return "identity.user.status-changed"; }
        public String subject() { return "user:" + userId; }
        public Map<String, String> details() { return Map.of("change", change); }
    }

    /** A role was granted within a scope. */
    public record GrantAdded(String actor, long userId, String grant) implements AuditableEvent {
        public String action() { return "identity.grant.added"; }
        public String subject() { return "user:" + userId; }
        public Map<String, String> details() { return Map.of("grant", grant); }
    }

    /** A role was withdrawn. */
    public record GrantRemoved(String actor, long userId, String grant) implements AuditableEvent {
        public String action() { return "identity.grant.removed"; }
        public String subject() { return "user:" + userId; }
        public Map<String, String> details() { return Map.of("grant", grant); }
    }

    /** A personal API token was created (its secret is never recorded). */
    public record ApiTokenCreated(String actor, long userId, long tokenId, String scope, String expires) implements AuditableEvent {
        public String action() { return "identity.token.created"; }
        public String subject() { return "token:" + tokenId; }
        public Map<String, String> details() { return Map.of("user", Long.toString(userId), "scope", scope, "expires", expires); }
    }

    /** A personal API token was revoked. */
    public record ApiTokenRevoked(String actor, long userId, long tokenId) implements AuditableEvent {
        public String action() { return "identity.token.revoked"; }
        public String subject() { return "token:" + tokenId; }
        public Map<String, String> details() { return Map.of("user", Long.toString(userId)); }
    }

    /** A one-time set-up or invitation link was issued. */
    public record SetupLinkIssued(String actor, String purpose, String expires) implements AuditableEvent {
        public String action() { return "identity.setup-link.issued"; }
        public String subject() { return "setup:" + purpose; }
        public Map<String, String> details() { return Map.of("expires", expires); }
    }
}
