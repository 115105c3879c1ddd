package lat.faro.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The fully signed-in person of the current request. */
final class CurrentUser {

    private CurrentUser() {}

    static FaroPrincipal get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && !(auth instanceof MfaPendingAuthentication) && auth.getPrincipal() instanceof FaroPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("not signed in");
    }
}
