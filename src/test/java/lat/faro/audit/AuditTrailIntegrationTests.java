package lat.faro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import lat.faro.audit.ChainVerification.BrokenLink;
import lat.faro.audit.ChainVerification.Reason;
import lat.faro.shared.AuditableEvent;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail end to end: events published in transactions, appended by the listener, verified,
 * and then tampered with through plain JDBC as an attacker with database access would. The
 * context is thrown away afterwards so that no other test sees the damage.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class AuditTrailIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditEntries entries;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void startFromAnEmptyTrail() {
        jdbc.update("delete from audit_entry");
        jdbc.update("update audit_head set last_seq = 0, last_hash = ? where id = 1", ChainLink.GENESIS);
    }

    @Test
    void eventsPublishedInATransactionLandInTheTrailAsAnIntactChain() {
        publish(new ThingHappened("identity.sign-in.succeeded", "ana@example.org", "user:1"),
                new ThingHappened("identity.grant.added", "ana@example.org", "user:2", Map.of("role", "ASSESSOR", "country", "UY")));
        publish(new ThingHappened("identity.token.revoked", "system", "token:9"));

        awaitEntries(3);

        // Listeners run asynchronously, so events of one transaction may land in any order.
        List<AuditEntry> newestFirst = trail.search(AuditQuery.all()).entries();
        assertThat(newestFirst).extracting(AuditEntry::seq).containsExactly(3L, 2L, 1L);
        assertThat(newestFirst).extracting(AuditEntry::action).containsExactlyInAnyOrder(
                "identity.token.revoked", "identity.grant.added", "identity.sign-in.succeeded");
        AuditEntry grant = newestFirst.stream().filter(e -> e.action().equals("identity.grant.added")).findFirst().orElseThrow();
        assertThat(grant.details()).isEqualTo(Map.of("role", "ASSESSOR", "country", "UY"));
        assertThat(grant.actor()).isEqualTo("ana@example.org");
        assertThat(grant.subject()).isEqualTo("user:2");
        assertThat(jdbc.queryForObject("select details from audit_entry where id = ?", String.class, grant.id()))
                .isEqualTo("{\"country\":\"UY\",\"role\":\"ASSESSOR\"}");
        assertThat(newestFirst.get(2).prevHash()).isEqualTo(ChainLink.GENESIS);
        assertThat(newestFirst.get(1).prevHash()).isEqualTo(newestFirst.get(2).hash());
        assertThat(newestFirst.get(0).prevHash()).isEqualTo(newestFirst.get(1).hash());
        assertThat(jdbc.queryForObject("select last_hash from audit_head", String.class)).isEqualTo(newestFirst.get(0).hash());

        assertThat(trail.verify()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.checkedEntries()).isEqualTo(3);
        });
        // The events went through the publication registry and were marked done.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%EventRecorder%' and completion_date is not null",
                Long.class)).isGreaterThanOrEqualTo(3));
    }

    @Test
    void eventsOfARolledBackTransactionAreNeverRecorded() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ThingHappened("test.rolled-back", "ana@example.org", "thing:1"));
            status.setRollbackOnly();
        });
        publish(new ThingHappened("test.committed", "ana@example.org", "thing:2"));

        awaitEntries(1);

        assertThat(trail.search(AuditQuery.all()).entries()).extracting(AuditEntry::action).containsExactly("test.committed");
    }

    @Test
    void eventCarryingItsTimeIsFiledUnderThatTime() {
        Instant then = Instant.parse("2020-05-05T10:15:30.123456789Z");
        publish(new ThingHappened("test.imported", "system", "thing:1", Map.of(), then));

        awaitEntries(1);

        AuditEntry entry = trail.search(AuditQuery.all()).entries().getFirst();
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2020-05-05T10:15:30.123456Z"));
        assertThat(entry.recordedAt()).isAfter(then);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void unusualTextIsStoredExactlyAsItWasHashed() {
        publish(new ThingHappened("test.ñandú", "josé.pérez@example.org", "thing:\u0000\uD83D\uDD12",
                Map.of("quote", "say \"hi\"\nnew line\\", "emoji", "\uD83C\uDF0E", "lone", "\uDC00")));

        awaitEntries(1);

        assertThat(trail.verify().intact()).isTrue();
        AuditEntry entry = trail.search(AuditQuery.all()).entries().getFirst();
        assertThat(entry.subject()).isEqualTo("thing:\uFFFD\uD83D\uDD12");
        assertThat(entry.details()).containsEntry("quote", "say \"hi\"\nnew line\\").containsEntry("lone", "\uFFFD");
    }

    @Test
    void alteringAnEntrysActorIsReportedAtThatEntry() {
        publishEach(3);
        long id = jdbc.queryForObject("select id from audit_entry where seq = 2", Long.class);

        jdbc.update("update audit_entry set actor = 'mallory@example.org' where seq = 2");

        ChainVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink()).isEqualTo(new BrokenLink(2, id, Reason.HASH_MISMATCH));
        assertThat(result.checkedEntries()).isEqualTo(1);
    }

    @Test
    void pageAndApiNameTheBrokenLinkInThePersonsLanguage() throws Exception {
        publishEach(3);
        long id = jdbc.queryForObject("select id from audit_entry where seq = 2", Long.class);
        jdbc.update("update audit_entry set subject = 'thing:99' where seq = 2");
        var admin = user("admin@example.org").authorities(
                new SimpleGrantedAuthority(Grant.programme(Role.ADMIN).authority()), new SimpleGrantedAuthority("ROLE_ADMIN"));

        mvc.perform(get("/api/v1/audit/verification").with(admin).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.checkedEntries").value(1))
                .andExpect(jsonPath("$.firstBrokenLink.seq").value(2))
                .andExpect(jsonPath("$.firstBrokenLink.entryId").value(id))
                .andExpect(jsonPath("$.firstBrokenLink.reason").value("HASH_MISMATCH"))
                .andExpect(jsonPath("$.message").value("Entry no. 2 (id " + id
                        + ") has been altered: its content no longer matches its fingerprint. Sound entries before it: 1."));
        mvc.perform(post("/admin/audit/verification").with(admin).with(csrf()))
                .andExpect(content().string(containsString("<h2>La cadena está rota</h2>")))
                .andExpect(content().string(containsString("La entrada n.º 2 (id " + id + ") fue modificada")));

        jdbc.update("delete from audit_entry where seq = 3");
        mvc.perform(get("/api/v1/audit/verification").with(admin).header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.firstBrokenLink.seq").value(2))
                .andExpect(jsonPath("$.message", containsString("L’entrée nº 2")));
    }

    @Test
    void deletingAMiddleEntryIsReportedAsTheGap() {
        publishEach(4);

        jdbc.update("delete from audit_entry where seq = 3");

        ChainVerification result = trail.verify();
        assertThat(result.firstBrokenLink()).isEqualTo(new BrokenLink(3, null, Reason.MISSING_SEQ));
        assertThat(result.checkedEntries()).isEqualTo(2);
    }

    @Test
    void deletingTheLastEntryIsDetected() {
        publishEach(3);

        jdbc.update("delete from audit_entry where seq = 3");

        assertThat(trail.verify().firstBrokenLink()).isEqualTo(new BrokenLink(3, null, Reason.HEAD_MISMATCH));
    }

    @Test
    void renumberingEntriesToHideADeletionBreaksTheLink() {
        publishEach(4);
        long id = jdbc.queryForObject("select id from audit_entry where seq = 3", Long.class);

        jdbc.update("delete from audit_entry where seq = 2");
        jdbc.update("update audit_entry set seq = 2 where seq = 3");
        jdbc.update("update audit_entry set seq = 3 where seq = 4");

        assertThat(trail.verify().firstBrokenLink()).isEqualTo(new BrokenLink(2, id, Reason.HASH_MISMATCH));
    }

    @Test
    void verificationReadsTheTrailInChunksAndStillFindsTheBreak() {
        publishEach(20);
        var smallChunks = new AuditTrail(entries, Clock.systemUTC(), 7);
        assertThat(smallChunks.verify().checkedEntries()).isEqualTo(20);

        jdbc.update("update audit_entry set details = '{}' where seq = 15");

        assertThat(smallChunks.verify().firstBrokenLink().seq()).isEqualTo(15);
    }

    @Test
    void concurrentPublishersStillWriteOneLinearChain() throws Exception {
        var tasks = new ArrayList<Callable<Void>>();
        for (int thread = 0; thread < 4; thread++) {
            int t = thread;
            tasks.add(() -> {
                for (int i = t; i < 50; i += 4) {
                    publish(new ThingHappened("test.concurrent", "thread-" + t + "@example.org", "thing:" + i));
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        }

        awaitEntries(50);

        assertThat(jdbc.queryForList("select seq from audit_entry order by seq", Long.class))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(jdbc.queryForObject("select count(distinct subject) from audit_entry", Long.class)).isEqualTo(50);
        assertThat(trail.verify()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.checkedEntries()).isEqualTo(50);
        });
    }

    @Test
    void searchFiltersByActionPrefixActorSubjectAndDay() {
        record(new ThingHappened("identity.sign-in.failed", "eve@example.org", "user:7"));
        record(new ThingHappened("identity.sign-in.succeeded", "ana@example.org", "user:1"));
        record(new ThingHappened("identity_sign", "ana@example.org", "user:1"));
        record(new ThingHappened("directory.country.joined", "ana@example.org", "country:GT", Map.of(),
                Instant.parse("2020-05-05T23:59:59Z")));

        assertThat(actions(new AuditQuery("identity.sign-in", null, null, null, null, 0, 50)))
                .containsExactly("identity.sign-in.succeeded", "identity.sign-in.failed");
        assertThat(actions(new AuditQuery("identity_", null, null, null, null, 0, 50))).containsExactly("identity_sign");
        assertThat(actions(new AuditQuery(null, "eve@example.org", null, null, null, 0, 50)))
                .containsExactly("identity.sign-in.failed");
        assertThat(actions(new AuditQuery(" identity ", "ana@example.org", "user:1", null, null, 0, 50)))
                .containsExactly("identity_sign", "identity.sign-in.succeeded");
        LocalDate day = LocalDate.of(2020, 5, 5);
        assertThat(actions(new AuditQuery(null, null, null, day, day, 0, 50))).containsExactly("directory.country.joined");
        assertThat(actions(new AuditQuery(null, null, null, day.plusDays(1), null, 0, 50))).hasSize(3);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(actions(new AuditQuery(null, null, null, null, today.minusDays(1), 0, 50))).hasSize(1);

        AuditPage second = trail.search(new AuditQuery(null, null, null, null, null, 1, 3));
        assertThat(second.entries()).extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(second.totalEntries()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
    }

    private List<String> actions(AuditQuery query) {
        return trail.search(query).entries().stream().map(AuditEntry::action).toList();
    }

    private void publishEach(int n) {
        for (int i = 1; i <= n; i++) {
            publish(new ThingHappened("test.happened", "ana@example.org", "thing:" + i, Map.of("n", Integer.toString(i))));
        }
        awaitEntries(n);
    }

    /** Publishes one event and waits until it is in the trail, so that entries land in this order. */
    private void record(AuditableEvent event) {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        publish(event);
        awaitEntries(before + 1);
    }

    private void publish(AuditableEvent... published) {
        transactions.executeWithoutResult(status -> {
            for (AuditableEvent event : published) {
                events.publishEvent(event);
            }
        });
    }

    private void awaitEntries(long n) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(n));
    }
}
