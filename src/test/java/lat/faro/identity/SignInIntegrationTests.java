package lat.faro.identity;

import static lat.faro.identity.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class SignInIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired MfaPolicies policies;

    @Test
    void signsInWithPasswordAndReachesTheAccountPage() throws Exception {
        String email = accounts.create(Grant.country(Role.ASSESSOR, "AR"));
        var session = new MockHttpSession();
        String before = session.getId();
        var result = TestAccounts.postPassword(mvc, session, email, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).as("session id changes at sign-in").isNotEqualTo(before);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        assertThat(accounts.find(email).lastSignInAt()).isNotNull();
    }

    @Test
    void wrongPasswordShowsTheGenericMessage() throws Exception {
        String email = accounts.create();
        var result = TestAccounts.postPassword(mvc, new MockHttpSession(), email, "not the password at all");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        mvc.perform(get("/login?error")).andExpect(content().string(containsString("Correo o contraseña incorrectos")));
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        String email = accounts.create();
        mvc.perform(post("/login").param("email", email).param("password", PASSWORD)).andExpect(status().isForbidden());
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String email = accounts.create();
        for (int i = 0; i < 5; i++) {
            TestAccounts.postPassword(mvc, new MockHttpSession(), email, "wrong password number " + i);
        }
        assertThat(accounts.find(email).isLocked(Instant.now())).isTrue();
        var session = new MockHttpSession();
        var result = TestAccounts.postPassword(mvc, session, email, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void enrolledUserMustGiveACodeAndHalfSignedInSessionsReachNothingElse() throws Exception {
        String email = accounts.create(Grant.country(Role.NATIONAL_COORDINATOR, "UY"));
        var session = TestAccounts.signIn(mvc, email);
        String secret = TestAccounts.secretOn(mvc, session, "/account/mfa");
        mvc.perform(post("/account/mfa").session(session).param("code", TestAccounts.codeNow(secret)).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/logout").session(session).with(csrf()));

        var second = new MockHttpSession();
        var result = TestAccounts.postPassword(mvc, second, email, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");
        mvc.perform(get("/account").session(second)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").session(second)).andExpect(status().isForbidden());

        mvc.perform(post("/login/mfa").session(second).param("code", "000000").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El código no es correcto")));
        mvc.perform(post("/login/mfa").session(second).param("code", TestAccounts.nextCode(secret)).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/account").session(second)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Activada")));
    }

    @Test
    void aCodeCannotBeUsedTwice() throws Exception {
        String email = accounts.create();
        var session = TestAccounts.signIn(mvc, email);
        String secret = TestAccounts.secretOn(mvc, session, "/account/mfa");
        String code = TestAccounts.codeNow(secret);
        mvc.perform(post("/account/mfa").session(session).param("code", code).with(csrf())).andExpect(redirectedUrl("/account"));
        assertThat(accounts.find(email).mfaSecret()).as("stored encrypted").startsWith("v1:").doesNotContain(secret);

        var again = new MockHttpSession();
        TestAccounts.postPassword(mvc, again, email, PASSWORD);
        mvc.perform(post("/login/mfa").session(again).param("code", code).with(csrf()))
                .andExpect(content().string(containsString("ya fue usado")));
    }

    @Test
    void aRoleThatRequiresMfaSendsItsMembersToEnrolFirst() throws Exception {
        policies.set(Role.REVIEWER, true);
        try {
            String email = accounts.create(Grant.programme(Role.REVIEWER));
            var session = new MockHttpSession();
            var result = TestAccounts.postPassword(mvc, session, email, PASSWORD);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/mfa/enrol");
            mvc.perform(get("/organisations/manage").session(session)).andExpect(status().isForbidden());
            String secret = TestAccounts.secretOn(mvc, session, "/login/mfa/enrol");
            mvc.perform(post("/login/mfa/enrol").session(session).param("code", TestAccounts.codeNow(secret)).with(csrf()))
                    .andExpect(redirectedUrl("/"));
            assertThat(accounts.find(email).mfaEnabled()).isTrue();
            mvc.perform(get("/account").session(session))
                    .andExpect(content().string(containsString("Su función exige la verificación en dos pasos")));
        } finally {
            policies.set(Role.REVIEWER, false);
        }
    }

    @Test
    void aLanguageChosenBeforeSigningInIsKeptAndRemembered() throws Exception {
        String email = accounts.create();
        var session = new MockHttpSession();
        mvc.perform(post("/language").session(session).param("lang", "fr").param("back", "/login").with(csrf()))
                .andExpect(redirectedUrl("/login"));

        var result = TestAccounts.postPassword(mvc, session, email, PASSWORD);

        assertThat(result.getResponse().getCookie("faro_lang").getValue()).isEqualTo("fr");
        assertThat(accounts.find(email).locale()).isEqualTo("fr");
    }

    @Test
    void theChosenLanguageIsRememberedAndAppliedAtTheNextSignIn() throws Exception {
        String email = accounts.create();
        var session = TestAccounts.signIn(mvc, email);
        mvc.perform(post("/language").session(session).param("lang", "pt").param("back", "/account").with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(cookie().value("faro_lang", "pt"));
        assertThat(accounts.find(email).locale()).isEqualTo("pt");
        var result = TestAccounts.postPassword(mvc, new MockHttpSession(), email, PASSWORD);
        assertThat(result.getResponse().getCookie("faro_lang").getValue()).isEqualTo("pt");
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        String email = accounts.create();
        var session = TestAccounts.signIn(mvc, email);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
    }
}
