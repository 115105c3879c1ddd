package lat.faro.identity;

import java.util.List;
import lat.faro.shared.security.Access;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A session that passed the password but still owes the second factor (or must enrol one). It
 * carries only {@link Access#MFA_PENDING}, so it reaches nothing but the second-factor pages.
 */
final class MfaPendingAuthentication extends AbstractAuthenticationToken {

    private final Authentication passwordAuthentication;
    private final SignIns.NextStep step;

    MfaPendingAuthentication(Authentication passwordAuthentication, SignIns.NextStep step) {
        super(List.of(new SimpleGrantedAuthority(Access.MFA_PENDING)));
        this.passwordAuthentication = passwordAuthentication;
        this.step = step;
        setAuthenticated(true);
    }

    Authentication passwordAuthentication() {
        return passwordAuthentication;
    }

    SignIns.NextStep step() {
        return step;
    }

    FaroPrincipal principal() {
        return (FaroPrincipal) passwordAuthentication.getPrincipal();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return passwordAuthentication.getPrincipal();
    }

    @Override
    public String getName() {
        return passwordAuthentication.getName();
    }
}
