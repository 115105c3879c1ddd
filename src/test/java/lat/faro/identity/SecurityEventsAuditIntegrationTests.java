package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import lat.faro.audit.AuditEntry;
import lat.faro.audit.AuditQuery;
import lat.faro.audit.AuditTrail;
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

/** The security events of a person's journey end up in the hash-chained audit trail. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class SecurityEventsAuditIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired AuditTrail trail;

    List<AuditEntry> entriesAbout(String actorOrSubject) {
        var byActor = trail.search(new AuditQuery(null, actorOrSubject, null, null, null, 0, 200)).entries();
        return byActor;
    }

    @Test
    void signInsEnrolmentGrantsAndTokensAreRecordedInAnIntactChain() throws Exception {
        String email = accounts.create();
        long id = accounts.find(email).id();
        TestAccounts.postPassword(mvc, new MockHttpSession(), email, "wrong password entirely");
        var session = TestAccounts.signIn(mvc, email);
        String secret = TestAccounts.secretOn(mvc, session, "/account/mfa");
        mvc.perform(post("/account/mfa").session(session).param("code", TestAccounts.codeNow(secret)).with(csrf()));
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "informe").param("days", "5"));

        var admin = TestAccounts.signIn(mvc, accounts.create(Grant.programme(Role.ADMIN)));
        mvc.perform(post("/admin/users/" + id + "/grants").session(admin).with(csrf())
                .param("role", "TRAINER").param("scopeKind", "COUNTRY").param("scopeValue", "CO"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var actions = entriesAbout(email).stream().map(AuditEntry::action).toList();
            assertThat(actions).contains("identity.sign-in.failed", "identity.sign-in.succeeded",
                    "identity.mfa.enrolled", "identity.token.created");
            var subjectEntries = trail.search(new AuditQuery("identity.grant", null, "user:" + id, null, null, 0, 50)).entries();
            assertThat(subjectEntries).extracting(AuditEntry::action).contains("identity.grant.added");
            assertThat(subjectEntries.getFirst().details()).containsEntry("grant", "GRANT:TRAINER:COUNTRY:CO");
        });
        var failed = entriesAbout(email).stream().filter(e -> e.action().equals("identity.sign-in.failed")).findFirst().orElseThrow();
        assertThat(failed.details()).containsEntry("reason", "password");
        assertThat(failed.details().toString()).doesNotContain("wrong password");
        assertThat(trail.verify().intact()).isTrue();
    }
}
