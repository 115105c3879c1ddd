package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class AdminUsersIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Users users;

    MockHttpSession admin() throws Exception {
        return TestAccounts.signIn(mvc, accounts.create(Grant.programme(Role.ADMIN)));
    }

    @Test
    void anAdministratorInvitesSomeoneWhoThenChoosesAPassword() throws Exception {
        var session = admin();
        var page = mvc.perform(post("/admin/users/new").session(session).with(csrf())
                        .param("email", "Nueva.Persona@Mintic.example").param("displayName", "Nueva Persona").param("locale", "pt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nueva.persona@mintic.example")))
                .andReturn().getResponse().getContentAsString();
        String link = page.replaceAll("(?s).*id=\"invitation-link\">([^<]+)<.*", "$1");
        assertThat(link).contains("/setup/");
        var invited = users.findByEmail("nueva.persona@mintic.example").orElseThrow();
        assertThat(invited.passwordHash()).isNull();
        assertThat(invited.locale()).isEqualTo("pt");

        String path = link.substring(link.indexOf("/setup/"));
        mvc.perform(post(path).with(csrf()).param("password", "contraseña segura de la nueva").param("confirm", "contraseña segura de la nueva"))
                .andExpect(redirectedUrl("/login?ready"));
        var result = TestAccounts.postPassword(mvc, new MockHttpSession(), "nueva.persona@mintic.example", "contraseña segura de la nueva");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void usersPageListsTheAccountsWithTheirCount() throws Exception {
        var session = admin();
        String someone = accounts.create();
        mvc.perform(get("/admin/users").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(someone)))
                .andExpect(content().string(containsString("</html>")));
        mvc.perform(get("/admin/users").param("q", someone).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 usuario")));
    }

    @Test
    void invitationFormNamesEveryBadField() throws Exception {
        var session = admin();
        String existing = accounts.create();
        mvc.perform(post("/admin/users/new").session(session).with(csrf())
                        .param("email", existing).param("displayName", "x".repeat(201)).param("locale", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puede tener como máximo 200 caracteres")))
                .andExpect(content().string(containsString("href=\"#locale\"")));
        mvc.perform(post("/admin/users/new").session(session).with(csrf())
                        .param("email", existing.toUpperCase()).param("displayName", "Duplicada").param("locale", "es"))
                .andExpect(content().string(containsString("Ya existe una cuenta con ese correo")));
        mvc.perform(post("/admin/users/new").session(session).with(csrf())
                        .param("email", "<script>alert(1)</script>").param("displayName", "X").param("locale", "es"))
                .andExpect(content().string(containsString("Escriba una dirección de correo válida")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
    }

    @Test
    void grantsAreAddedAndRemovedAndTheLastAdministratorStays() throws Exception {
        var session = admin();
        String email = accounts.create();
        long id = accounts.find(email).id();
        mvc.perform(post("/admin/users/" + id + "/grants").session(session).with(csrf())
                        .param("role", "NATIONAL_coordinator").param("scopeKind", "COUNTRY").param("scopeValue", "ar"))
                .andExpect(status().isOk()); // unknown enum constant: the form comes back with the error
        mvc.perform(post("/admin/users/" + id + "/grants").session(session).with(csrf())
                        .param("role", "NATIONAL_COORDINATOR").param("scopeKind", "COUNTRY").param("scopeValue", "ar"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(accounts.find(email).grants()).containsExactly(Grant.country(Role.NATIONAL_COORDINATOR, "AR"));
        mvc.perform(post("/admin/users/" + id + "/grants").session(session).with(csrf())
                        .param("role", "ASSESSOR").param("scopeKind", "COUNTRY").param("scopeValue", "ARG"))
                .andExpect(content().string(containsString("no es un Estado miembro")));
        mvc.perform(post("/admin/users/" + id + "/grants/remove").session(session).with(csrf())
                        .param("grant", Grant.country(Role.NATIONAL_COORDINATOR, "AR").authority()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(accounts.find(email).grants()).isEmpty();
    }

    @Test
    void anAdministratorCanUnlockDisableAndResetAnAccount() throws Exception {
        var session = admin();
        String email = accounts.create();
        long id = accounts.find(email).id();
        for (int i = 0; i < 5; i++) {
            TestAccounts.postPassword(mvc, new MockHttpSession(), email, "wrong " + i);
        }
        mvc.perform(get("/admin/users/" + id).session(session)).andExpect(content().string(containsString("Bloqueada temporalmente")));
        mvc.perform(post("/admin/users/" + id + "/status").session(session).with(csrf()).param("action", "unlock"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(TestAccounts.postPassword(mvc, new MockHttpSession(), email, TestAccounts.PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(post("/admin/users/" + id + "/status").session(session).with(csrf()).param("action", "disable"));
        assertThat(TestAccounts.postPassword(mvc, new MockHttpSession(), email, TestAccounts.PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void disablingAnAccountOrWithdrawingARoleEndsThePersonsOpenSessionsAtOnce() throws Exception {
        var admin = admin();
        String email = accounts.create(Grant.country(Role.NATIONAL_COORDINATOR, "AR"));
        long id = accounts.find(email).id();
        var theirs = TestAccounts.signIn(mvc, email);
        mvc.perform(get("/organisations/manage").session(theirs)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + id + "/grants/remove").session(admin).with(csrf())
                .param("grant", Grant.country(Role.NATIONAL_COORDINATOR, "AR").authority()));
        mvc.perform(get("/organisations/manage").session(theirs)).andExpect(redirectedUrl("/login?expired"));

        var again = TestAccounts.signIn(mvc, email);
        mvc.perform(get("/account").session(again)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + id + "/status").session(admin).with(csrf()).param("action", "disable"));
        mvc.perform(get("/account").session(again)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login?expired")).andExpect(content().string(containsString("Su sesión terminó")));
        mvc.perform(get("/admin/users").session(admin)).andExpect(status().isOk());
    }

    @Test
    void onlyProgrammeWideAdministratorsReachTheAdministrationPages() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/admin/users"), get("/admin/users/new"), get("/admin/users/1"), get("/admin/security"),
                post("/admin/users/new").with(csrf()).param("email", "x@example.org").param("displayName", "X").param("locale", "es"),
                post("/admin/users/1/grants").with(csrf()).param("role", "ADMIN").param("scopeKind", "PROGRAMME"),
                post("/admin/users/1/status").with(csrf()).param("action", "disable"),
                post("/admin/security").with(csrf()).param("mfa_ADMIN", "on"));
        var sessions = List.of(
                TestAccounts.signIn(mvc, accounts.create(Grant.country(Role.PARTICIPANT, "GT"))),
                TestAccounts.signIn(mvc, accounts.create(Grant.country(Role.NATIONAL_COORDINATOR, "MX"))),
                TestAccounts.signIn(mvc, accounts.create(Grant.country(Role.ADMIN, "AR"))));
        long usersBefore = users.count();
        for (var request : requests) {
            mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
            for (var session : sessions) {
                mvc.perform(request.session(session)).andExpect(status().isForbidden());
            }
        }
        assertThat(users.count()).isEqualTo(usersBefore);
    }
}
