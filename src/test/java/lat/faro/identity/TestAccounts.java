package lat.faro.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import lat.faro.shared.security.Grant;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Creates throw-away accounts and drives the sign-in pages the way a browser would. */
@Component
class TestAccounts {

    static final String PASSWORD = "una frase larga para las pruebas";
    private static final Pattern SECRET = Pattern.compile("id=\"mfa-secret\">([A-Z2-7 ]+)<");

    private final Users users;
    private final PasswordEncoder encoder;
    private final String hash;

    TestAccounts(Users users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
        this.hash = encoder.encode(PASSWORD);
    }

    /** A new enabled account with the password {@link #PASSWORD} and the given grants. */
    String create(Grant... grants) {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        User user = User.create(email, "Test " + email, Locale.forLanguageTag("es"), Instant.now());
        user.setPasswordHash(hash);
        for (Grant g : grants) {
            user.addGrant(g);
        }
        users.save(user);
        return email;
    }

    User find(String email) {
        return users.findByEmail(email).orElseThrow();
    }

    static MvcResult postPassword(MockMvc mvc, MockHttpSession session, String email, String password) throws Exception {
        return mvc.perform(post("/login").session(session).param("email", email).param("password", password).with(csrf()))
                .andReturn();
    }

    /** Signs in with the password only; returns the session (which may still owe a second factor). */
    static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
        var session = new MockHttpSession();
        postPassword(mvc, session, email, PASSWORD);
        return session;
    }

    /** Reads the Base32 secret shown on an enrolment page. */
    static String secretOn(MockMvc mvc, MockHttpSession session, String path) throws Exception {
        String html = mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
        var m = SECRET.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no secret on " + path + ":\n" + html);
        }
        return m.group(1).replace(" ", "");
    }

    static String codeNow(String secret) {
        return Totp.code(secret, Totp.step(Instant.now()));
    }

    /** The code of the next 30-second step: accepted (clock drift) and not yet used by {@link #codeNow}. */
    static String nextCode(String secret) {
        return Totp.code(secret, Totp.step(Instant.now()) + 1);
    }
}
