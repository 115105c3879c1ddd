package lat.faro.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationView;
import lat.faro.framework.Framework;
import lat.faro.framework.FrameworkLibrary;
import lat.faro.framework.FrameworkRef;
import lat.faro.framework.Indicator;
import lat.faro.framework.ScoringUnit;
import lat.faro.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, opens the round "Estudio regional 2026" with assessments at every step of the
 * workflow (Argentina's draft for the demo coordinator to work on, Mexico's in review, Uruguay's
 * validated, eight published) and an agency self-assessment round for AGESIC. Judgements are
 * generated from a fixed seed per country, so every start shows the same figures. Runs once: a
 * round with that label already present means nothing is added.
 */
@Component
@Order(20)
class AssessmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);
    static final String NATIONAL_ROUND = "Estudio regional 2026";
    static final String AGENCY_ROUND = "Autoevaluación institucional 2026";
    static final List<String> PUBLISHED = List.of("BR", "CL", "CO", "DO", "GT", "JM", "PE", "TT");
    private static final String ACTOR = "demo@demo.faro.lat";

    private final DemoMode demo;
    private final Rounds rounds;
    private final Assessments assessments;
    private final Judgements judgements;
    private final EvidenceItems evidence;
    private final Notes notes;
    private final FrameworkLibrary frameworks;
    private final DirectoryQueries directory;
    private final Clock clock;

    AssessmentDemoData(DemoMode demo, Rounds rounds, Assessments assessments, Judgements judgements,
            EvidenceItems evidence, Notes notes, FrameworkLibrary frameworks, DirectoryQueries directory,
            Optional<Clock> clock) {
        this.demo = demo;
        this.rounds = rounds;
        this.assessments = assessments;
        this.judgements = judgements;
        this.evidence = evidence;
        this.notes = notes;
        this.frameworks = frameworks;
        this.directory = directory;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || rounds.findByLabel(NATIONAL_ROUND).isPresent()) {
            return;
        }
        FrameworkRef model = new FrameworkRef("faro-national-2021", "1.0.0");
        Framework framework = frameworks.get(model);
        Instant start = clock.instant().minus(Duration.ofDays(60));
        long round = rounds.add(new RoundDraft(NATIONAL_ROUND, RoundKind.NATIONAL, model, "egov-cybersecurity",
                LocalDate.ofInstant(start, java.time.ZoneOffset.UTC), null), ACTOR, start);
        for (String country : PUBLISHED) {
            long id = assessment(round, country, null, model, framework, 1.0, start);
            move(id, start, AssessmentStatus.IN_REVIEW, AssessmentStatus.VALIDATED, AssessmentStatus.PUBLISHED);
        }
        long uy = assessment(round, "UY", null, model, framework, 1.0, start);
        move(uy, start, AssessmentStatus.IN_REVIEW, AssessmentStatus.VALIDATED);
        long mx = assessment(round, "MX", null, model, framework, 1.0, start);
        move(mx, start, AssessmentStatus.IN_REVIEW);
        long ar = assessment(round, "AR", null, model, framework, 0.3, start);
        consultation(ar, start);

        FrameworkRef baseline = new FrameworkRef("faro-egov-baseline-1", "1.0.0");
        long agencyRound = rounds.add(new RoundDraft(AGENCY_ROUND, RoundKind.AGENCY, baseline, "egov-cybersecurity",
                LocalDate.ofInstant(start, java.time.ZoneOffset.UTC), null), ACTOR, start);
        directory.organisationsIn("UY").stream().filter(o -> "AGESIC".equals(o.acronym())).findFirst()
                .ifPresent(agesic -> rate(agencyRound, agesic, baseline, start));
        log.info("Demo data: rounds \"{}\" and \"{}\" opened with their assessments", NATIONAL_ROUND, AGENCY_ROUND);
    }

    /** An assessment with generated judgements for a share of the indicators (all of them at 1.0). */
    private long assessment(long round, String country, Long organisation, FrameworkRef model, Framework framework,
            double share, Instant at) {
        long id = assessments.add(round, country, organisation, 1, model, null, null, ACTOR, at);
        notes.addTransition(id, null, AssessmentStatus.DRAFT, null, ACTOR, at);
        Random random = new Random(country.hashCode() * 31L + 2026);
        int answered = 0;
        int total = framework.indicators().size();
        for (ScoringUnit unit : framework.units()) {
            // Most of the region sits between start-up and established; a few aspects go further.
            int target = 1 + weighted(random);
            for (Indicator indicator : unit.indicators()) {
                if (answered >= Math.round(share * total)) {
                    break;
                }
                Outcome outcome;
                if (indicator.stage() == 1) {
                    outcome = random.nextInt(4) == 0 ? Outcome.NOT_MET : Outcome.MET;
                } else if (indicator.stage() <= target) {
                    outcome = Outcome.MET;
                } else if (indicator.stage() == target + 1) {
                    outcome = random.nextInt(3) == 0 ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.NOT_MET;
                } else {
                    outcome = random.nextInt(5) == 0 ? Outcome.MET : Outcome.NOT_MET;
                }
                judgements.insert(id, new JudgementView(indicator.id(), outcome, null,
                        rationale(outcome), null, false, ACTOR, at, 0));
                answered++;
            }
        }
        String first = framework.units().getFirst().indicators().get(2).id();
        evidence.add(id, new EvidenceView(0, first, EvidenceKind.URL, "Estrategia nacional de ciberseguridad",
                "https://www.example.org/estrategia-" + country.toLowerCase(java.util.Locale.ROOT), null, null, null, null,
                null, null, Confidentiality.PUBLIC, false, ACTOR, at));
        return id;
    }

    private static int weighted(Random random) {
        int roll = random.nextInt(100);
        return roll < 35 ? 0 : roll < 70 ? 1 : roll < 90 ? 2 : roll < 97 ? 3 : 4;
    }

    private static String rationale(Outcome outcome) {
        return switch (outcome) {
            case MET -> "Verificado con la documentación oficial y en la consulta con los actores.";
            case INSUFFICIENT_EVIDENCE -> "Mencionado en la consulta, pero sin documentos que lo respalden.";
            default -> "No se encontró evidencia de que exista.";
        };
    }

    private void move(long id, Instant start, AssessmentStatus... steps) {
        AssessmentStatus from = AssessmentStatus.DRAFT;
        Instant at = start;
        for (AssessmentStatus to : steps) {
            at = at.plus(Duration.ofDays(10));
            AssessmentView current = assessments.find(id).orElseThrow();
            assessments.changeStatus(id, current.version(), to, to == AssessmentStatus.PUBLISHED ? at : null);
            notes.addTransition(id, from, to, null, ACTOR, at);
            from = to;
        }
    }

    private void consultation(long id, Instant at) {
        long session = notes.addSession(id, LocalDate.ofInstant(at.plus(Duration.ofDays(14)), java.time.ZoneOffset.UTC),
                "Taller de consulta nacional, Buenos Aires",
                EnumSet.of(Cluster.GOVERNMENT, Cluster.CRITICAL_INFRASTRUCTURE, Cluster.ACADEMIA, Cluster.CIVIL_SOCIETY),
                "Cuatro grupos de actores, 28 participantes.", ACTOR, at);
        notes.addStatement(session, Cluster.GOVERNMENT, "D1.1", "La estrategia nacional se aprobó y tiene un plan de acción con presupuesto.", false);
        notes.addStatement(session, Cluster.CIVIL_SOCIETY, "D1.1", "La sociedad civil no participó en la redacción de la estrategia.", true);
        notes.addDecision(id, "D1.1.1", "¿Hubo consulta amplia en la elaboración de la estrategia?",
                "Gobierno: sí, con mesas sectoriales. Sociedad civil: no fue convocada.",
                "Las actas muestran mesas sectoriales sin sociedad civil: el indicador de consulta amplia se juzga no cumplido.",
                ACTOR, at);
    }

    private void rate(long round, OrganisationView agesic, FrameworkRef baseline, Instant at) {
        Framework framework = frameworks.get(baseline);
        long id = assessments.add(round, "UY", agesic.id(), 1, baseline, null, null, ACTOR, at);
        notes.addTransition(id, null, AssessmentStatus.DRAFT, null, ACTOR, at);
        Random random = new Random(42);
        for (Indicator control : framework.indicators()) {
            if (random.nextInt(5) > 0) {
                judgements.insert(id, new JudgementView(control.id(), Outcome.RATED, 1 + random.nextInt(4), null, null,
                        false, ACTOR, at, 0));
            }
        }
    }

}
