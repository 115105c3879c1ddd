package lat.faro.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lat.faro.shared.security.Grant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them: grants become authorities. */
final class FaroPrincipal implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mfaEnabled;
    private final String locale;
    private final List<GrantedAuthority> authorities;

    FaroPrincipal(User user, boolean locked) {
        this.userId = user.id();
        this.email = user.email();
        this.displayName = user.displayName();
        this.passwordHash = user.passwordHash();
        this.enabled = user.enabled();
        this.locked = locked;
        this.mfaEnabled = user.mfaEnabled();
        this.locale = user.locale();
        this.authorities = authoritiesOf(user.grants());
    }

    static List<GrantedAuthority> authoritiesOf(Collection<Grant> grants) {
        var list = new ArrayList<GrantedAuthority>();
        grants.stream().map(g -> g.role().authority()).distinct().forEach(a -> list.add(new SimpleGrantedAuthority(a)));
        grants.forEach(g -> list.add(new SimpleGrantedAuthority(g.authority())));
        return List.copyOf(list);
    }

    long userId() { return userId; }
    String displayName() { return displayName; }
    boolean mfaEnabled() { return mfaEnabled; }
    String locale() { return locale; }

    @Override public Collection<? extends GrantedAuthority> getAuthorities() { return authorities; }
    @Override public @Nullable String getPassword() { return passwordHash; }
    @Override public String getUsername() { return email; }
    @Override public boolean isAccountNonLocked() { return !locked; }
    @Override public boolean isEnabled() { return enabled && passwordHash != null; }
    @Override public void eraseCredentials() { passwordHash = null; }

    @Override
    public String toString() {
        return "FaroPrincipal[" + email + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaroPrincipal p && p.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }
}
