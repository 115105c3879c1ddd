package lat.faro.identity;

import java.util.Locale;
import lat.faro.identity.IdentityEvents.PasswordChanged;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.LanguageChosen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person changes on their own account: password, name, language. */
@Service
class AccountSettings {

    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    AccountSettings(Users users, PasswordPolicy policy, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
    }

    @Transactional
    void changePassword(long userId, String current, String next, String confirm) {
        User user = users.findById(userId).orElseThrow();
        String hash = user.passwordHash();
        if (hash == null || !encoder.matches(current, hash)) {
            throw InvalidFieldException.invalid("current", "identity.password.currentWrong");
        }
        policy.violation(next, user.email()).ifPresent(code -> {
            throw InvalidFieldException.invalid("password", code, PasswordPolicy.MIN_LENGTH);
        });
        if (!next.equals(confirm)) {
            throw InvalidFieldException.invalid("confirm", "identity.password.mismatch");
        }
        user.setPasswordHash(encoder.encode(next));
        users.save(user);
        events.publishEvent(new PasswordChanged(user.email(), user.id()));
    }

    /** Remembers the language a signed-in person picked in the header switcher. */
    @EventListener
    @Transactional
    void on(LanguageChosen chosen) {
        users.findByEmail(User.normaliseEmail(chosen.userName())).ifPresent(u -> {
            u.setLocale(chosen.locale());
            users.save(u);
        });
    }

    @Transactional(readOnly = true)
    Locale locale(long userId) {
        return users.findById(userId).map(u -> Locale.forLanguageTag(u.locale())).orElse(Locale.forLanguageTag("es"));
    }

    /** The person's own profile as the account page shows it. */
    record Profile(String email, String displayName, String locale, boolean mfaEnabled, java.util.List<lat.faro.shared.security.Grant> grants) {}

    @Transactional(readOnly = true)
    Profile profile(long userId) {
        User u = users.findById(userId).orElseThrow();
        return new Profile(u.email(), u.displayName(), u.locale(), u.mfaEnabled(), java.util.List.copyOf(u.grants()));
    }

    @Transactional(readOnly = true)
    boolean isMfaEnabled(long userId) {
        return users.findById(userId).map(User::mfaEnabled).orElse(false);
    }
}
