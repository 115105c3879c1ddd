package lat.faro.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.identity.IdentityEvents.GrantAdded;
import lat.faro.identity.IdentityEvents.GrantRemoved;
import lat.faro.identity.IdentityEvents.MfaPolicyChanged;
import lat.faro.identity.IdentityEvents.MfaRemoved;
import lat.faro.identity.IdentityEvents.UserCreated;
import lat.faro.identity.IdentityEvents.UserStatusChanged;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do to accounts: invite, grant and withdraw roles, lock out, reset. */
@Service
class UserAdministration {

    /** A user as the administration pages show them. */
    record UserRow(long id, String email, String displayName, String locale, boolean enabled, boolean mfaEnabled,
                   boolean locked, boolean hasPassword, Instant createdAt, @Nullable Instant lastSignInAt, List<Grant> grants) {}

    record UserPage(List<UserRow> items, long total, int page, int size) {
        /** Public because the users page calls it: SpEL sees no package-private method. */
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final Users users;
    private final MfaPolicies policies;
    private final SetupLinks links;
    private final ScopeCheck scopes;
    private final SessionTermination sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(Users users, MfaPolicies policies, SetupLinks links, ScopeCheck scopes, SessionTermination sessions,
                       ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.policies = policies;
        this.links = links;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    UserPage search(String query, @Nullable Role role, int page, int size) {
        String q = query.isBlank() ? "" : "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        String r = role == null ? "" : role.name();
        var items = users.search(q, r, size, (long) page * size).stream().map(this::row).toList();
        return new UserPage(items, users.countSearch(q, r), page, size);
    }

    @Transactional(readOnly = true)
    UserRow get(long id) {
        return users.findById(id).map(this::row).orElseThrow(() -> new NotFoundException("identity.user.notFound", id));
    }

    /** Creates the account and returns its one-time invitation link (the person sets the password). */
    @Transactional
    String invite(String email, String displayName, Locale locale, String actor) {
        String normalised = User.normaliseEmail(email);
        if (users.existsByEmail(normalised)) {
            throw InvalidFieldException.conflict("email", "identity.user.emailTaken");
        }
        User user = users.save(User.create(normalised, displayName, locale, clock.instant()));
        events.publishEvent(new UserCreated(actor, user.id(), user.email()));
        return links.issue(user.id(), actor);
    }

    /** A new invitation link for someone who has not set a password yet (or forgot it). */
    @Transactional
    String reinvite(long id, String actor) {
        User user = find(id);
        return links.issue(user.id(), actor);
    }

    @Transactional
    void addGrant(long id, Grant grant, String actor) {
        scopes.check(grant);
        User user = find(id);
        if (!user.addGrant(grant)) {
            throw InvalidFieldException.conflict("role", "identity.grant.exists");
        }
        users.save(user);
        events.publishEvent(new GrantAdded(actor, id, grant.authority()));
    }

    @Transactional
    void removeGrant(long id, Grant grant, String actor) {
        User user = find(id);
        if (grant.role() == Role.ADMIN && grant.kind() == lat.faro.shared.security.ScopeKind.PROGRAMME
                && users.countAdminGrants() <= 1 && user.grants().contains(grant)) {
            throw InvalidFieldException.invalid("role", "identity.grant.lastAdmin");
        }
        if (user.removeGrant(grant)) {
            users.save(user);
            events.publishEvent(new GrantRemoved(actor, id, grant.authority()));
        }
    }

    @Transactional
    void setEnabled(long id, boolean enabled, String actor) {
        User user = find(id);
        if (!enabled && user.email().equals(actor)) {
            throw InvalidFieldException.invalid("enabled", "identity.user.cannotDisableSelf");
        }
        user.setEnabled(enabled);
        users.save(user);
        events.publishEvent(new UserStatusChanged(actor, id, enabled ? "enabled" : "disabled"));
    }

    @Transactional
    void unlock(long id, String actor) {
        User user = find(id);
        user.unlock();
        users.save(user);
        events.publishEvent(new UserStatusChanged(actor, id, "unlocked"));
    }

    @Transactional
    void resetMfa(long id, String actor) {
        User user = find(id);
        user.resetMfa();
        users.save(user);
        events.publishEvent(new MfaRemoved(actor, id));
        sessions.endSessionsOf(id);
    }

    @Transactional(readOnly = true)
    Map<Role, Boolean> mfaPolicy() {
        return policies.all();
    }

    @Transactional
    void setMfaRequired(Role role, boolean required, String actor) {
        if (policies.all().get(role) != required) {
            policies.set(role, required);
            events.publishEvent(new MfaPolicyChanged(actor, role.name(), required));
        }
    }

    private User find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("identity.user.notFound", id));
    }

    private UserRow row(User u) {
        var grants = u.grants().stream()
                .sorted(Comparator.comparing(Grant::role).thenComparing(Grant::kind).thenComparing(Grant::value))
                .toList();
        return new UserRow(u.id(), u.email(), u.displayName(), u.locale(), u.enabled(), u.mfaEnabled(),
                u.isLocked(clock.instant()), u.passwordHash() != null, u.createdAt(), u.lastSignInAt(), grants);
    }
}
