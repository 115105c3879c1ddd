package lat.faro.assessment;

import static lat.faro.assessment.Acting.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
@SpringBootTest
class AssessmentMigrationIntegrationTests {

    static final FrameworkRef V1 = new FrameworkRef("test-migration", "1.0.0");
    static final FrameworkRef V11 = new FrameworkRef("test-migration", "1.1.0");

    @Autowired FrameworkLibrary library;
    @Autowired AssessmentManagement management;
    @Autowired AssessmentMigration migration;

    @BeforeEach
    void loadBothVersions() throws IOException {
        for (String file : new String[] {"test-migration-1.0.0.yaml", "test-migration-1.1.0.yaml"}) {
            try (InputStream in = getClass().getResourceAsStream("/frameworks-test/" + file)) {
                library.upload(in.readAllBytes(), "admin@test.faro.lat");
            }
        }
    }

    AssessmentView draftWith(String... met) {
        long round = as("coord@test", Acting.coordinator(), () -> management.createRound(
                new RoundDraft("Migración " + UUID.randomUUID(), RoundKind.NATIONAL, V1, null, null, null))).id();
        AssessmentView a = as("nc@test", Acting.national("AR"), () -> management.start(round, "AR", null, false));
        for (String indicator : met) {
            as("nc@test", Acting.national("AR"), () -> management.judge(a.id(), indicator,
                    new JudgementInput(Outcome.MET, null, null, null, null)));
        }
        return a;
    }

    @Test
    void aNewerVersionNeverChangesAnAssessmentUntilAnAdminMovesItAfterAPreview() {
        AssessmentView a = draftWith("T1.1-2a", "T1.1-2b", "T1.1-3a", "T1.1-3b");
        assertThat(as("nc@test", Acting.national("AR"), () -> management.score(a.id()).unitsById().get("T1.1").stage())).isEqualTo(3);
        assertThat(as("nc@test", Acting.national("AR"), () -> management.assessment(a.id()).framework())).isEqualTo(V1);

        MigrationPreview preview = as("admin@test", Acting.admin(), () -> migration.preview(a.id(), V11));
        assertThat(preview.carried()).containsExactlyInAnyOrder("T1.1-2a", "T1.1-2b", "T1.1-3a");
        assertThat(preview.dropped()).containsExactly("T1.1-3b");
        assertThat(preview.added()).contains("T1.1-3c", "T1.2-1a").doesNotContain("T1.1-2a");
        // T1.1 falls back to formative: 3c is new and unanswered; T1.2 appears at start-up.
        assertThat(preview.stageChanges()).containsExactlyInAnyOrder(new MigrationPreview.StageChange("T1.1", 3, 2),
                new MigrationPreview.StageChange("T1.2", 0, 1));
        // The preview changed nothing.
        assertThat(as("nc@test", Acting.national("AR"), () -> management.judgements(a.id()))).containsKey("T1.1-3b");

        as("admin@test", Acting.admin(), () -> migration.migrate(a.id(), V11, a.version()));
        AssessmentView moved = as("nc@test", Acting.national("AR"), () -> management.assessment(a.id()));
        assertThat(moved.framework()).isEqualTo(V11);
        assertThat(as("nc@test", Acting.national("AR"), () -> management.judgements(a.id()))).doesNotContainKey("T1.1-3b")
                .containsKey("T1.1-3a");
        assertThat(as("nc@test", Acting.national("AR"), () -> management.score(a.id()).unitsById().get("T1.1").stage())).isEqualTo(2);
    }

    @Test
    void onlyAnAdminMayMoveAndOnlyToANewerVersionWithAFreshPreview() {
        AssessmentView a = draftWith("T1.1-2a");
        assertThatThrownBy(() -> as("coord@test", Acting.coordinator(), () -> migration.preview(a.id(), V11)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("nc@test", Acting.national("AR"), () -> migration.migrate(a.id(), V11, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin@test", Acting.admin(), () -> migration.preview(a.id(), V1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("target"));
        assertThatThrownBy(() -> as("admin@test", Acting.admin(),
                () -> migration.preview(a.id(), new FrameworkRef("faro-national-2021", "1.0.0"))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("target"));
        // Someone judged an indicator the move would drop after the admin read the preview: refused.
        MigrationPreview seen = as("admin@test", Acting.admin(), () -> migration.preview(a.id(), V11));
        as("nc@test", Acting.national("AR"), () -> management.judge(a.id(), "T1.1-3b", new JudgementInput(Outcome.MET, null, null, null, null)));
        assertThatThrownBy(() -> as("admin@test", Acting.admin(), () -> migration.migrate(a.id(), V11, a.version(), seen.dropped())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.isConflict()).isTrue());
        long stale = a.version();
        as("nc@test", Acting.national("AR"), () -> management.transition(a.id(), Transition.SUBMIT, null, null));
        assertThatThrownBy(() -> as("admin@test", Acting.admin(), () -> migration.migrate(a.id(), V11, stale)))
                .isInstanceOf(InvalidFieldException.class);
    }
}
