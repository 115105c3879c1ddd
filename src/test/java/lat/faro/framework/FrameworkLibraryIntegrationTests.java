package lat.faro.framework;

import static lat.faro.framework.TestFrameworks.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import lat.faro.audit.AuditQuery;
import lat.faro.audit.AuditTrail;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.test.DatabaseTest;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@SpringBootTest
@RecordApplicationEvents
class FrameworkLibraryIntegrationTests {

    @Autowired FrameworkLibrary library;
    @Autowired FrameworkFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired ApplicationEvents events;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    /** An id no other test uses, as the context and its database are shared between test classes. */
    static String newId() {
        return "test-model-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long rows(String id) {
        return jdbc.sql("select count(*) from framework_file where framework_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void listsTheShippedFrameworksAndTheirMapping() {
        var national2021 = new FrameworkRef("faro-national-2021", "1.0.0");
        var national2016 = new FrameworkRef("faro-national-2016", "1.0.0");

        assertThat(library.all()).extracting(Framework::ref).contains(national2016, national2021,
                new FrameworkRef("faro-egov-baseline-1", "1.0.0"));
        assertThat(library.all()).filteredOn(f -> f.ref().id().startsWith("faro-"))
                .allSatisfy(f -> assertThat(f.origin()).isEqualTo(Framework.Origin.SHIPPED));
        assertThat(library.get(national2021).dimensions()).hasSize(5);
        assertThat(library.latest("faro-national-2021")).map(Framework::ref).contains(national2021);
        assertThat(library.mapping(national2016, national2021)).isPresent();
        assertThat(library.find(new FrameworkRef("faro-national-2021", "9.9.9"))).isEmpty();
    }

    @Test
    void storesAValidUploadAsUploadedAndFindsIt() {
        String id = newId();
        String file = TestFrameworks.model(id, "1.0.0");

        Framework uploaded = library.upload(bytes(file), "admin@example.org");

        var ref = new FrameworkRef(id, "1.0.0");
        assertThat(uploaded.ref()).isEqualTo(ref);
        assertThat(uploaded.origin()).isEqualTo(Framework.Origin.UPLOADED);
        assertThat(library.find(ref)).contains(uploaded);
        assertThat(library.all()).extracting(Framework::ref).contains(ref);
        var row = jdbc.sql("select content, sha256, kind, uploaded_by from framework_file where framework_id = ? and version = ?")
                .params(id, "1.0.0")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        assertThat(row).containsExactly(file, DigestUtils.sha256Hex(bytes(file)), "maturity-model", "admin@example.org");
    }

    @Test
    void anotherInstanceReadsAnUploadedFrameworkBackFromTheDatabase() {
        String id = newId();
        library.upload(bytes(TestFrameworks.model(id, "1.0.0")), "admin@example.org");

        var freshInstance = new FrameworkLibrary(files, publisher, Optional.empty());

        Framework read = freshInstance.find(new FrameworkRef(id, "1.0.0")).orElseThrow();
        assertThat(read.origin()).isEqualTo(Framework.Origin.UPLOADED);
        assertThat(read.indicator("D1.1.1-3a").orElseThrow().text().in("fr")).isEqualTo("Il existe une stratégie.");
        assertThat(freshInstance.versions(id)).extracting(Framework::ref).containsExactly(read.ref());
    }

    @Test
    void anUploadWhoseTransactionFailsLeavesNothingBehindAndCanBeRepeated() {
        String id = newId();
        byte[] file = bytes(TestFrameworks.model(id, "1.0.0"));
        var failing = new FrameworkLibrary(files, event -> {
            throw new IllegalStateException("the event registry is down");
        }, Optional.empty());

        assertThatIllegalStateException().isThrownBy(() -> transactions.executeWithoutResult(status -> failing.upload(file, "admin@example.org")));

        assertThat(rows(id)).isZero();
        assertThat(failing.find(new FrameworkRef(id, "1.0.0"))).isEmpty();
        var working = new FrameworkLibrary(files, publisher, Optional.empty());
        transactions.executeWithoutResult(status -> working.upload(file, "admin@example.org"));
        assertThat(rows(id)).isEqualTo(1);
        assertThat(failing.find(new FrameworkRef(id, "1.0.0"))).isPresent();
    }

    @Test
    void uploadingTheSameFileAgainChangesNothing() {
        String id = newId();
        byte[] file = bytes(TestFrameworks.model(id, "1.0.0"));
        Framework first = library.upload(file, "admin@example.org");

        Framework again = library.upload(file, "other-admin@example.org");

        assertThat(again).isEqualTo(first);
        assertThat(rows(id)).isEqualTo(1);
        assertThat(events.stream(FrameworkUploaded.class).filter(e -> e.ref().id().equals(id))).hasSize(1);
    }

    @Test
    void refusesOtherContentUnderAStoredIdAndVersionAsAConflict() {
        String id = newId();
        String file = TestFrameworks.model(id, "1.0.0");
        library.upload(bytes(file), "admin@example.org");
        String other = file.replace("Hay ideas sueltas.", "Hay ideas dispersas.");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> library.upload(bytes(other), "admin@example.org"))
                .satisfies(e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.problems()).containsExactly(FieldProblem.at("version", "framework.problem.versionTaken", id + "@1.0.0"));
                });
        assertThat(rows(id)).isEqualTo(1);
        assertThat(library.get(new FrameworkRef(id, "1.0.0")).indicator("D1.1.1-1a").orElseThrow().text().in("es"))
                .isEqualTo("Hay ideas sueltas.");
    }

    @Test
    void refusesAChangedCopyOfAShippedFrameworkUnderItsVersion() {
        String changed = TestFrameworks.model("faro-national-2021", "1.0.0");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> library.upload(bytes(changed), "admin@example.org"))
                .satisfies(e -> assertThat(e.isConflict()).isTrue());
        assertThat(rows("faro-national-2021")).isZero();
        assertThat(library.get(new FrameworkRef("faro-national-2021", "1.0.0")).units()).hasSize(62);
    }

    @Test
    void storesNothingOfAnInvalidFile() {
        String id = newId();
        String file = TestFrameworks.model(id, "1.0.0").replace("stage: 5,", "stage: 6,");
        long before = jdbc.sql("select count(*) from framework_file").query(Long.class).single();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> library.upload(bytes(file), "admin@example.org"))
                .satisfies(e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.problems()).extracting(FieldProblem::code).contains("framework.problem.stage");
                });
        assertThat(jdbc.sql("select count(*) from framework_file").query(Long.class).single()).isEqualTo(before);
        assertThat(library.versions(id)).isEmpty();
    }

    @Test
    void ordersUploadedVersionsByNumber() {
        String id = newId();
        library.upload(bytes(TestFrameworks.model(id, "1.10.0")), "admin@example.org");
        library.upload(bytes(TestFrameworks.model(id, "1.9.0")), "admin@example.org");

        assertThat(library.versions(id)).extracting(f -> f.ref().version()).containsExactly("1.9.0", "1.10.0");
        assertThat(library.latest(id)).map(f -> f.ref().version()).contains("1.10.0");
        assertThat(library.latestOfEach()).filteredOn(f -> f.ref().id().equals(id))
                .extracting(f -> f.ref().version()).containsExactly("1.10.0");
    }

    @Test
    void anUploadReachesTheAuditTrail() {
        String id = newId();
        byte[] file = bytes(TestFrameworks.model(id, "1.0.0"));
        library.upload(file, "auditor-check@example.org");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var entries = trail.search(new AuditQuery("framework.", null, "framework:" + id + "@1.0.0", null, null, 0, 10)).entries();
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("framework.uploaded");
                assertThat(e.actor()).isEqualTo("auditor-check@example.org");
                assertThat(e.details()).containsEntry("sha256", DigestUtils.sha256Hex(file));
            });
        });
    }
}
