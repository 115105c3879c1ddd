package lat.faro.identity;

import lat.faro.identity.IdentityEvents.GrantRemoved;
import lat.faro.identity.IdentityEvents.UserStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of a person whose access was cut: account disabled, a role withdrawn,
 * or the second factor reset by an administrator. Their next request goes back to the sign-in page, so the change
 * takes effect at once rather than when the session would have timed out.
 */
@Component
class SessionTermination {

    private final SessionRegistry sessions;

    SessionTermination(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(UserStatusChanged event) {
        if ("disabled".equals(event.change())) {
            endSessionsOf(event.userId());
        }
    }

    @EventListener
    void on(GrantRemoved event) {
        endSessionsOf(event.userId());
    }

    int endSessionsOf(long userId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof FaroPrincipal p && p.userId() == userId) {
                for (var session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
