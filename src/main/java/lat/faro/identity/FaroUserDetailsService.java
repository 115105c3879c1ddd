package lat.faro.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a person by e-mail for the password step of sign-in. */
@Component
class FaroUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    FaroUserDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(User.normaliseEmail(email))
                .map(u -> new FaroPrincipal(u, u.isLocked(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
