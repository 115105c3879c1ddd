package lat.faro.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import lat.faro.audit.ThingHappened;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class AuditWebIntegrationTests {

    static final RequestPostProcessor ADMIN = user("admin@example.org").authorities(
            new SimpleGrantedAuthority(Grant.programme(Role.ADMIN).authority()), new SimpleGrantedAuthority("ROLE_ADMIN"));
    static final RequestPostProcessor PARTICIPANT = user("participant@example.org").authorities(
            new SimpleGrantedAuthority(Grant.programme(Role.PARTICIPANT).authority()),
            new SimpleGrantedAuthority("ROLE_PARTICIPANT"));
    static final RequestPostProcessor NATIONAL_COORDINATOR = user("coordinator@example.org").authorities(
            new SimpleGrantedAuthority(Grant.country(Role.NATIONAL_COORDINATOR, "UY").authority()),
            new SimpleGrantedAuthority("ROLE_NATIONAL_COORDINATOR"));
    static final RequestPostProcessor COUNTRY_ADMIN = user("country-admin@example.org").authorities(
            new SimpleGrantedAuthority(Grant.country(Role.ADMIN, "UY").authority()), new SimpleGrantedAuthority("ROLE_ADMIN"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    /** Records two events about a subject of its own, older first, and returns the subject. */
    String twoEntries() {
        String subject = "thing:" + UUID.randomUUID();
        record(new ThingHappened("test.web.created", "ana@example.org", subject, Map.of("name", "Plan <b>2027</b>")));
        record(new ThingHappened("test.web.published", "ben@example.org", subject));
        return subject;
    }

    void record(ThingHappened event) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where subject = ? and action = ?", Long.class,
                event.subject(), event.action()) == 1);
    }

    @Test
    void adminSeesTheEntriesNewestFirstInSpanish() throws Exception {
        String subject = twoEntries();

        String html = mvc.perform(get("/admin/audit").param("subject", subject).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Registro de auditoría</h1>")))
                .andExpect(content().string(containsString("<caption id=\"audit-caption\">Entradas 1 a 2 de 2, de la más reciente a la más antigua</caption>")))
                .andExpect(content().string(containsString("<th scope=\"col\">Acción</th>")))
                .andExpect(content().string(containsString("data-label=\"Acción\"><code>test.web.created</code>")))
                .andExpect(content().string(containsString("name: Plan &lt;b&gt;2027&lt;/b&gt;")))
                .andExpect(content().string(containsString("<label for=\"f-action\">Acción</label>")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("test.web.published")).isLessThan(html.indexOf("test.web.created"));
    }

    @Test
    void pageSpeaksThePersonsLanguage() throws Exception {
        mvc.perform(get("/admin/audit").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<h1>Audit trail</h1>")))
                .andExpect(content().string(containsString("Verify the chain")));
        mvc.perform(get("/admin/audit").with(ADMIN).header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("<h1>Journal d’audit</h1>")));
        mvc.perform(get("/admin/audit").with(ADMIN).header("Accept-Language", "pt-BR"))
                .andExpect(content().string(containsString("<h1>Trilha de auditoria</h1>")));
    }

    @Test
    void adminVerifiesTheChainFromThePage() throws Exception {
        twoEntries();

        mvc.perform(post("/admin/audit/verification").with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La cadena está intacta")))
                .andExpect(content().string(containsString("Todas coinciden con su huella y enlazan con la anterior.")));
        mvc.perform(post("/admin/audit/verification").with(ADMIN).with(csrf()).header("Accept-Language", "pt"))
                .andExpect(content().string(containsString("A cadeia está íntegra")));
    }

    @Test
    void verificationWithoutTheFormTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/audit/verification").with(ADMIN)).andExpect(status().isForbidden());
    }

    @Test
    void pagesLinkOnWithTheSameFilters() throws Exception {
        String subject = twoEntries();

        mvc.perform(get("/admin/audit").param("subject", subject).param("size", "1").with(ADMIN))
                .andExpect(content().string(containsString("Página 1 de 2")))
                .andExpect(content().string(containsString("test.web.published")))
                .andExpect(content().string(not(containsString("test.web.created"))))
                .andExpect(content().string(containsString("subject=" + subject + "&amp;size=1&amp;page=1")));
    }

    @Test
    void wrongFilterValuesAreShownBesideTheirFields() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "2026-02-30").param("size", "0").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revise los filtros")))
                .andExpect(content().string(containsString("<a href=\"#f-from\">Escriba una fecha válida con el formato AAAA-MM-DD.</a>")))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"f-from-error\">Escriba una fecha válida")))
                .andExpect(content().string(containsString(
                        "id=\"f-from\" name=\"from\" value=\"2026-02-30\" aria-invalid=\"true\" aria-describedby=\"f-from-hint f-from-error\"")))
                .andExpect(content().string(containsString("Las entradas por página deben ser entre 1 y 200.")))
                .andExpect(content().string(not(containsString("<table"))));
    }

    @Test
    void anonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/audit").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void participantCoordinatorAndCountryAdminAreRefusedThePage() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {PARTICIPANT, NATIONAL_COORDINATOR, COUNTRY_ADMIN}) {
            mvc.perform(get("/admin/audit").with(who)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/audit/verification").with(who).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void adminListsEntriesThroughTheApi() throws Exception {
        String subject = twoEntries();

        mvc.perform(get("/api/v1/audit").param("subject", subject).param("size", "200").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalEntries").value(2))
                .andExpect(jsonPath("$.size").value(200))
                .andExpect(jsonPath("$.entries[0].action").value("test.web.published"))
                .andExpect(jsonPath("$.entries[0].actor").value("ben@example.org"))
                .andExpect(jsonPath("$.entries[1].details.name").value("Plan <b>2027</b>"))
                .andExpect(jsonPath("$.entries[0].prevHash").value(
                        jdbc.queryForObject("select hash from audit_entry where subject = ? and action = 'test.web.created'",
                                String.class, subject)))
                .andExpect(jsonPath("$.entries[0].seq", greaterThan(1)));
        mvc.perform(get("/api/v1/audit").param("action", "test.web.pub").param("actor", "ben@example.org")
                        .param("subject", subject).with(ADMIN))
                .andExpect(jsonPath("$.totalEntries").value(1));
    }

    @Test
    void adminGetsTheVerificationThroughTheApiInTheirLanguage() throws Exception {
        twoEntries();

        mvc.perform(get("/api/v1/audit/verification").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.checkedEntries", greaterThan(1)))
                .andExpect(jsonPath("$.firstBrokenLink").doesNotExist())
                .andExpect(jsonPath("$.message", containsString("Each matches its fingerprint and links to the one before.")));
    }

    @Test
    void anonymousCallerGetsA401Problem() throws Exception {
        for (String path : new String[] {"/api/v1/audit", "/api/v1/audit/verification"}) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void participantCoordinatorAndCountryAdminGetA403Problem() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {PARTICIPANT, NATIONAL_COORDINATOR, COUNTRY_ADMIN}) {
            for (String path : new String[] {"/api/v1/audit", "/api/v1/audit/verification"}) {
                mvc.perform(get(path).with(who))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.status").value(403));
            }
        }
    }

    static Stream<Arguments> badFilters() {
        return Stream.of(
                Arguments.of("from", "2026-13-01", "from"),
                Arguments.of("to", "yesterday", "to"),
                Arguments.of("size", "0", "size"),
                Arguments.of("size", "10000", "size"),
                Arguments.of("page", "-1", "page"),
                Arguments.of("page", "abc", "page"),
                Arguments.of("action", "a".repeat(201), "action"),
                Arguments.of("actor", "a".repeat(321), "actor"),
                Arguments.of("subject", "s".repeat(501), "subject"));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @MethodSource("badFilters")
    void badFilterIsA400NamingTheParameter(String name, String value, String field) throws Exception {
        mvc.perform(get("/api/v1/audit").param(name, value).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail", containsString(field + ": ")));
    }

    @Test
    void dateRangeTheWrongWayRoundIsA400InTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("The \"to\" date cannot be before the \"from\" date."));
    }

    @Test
    void openApiDocumentDescribesTheAuditEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get.tags[0]").value("Audit"))
                .andExpect(jsonPath("$.paths['/api/v1/audit/verification'].get.summary").value("Verify the hash chain"))
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get.parameters[?(@.name == 'from')].schema.format").value("date"));
    }
}
