package lat.faro.assessment;

import static lat.faro.assessment.Acting.as;
import static lat.faro.assessment.Acting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import lat.faro.audit.AuditQuery;
import lat.faro.audit.AuditTrail;
import lat.faro.framework.FrameworkRef;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
@SpringBootTest
class AssessmentWorkflowIntegrationTests {

    static final FrameworkRef MODEL = new FrameworkRef("faro-national-2021", "1.0.0");
    static final String NC_AR = "nc.ar@test.faro.lat";

    @Autowired AssessmentManagement management;
    @Autowired AuditTrail audit;

    long newRound() {
        return as("coord@test.faro.lat", Acting.coordinator(), () -> management.createRound(new RoundDraft(
                "Ronda " + UUID.randomUUID(), RoundKind.NATIONAL, MODEL, "egov-cybersecurity", LocalDate.of(2026, 1, 1),
                null))).id();
    }

    AssessmentView startAr(long round) {
        return as(NC_AR, Acting.national("AR"), () -> management.start(round, "AR", null, false));
    }

    JudgementView judge(long id, String indicator, Outcome outcome, Long version) {
        return as(NC_AR, Acting.national("AR"), () -> management.judge(id, indicator,
                new JudgementInput(outcome, null, "motivo", outcome == Outcome.NOT_APPLICABLE ? "no aplica aquí" : null, version)));
    }

