package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class ApiTokenIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TokenManagement tokens;
    @Autowired ApiTokens repository;

    @Test
    void aTokenCreatedOnTheAccountPageIsShownOnceAndActsAsItsOwner() throws Exception {
        String email = accounts.create(Grant.country(Role.NATIONAL_COORDINATOR, "CO"));
        var session = TestAccounts.signIn(mvc, email);
        var created = mvc.perform(post("/account/tokens").session(session).with(csrf())
                        .param("name", "script de carga").param("days", "30"))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/account#tokens");
        Object flash = created.getFlashMap().get("createdToken");
        String secret = ((TokenManagement.CreatedToken) flash).secret();
        assertThat(secret).startsWith("faro_");
        assertThat(repository.findAll()).noneMatch(t -> t.tokenPrefix().equals(secret));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.grants[0].role").value("NATIONAL_COORDINATOR"))
                .andExpect(jsonPath("$.grants[0].value").value("CO"));
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString("script de carga")));
    }

    @Test
    void aReadOnlyTokenCannotChangeAnything() throws Exception {
        String email = accounts.create(Grant.programme(Role.ADMIN));
        var token = tokens.create(accounts.find(email).id(), "lectura", false, 10);
        mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("solo permite lecturas")));
    }

    @Test
    void revokedExpiredAndForgedTokensAreAnswered401WithAProblem() throws Exception {
        String email = accounts.create();
        long userId = accounts.find(email).id();
        var revoked = tokens.create(userId, "revocado", true, 10);
        tokens.revoke(userId, revoked.id(), email);
        var expired = tokens.create(userId, "vencido", true, 1);
        var row = repository.findById(expired.id()).orElseThrow();
        repository.save(new ApiToken(row.id(), row.userId(), row.name(), lat.faro.identity.Hashes.sha256(expired.secret()),
                row.tokenPrefix(), true, row.createdAt(), Instant.now().minusSeconds(1), null, null));
        for (String secret : new String[] {revoked.secret(), expired.secret(), "faro_forged", "not-even-a-token", "x".repeat(5000)}) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void anonymousApiCallsGet401ProblemNotTheSignInPage() throws Exception {
        mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Se requiere autenticación"));
    }

    @Test
    void tokenLifetimeIsBounded() throws Exception {
        String email = accounts.create();
        var session = TestAccounts.signIn(mvc, email);
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "x").param("days", "400"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Escriba un número entre 1 y 365")));
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "").param("days", "3"))
                .andExpect(content().string(containsString("href=\"#name\"")));
        assertThat(tokens.list(accounts.find(email).id())).isEmpty();
    }
}
