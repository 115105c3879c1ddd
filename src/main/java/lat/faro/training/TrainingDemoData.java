package lat.faro.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import lat.faro.shared.DemoMode;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, two courses of the regional programme, an event in Colombia that was completed two
 * months ago with twelve people, one in Guatemala open for registration next month (trained by the
 * demo trainer), and the programme's two targets. Written through the services, as the demo
 * programme coordinator, so every rule holds for the demo data too.
 */
@Component
@Order(30)
class TrainingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);
    static final String FIRST_COURSE = "DEMO-IR-101";
    private static final String PROGRAMME = "egov-cybersecurity";
    private static final String TRAINER = "formadora@demo.faro.lat";

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final TrainingCatalogue catalogue;
    private final TrainingEvents events;
    private final Registrations registrations;
    private final ProgrammeTargets targets;
    private final CourseMaterials materials;
    private final Clock clock;

    TrainingDemoData(DemoMode demo, JdbcClient jdbc, TrainingCatalogue catalogue, TrainingEvents events,
            Registrations registrations, ProgrammeTargets targets, CourseMaterials materials, Clock clock) {
        this.materials = materials;
        this.demo = demo;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.events = events;
        this.registrations = registrations;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select count(*) from training_course where code = ?").param(FIRST_COURSE)
                .query(Long.class).single() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        Grant grant = Grant.programme(Role.PROGRAMME_COORDINATOR);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coordinacion@demo.faro.lat", "n/a",
                List.of(new SimpleGrantedAuthority(grant.authority()), new SimpleGrantedAuthority(grant.role().authority()))));
        try {
            write();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        log.info("Demo training data: 2 courses, 2 events (one completed, one open), 2 programme targets");
    }

    private void write() {
        CourseView response = catalogue.create(new CourseDraft(FIRST_COURSE, PROGRAMME, Map.of(
                "es", new CourseDraft.CourseText("Respuesta a incidentes en el gobierno",
                        "Cómo detectar, clasificar y coordinar la respuesta a un incidente en una institución pública.",
                        "Clasificar un incidente según su impacto\nActivar el protocolo y a quién avisar\nDocumentar y aprender del incidente"),
                "en", new CourseDraft.CourseText("Incident response in government",
                        "How to detect, classify and coordinate the response to an incident in a public institution.",
                        "Classify an incident by its impact\nTrigger the protocol and know whom to alert\nRecord the incident and learn from it"),
                "pt", new CourseDraft.CourseText("Resposta a incidentes no governo",
                        "Como detectar, classificar e coordenar a resposta a um incidente em uma instituição pública.",
                        "Classificar um incidente pelo impacto\nAcionar o protocolo e saber quem avisar\nDocumentar o incidente e aprender com ele"),
                "fr", new CourseDraft.CourseText("Réponse aux incidents dans l’administration",
                        "Comment détecter, classer et coordonner la réponse à un incident dans une institution publique.",
                        "Classer un incident selon son impact\nDéclencher le protocole et savoir qui alerter\nDocumenter l’incident et en tirer des leçons")),
                List.of(Map.of("es", "Detección y clasificación", "en", "Detection and classification", "pt", "Detecção e classificação",
                                "fr", "Détection et classement"),
                        Map.of("es", "Ejercicio de mesa", "en", "Tabletop exercise", "pt", "Exercício de mesa", "fr", "Exercice sur table")),
                List.of("faro-national-2021:D1.2", "faro-national-2021:D1.2.1", "faro-national-2021:D1.2.2")));
        materials.addLink(response.id(), new MaterialDraft(Map.of("es", "Marco de servicios de los CSIRT (FIRST)",
                "en", "CSIRT Services Framework (FIRST)", "pt", "Marco de serviços dos CSIRT (FIRST)",
                "fr", "Cadre des services des CSIRT (FIRST)"), "en", MaterialView.Audience.PUBLIC),
                "https://www.first.org/standards/frameworks/csirts/");
        CourseView mindset = catalogue.create(new CourseDraft("DEMO-MS-201", PROGRAMME, Map.of(
                "es", new CourseDraft.CourseText("La ciberseguridad como tarea de gobierno",
                        "Para equipos directivos: por qué la ciberseguridad es parte de la gestión pública y cómo priorizarla.",
                        "Reconocer los riesgos de la transformación digital\nIncluir la ciberseguridad en la planificación"),
                "en", new CourseDraft.CourseText("Cybersecurity as a task of government",
                        "For senior managers: why cybersecurity is part of public management and how to give it priority.",
                        "Recognise the risks of digital transformation\nBuild cybersecurity into planning")),
                List.of(), List.of("faro-national-2021:D2.1", "faro-national-2021:D2.1.1")));

        LocalDate today = LocalDate.now(clock);
        EventView colombia = events.create(new EventDraft(response.id(), "CO", "Bogotá", "MinTIC, Edificio Murillo Toro", null,
                EventDraft.Modality.IN_PERSON, "es", "America/Bogota", 20, EventDraft.RegistrationMode.OPEN,
                List.of(session(today.minusDays(62), 9, 13, "Día 1"), session(today.minusDays(61), 9, 13, "Día 2")),
                List.of(TRAINER), List.of("MinTIC", "colCERT")));
        events.advance(colombia.id(), EventStatus.REGISTRATION_OPEN, 1);
        RegistrationForm.Sector[] sectors = {RegistrationForm.Sector.GOVERNMENT, RegistrationForm.Sector.GOVERNMENT,
                RegistrationForm.Sector.CRITICAL_INFRASTRUCTURE, RegistrationForm.Sector.GOVERNMENT};
        RegistrationForm.Gender[] genders = {RegistrationForm.Gender.FEMALE, RegistrationForm.Gender.MALE,
                RegistrationForm.Gender.PREFER_NOT_TO_SAY, null};
        for (int i = 1; i <= 12; i++) {
            registrations.register(colombia.id(), new RegistrationForm("asistente" + i + "@demo.faro.lat", "Asistente " + i,
                    i % 3 == 0 ? "colCERT" : "MinTIC", null, sectors[i % 4], genders[i % 4], registrations.privacyNoticeVersion()));
        }
        events.advance(colombia.id(), EventStatus.RUNNING, 2);
        events.advance(colombia.id(), EventStatus.COMPLETED, 3);

        EventView guatemala = events.create(new EventDraft(mindset.id(), "GT", "Ciudad de Guatemala", "Palacio Nacional de la Cultura",
                "https://meet.demo.faro.lat/gt-mindset", EventDraft.Modality.HYBRID, "es", "America/Guatemala", 25,
                EventDraft.RegistrationMode.OPEN, List.of(session(today.plusDays(30), 9, 12, null), session(today.plusDays(31), 9, 12, null)),
                List.of(TRAINER), List.of("SENACYT")));
        events.advance(guatemala.id(), EventStatus.REGISTRATION_OPEN, 1);

        LocalDate due = LocalDate.of(today.getYear() + 1, 12, 31);
        targets.create(new TargetDraft(PROGRAMME, TargetDraft.Kind.COUNTRIES_REACHED, BigDecimal.valueOf(3), due, "BENEFICIARY", null));
        targets.create(new TargetDraft(PROGRAMME, TargetDraft.Kind.PEOPLE_TRAINED, BigDecimal.valueOf(200), due, null,
                RegistrationForm.Sector.GOVERNMENT));
    }

    private static EventDraft.SessionDraft session(LocalDate day, int from, int to, @org.jspecify.annotations.Nullable String title) {
        return new EventDraft.SessionDraft(title, LocalDateTime.of(day, java.time.LocalTime.of(from, 0)),
                LocalDateTime.of(day, java.time.LocalTime.of(to, 0)));
    }

}