    @Test
    void walksFromDraftToPublishedWithWhoMayTakeEachStep() {
        long round = newRound();
        AssessmentView a = startAr(round);
        assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
        judge(a.id(), "D1.1.1-2a", Outcome.MET, null);

        // A reviewer may not send a draft on, nor even see it.
        assertThatThrownBy(() -> as("rev@test.faro.lat", Acting.reviewer(),
                () -> management.transition(a.id(), Transition.SUBMIT, null, null))).isInstanceOf(NotFoundException.class);
        AssessmentView submitted = as(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.SUBMIT, null, null));
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.IN_REVIEW);

        // In review nothing can be edited, and publishing now is out of order (409) for programme staff.
        assertThatThrownBy(() -> judge(a.id(), "D1.1.1-2b", Outcome.MET, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.isConflict()).isTrue());
        assertThatThrownBy(() -> as("coord@test.faro.lat", Acting.coordinator(),
                () -> management.transition(a.id(), Transition.PUBLISH, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.args()).containsExactly("IN_REVIEW", "PUBLISH");
                });
        // The reviewer sees it now; returning needs a note; the country's assessor cannot validate.
        assertThat(as("rev@test.faro.lat", Acting.reviewer(), () -> management.assessment(a.id()).status()))
                .isEqualTo(AssessmentStatus.IN_REVIEW);
        assertThatThrownBy(() -> as("rev@test.faro.lat", Acting.reviewer(),
                () -> management.transition(a.id(), Transition.RETURN, " ", null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> as("ev.ar@test.faro.lat", Acting.assessor("AR"),
                () -> management.transition(a.id(), Transition.VALIDATE, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"),
                () -> management.transition(a.id(), Transition.PUBLISH, null, null))).isInstanceOf(AccessDeniedException.class);

        as(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.VALIDATE, null, null));
        AssessmentView published = as("coord@test.faro.lat", Acting.coordinator(),
                () -> management.transition(a.id(), Transition.PUBLISH, null, null));
        assertThat(published.status()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(as("coord@test.faro.lat", Acting.coordinator(), () -> management.history(a.id())))
                .extracting(TransitionView::to).containsExactly(AssessmentStatus.DRAFT, AssessmentStatus.IN_REVIEW,
                        AssessmentStatus.VALIDATED, AssessmentStatus.PUBLISHED);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                audit.search(new AuditQuery("assessment.", null, "assessment:" + a.id(), null, null, 0, 50)).entries())
                .extracting(e -> e.action())
                .contains("assessment.started", "assessment.judgement.recorded", "assessment.submitted",
                        "assessment.validated", "assessment.published"));
    }

    @Test
    void aCoordinatorOfAnotherCountryNeverSeesTheDraftButEveryoneSeesItPublished() {
        long round = newRound();
        AssessmentView a = startAr(round);
        assertThatThrownBy(() -> as("nc.mx@test.faro.lat", Acting.national("MX"), () -> management.assessment(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("nc.mx@test.faro.lat", Acting.national("MX"),
                () -> management.judge(a.id(), "D1.1.1-2a", new JudgementInput(Outcome.MET, null, null, null, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("nc.mx@test.faro.lat", Acting.national("MX"), () -> management.assessmentsIn(round))).isEmpty();
        // Refused before anything about AR's assessment is looked at: nothing leaks through a conflict.
        assertThatThrownBy(() -> as("nc.mx@test.faro.lat", Acting.national("MX"), () -> management.start(round, "AR", null, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> startAr(round))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.isConflict()).isTrue());
        assertThatThrownBy(() -> as("nc.mx@test.faro.lat", Acting.national("MX"), () -> management.start(round, "CL", null, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecondOfTwoSavesOfOneJudgementGetsTheCurrentValueAndOverwritesNothing() {
        AssessmentView a = startAr(newRound());
        JudgementView first = judge(a.id(), "D1.1.1-2a", Outcome.MET, null);
        assertThat(first.version()).isZero();
        JudgementView second = judge(a.id(), "D1.1.1-2a", Outcome.NOT_MET, 0L);
        assertThat(second.version()).isEqualTo(1);
        assertThatThrownBy(() -> judge(a.id(), "D1.1.1-2a", Outcome.INSUFFICIENT_EVIDENCE, 0L))
                .isInstanceOfSatisfying(StaleJudgementException.class, e -> {
                    assertThat(e.current().outcome()).isEqualTo(Outcome.NOT_MET);
                    assertThat(e.current().version()).isEqualTo(1);
                });
        // A "new" judgement where one was saved meanwhile is stale too.
        assertThatThrownBy(() -> judge(a.id(), "D1.1.1-2a", Outcome.MET, null)).isInstanceOf(StaleJudgementException.class);
        assertThat(as(NC_AR, Acting.national("AR"), () -> management.judgements(a.id()).get("D1.1.1-2a").outcome()))
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void badJudgementsAreRefusedNamingTheField() {
        AssessmentView a = startAr(newRound());
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"), () -> management.judge(a.id(), "D1.1.1-2a",
                new JudgementInput(Outcome.NOT_APPLICABLE, null, null, " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("notApplicableReason"));
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"), () -> management.judge(a.id(), "D1.1.1-2a",
                new JudgementInput(Outcome.RATED, 3, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("outcome"));
        assertThatThrownBy(() -> judge(a.id(), "D9.9.9-2a", Outcome.MET, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void evidenceFilesAreCheckedAndConfidentialityDecidesWhoSeesThem() {
        long round = newRound();
        AssessmentView a = startAr(round);
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        run(NC_AR, Acting.national("AR"), () -> {
            management.addEvidence(a.id(), "D1.1.1-2a", new EvidenceInput(EvidenceKind.FILE, "Estrategia", null, null,
                    null, Confidentiality.PUBLIC, "estrategia.pdf", pdf));
            management.addEvidence(a.id(), "D1.1.1-2a", new EvidenceInput(EvidenceKind.FILE, "Informe interno", null, null,
                    null, Confidentiality.COUNTRY, "informe.pdf", pdf));
            management.addEvidence(a.id(), "D1.1.1-2b", new EvidenceInput(EvidenceKind.DOCUMENT, "Decreto 123", null,
                    LocalDate.of(2024, 5, 2), "Boletín Oficial", Confidentiality.PROGRAMME, null, null));
        });
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"), () -> management.addEvidence(a.id(), "D1.1.1-2a",
                new EvidenceInput(EvidenceKind.FILE, "Falso", null, null, null, Confidentiality.PUBLIC, "falso.pdf",
                        "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code()).containsExactly("file:assessment.evidence.contentMismatch"));
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"), () -> management.addEvidence(a.id(), "D1.1.1-2a",
                new EvidenceInput(EvidenceKind.FILE, "Programa", null, null, null, Confidentiality.PUBLIC, "setup.exe", pdf))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("assessment.evidence.typeNotAllowed"));

        assertThat(as(NC_AR, Acting.national("AR"), () -> management.evidence(a.id()))).hasSize(3);
        run(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.SUBMIT, null, null));
        // The programme's reviewer sees public and programme items, never country-only ones.
        assertThat(as("rev@test.faro.lat", Acting.reviewer(), () -> management.evidence(a.id())))
                .extracting(EvidenceView::title).containsExactlyInAnyOrder("Estrategia", "Decreto 123");
        run(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.VALIDATE, null, null));
        run("coord@test.faro.lat", Acting.coordinator(), () -> management.transition(a.id(), Transition.PUBLISH, null, null));
        // The public: published, public evidence only; the country-only file is a 404.
        List<EvidenceView> visible = as("visitor", List.of(), () -> management.evidence(a.id()));
        assertThat(visible).extracting(EvidenceView::title).containsExactly("Estrategia");
        long hidden = as(NC_AR, Acting.national("AR"), () -> management.evidence(a.id())).stream()
                .filter(e -> e.title().equals("Informe interno")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> as("visitor", List.of(), () -> management.evidenceFile(a.id(), hidden)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("visitor", List.of(), () -> management.evidenceFile(a.id(), visible.getFirst().id()).content()))
                .isEqualTo(pdf);
    }

    @Test
    void reopeningMakesANewRevisionAndKeepsThePublishedOneReadable() {
        long round = newRound();
        AssessmentView a = startAr(round);
        judge(a.id(), "D1.1.1-2a", Outcome.MET, null);
        run(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.SUBMIT, null, null));
        run(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.VALIDATE, null, null));
        run("coord@test.faro.lat", Acting.coordinator(), () -> management.transition(a.id(), Transition.PUBLISH, null, null));

        AssessmentView second = as(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.REOPEN, "nuevos datos", null));
        assertThat(second.id()).isNotEqualTo(a.id());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(as(NC_AR, Acting.national("AR"), () -> management.judgements(second.id()).get("D1.1.1-2a").carriedOver())).isFalse();
        assertThat(as("visitor", List.of(), () -> management.assessment(a.id()).status())).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThatThrownBy(() -> as("visitor", List.of(), () -> management.assessment(second.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"), () -> management.transition(a.id(), Transition.REOPEN, null, null)))
                .isInstanceOf(InvalidFieldException.class);

        judge(second.id(), "D1.1.1-2b", Outcome.MET, null);
        run(NC_AR, Acting.national("AR"), () -> management.transition(second.id(), Transition.SUBMIT, null, null));
        run(NC_AR, Acting.national("AR"), () -> management.transition(second.id(), Transition.VALIDATE, null, null));
        run("coord@test.faro.lat", Acting.coordinator(), () -> management.transition(second.id(), Transition.PUBLISH, null, null));
        assertThat(as("visitor", List.of(), () -> management.assessment(a.id()).status())).isEqualTo(AssessmentStatus.SUPERSEDED);
        assertThat(as("visitor", List.of(), () -> management.assessmentsIn(round))).extracting(AssessmentView::id)
                .containsExactly(second.id());
    }

    @Test
    void aNewRoundCanStartFromThePreviousRoundsJudgementsMarkedToConfirm() {
        AssessmentView old = startAr(newRound());
        judge(old.id(), "D1.1.1-2a", Outcome.MET, null);
        run(NC_AR, Acting.national("AR"), () -> management.addEvidence(old.id(), "D1.1.1-2a", new EvidenceInput(
                EvidenceKind.URL, "Sitio", "https://www.example.org/estrategia", null, null, Confidentiality.PUBLIC, null, null)));
        long next = newRound();
        AssessmentView fresh = as(NC_AR, Acting.national("AR"), () -> management.start(next, "AR", null, true));
        assertThat(fresh.carriedFromId()).isEqualTo(old.id());
        JudgementView carried = as(NC_AR, Acting.national("AR"), () -> management.judgements(fresh.id()).get("D1.1.1-2a"));
        assertThat(carried.carriedOver()).isTrue();
        assertThat(as(NC_AR, Acting.national("AR"), () -> management.evidence(fresh.id()))).singleElement()
                .satisfies(e -> assertThat(e.carriedOver()).isTrue());
        JudgementView confirmed = judge(fresh.id(), "D1.1.1-2a", Outcome.MET, carried.version());
        assertThat(confirmed.carriedOver()).isFalse();
        assertThat(as(NC_AR, Acting.national("AR"), () -> management.evidence(fresh.id()))).singleElement()
                .satisfies(e -> assertThat(e.carriedOver()).isFalse());
    }

    @Test
    void consultationStatementsBelongToClustersPresentAndDecisionsAreLogged() {
        AssessmentView a = startAr(newRound());
        ConsultationView session = as(NC_AR, Acting.national("AR"), () -> management.consult(a.id(), LocalDate.of(2026, 3, 2),
                "Taller", EnumSet.of(Cluster.GOVERNMENT, Cluster.ACADEMIA), null));
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"), () -> management.state(a.id(), session.id(),
                Cluster.DEFENCE, "D1.1", "texto", false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("cluster"));
        ConsultationView updated = as(NC_AR, Acting.national("AR"), () -> management.state(a.id(), session.id(),
                Cluster.ACADEMIA, "D1.1", "Falta presupuesto", true));
        assertThat(updated.statements()).singleElement().satisfies(s -> {
            assertThat(s.cluster()).isEqualTo(Cluster.ACADEMIA);
            assertThat(s.divergent()).isTrue();
        });
        DecisionView decision = as(NC_AR, Acting.national("AR"), () -> management.decide(a.id(), "D1.1.1", "¿Cumple?",
                "Gobierno: sí. Academia: no.", "Sin actas, no se cumple."));
        assertThat(as("coord@test.faro.lat", Acting.coordinator(), () -> management.decisions(a.id())))
                .extracting(DecisionView::id).containsExactly(decision.id());
        assertThatThrownBy(() -> as("rev@test.faro.lat", Acting.reviewer(), () -> management.consultations(a.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRoadmapListsTheUnmetIndicatorsOfEachUnitsNextStageAndOnlyTheCoordinatorPlansThem() {
        AssessmentView a = startAr(newRound());
        judge(a.id(), "D1.1.1-2a", Outcome.MET, null);
        judge(a.id(), "D1.1.1-2b", Outcome.MET, null);
        judge(a.id(), "D1.1.1-3a", Outcome.NOT_MET, null);
        List<RoadmapItem> roadmap = as(NC_AR, Acting.national("AR"), () -> management.roadmap(a.id()));
        assertThat(roadmap).filteredOn(i -> i.unitId().equals("D1.1.1")).extracting(RoadmapItem::indicatorId)
                .containsExactly("D1.1.1-3a", "D1.1.1-3b");
        assertThat(roadmap).filteredOn(i -> i.unitId().equals("D1.1.2")).extracting(RoadmapItem::indicatorId)
                .containsExactly("D1.1.2-2a", "D1.1.2-2b");
        run(NC_AR, Acting.national("AR"), () -> management.plan(a.id(), "D1.1.1-3a", Priority.HIGH, "CERT.ar", LocalDate.of(2027, 6, 30)));
        assertThat(as(NC_AR, Acting.national("AR"), () -> management.roadmap(a.id()))).filteredOn(i -> i.indicatorId().equals("D1.1.1-3a"))
                .singleElement().satisfies(i -> {
                    assertThat(i.priority()).isEqualTo(Priority.HIGH);
                    assertThat(i.owner()).isEqualTo("CERT.ar");
                });
        assertThatThrownBy(() -> as("ev.ar@test.faro.lat", Acting.assessor("AR"),
                () -> { management.plan(a.id(), "D1.1.1-3a", Priority.LOW, null, null); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NC_AR, Acting.national("AR"),
                () -> { management.plan(a.id(), "D1.1.1-2a", Priority.LOW, null, null); return null; }))
                .isInstanceOf(InvalidFieldException.class);
    }
}
