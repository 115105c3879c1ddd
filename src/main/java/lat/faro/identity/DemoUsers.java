package lat.faro.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import lat.faro.identity.IdentityEvents.UserCreated;
import lat.faro.directory.DirectoryQueries;
import lat.faro.shared.DemoMode;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo users for every role, only in demo mode (the embedded database by default). They share
 * one password: {@code faro.demo.password} when set, otherwise a random one generated at first
 * start, logged and written to {@code <data-dir>/demo-credentials.txt}. Never a fixed default.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String email, String name, String locale, Grant grant) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@demo.faro.lat", "Ana Administradora", "es", Grant.programme(Role.ADMIN)),
            new DemoUser("coordinacion@demo.faro.lat", "Carlos Coordinador Regional", "es", Grant.programme(Role.PROGRAMME_COORDINATOR)),
            new DemoUser("coordinador.ar@demo.faro.lat", "Lucía Coordinadora (AR)", "es", Grant.country(Role.NATIONAL_COORDINATOR, "AR")),
            new DemoUser("coordinador.mx@demo.faro.lat", "Mateo Coordinador (MX)", "es", Grant.country(Role.NATIONAL_COORDINATOR, "MX")),
            new DemoUser("evaluador.ar@demo.faro.lat", "Sofía Evaluadora (AR)", "es", Grant.country(Role.ASSESSOR, "AR")),
            new DemoUser("revisor@demo.faro.lat", "Rafael Revisor", "en", Grant.programme(Role.REVIEWER)),
            new DemoUser("agencia.uy@demo.faro.lat", "Valentina Oficial de Agencia (UY)", "es", Grant.country(Role.AGENCY_OFFICER, "UY")), // narrowed to AGESIC below
            new DemoUser("formadora@demo.faro.lat", "Fernanda Formadora", "pt", Grant.country(Role.TRAINER, "CO")),
            new DemoUser("participante@demo.faro.lat", "Pablo Participante (GT)", "es", Grant.country(Role.PARTICIPANT, "GT")),
            new DemoUser("asistente@demo.faro.lat", "Inés Asistente (CO)", "es", Grant.country(Role.PARTICIPANT, "CO")));

    private final DemoMode demo;
    private final DirectoryQueries directory;
    private final Users users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String configuredPassword;
    private final Path dataDir;

    DemoUsers(DemoMode demo, DirectoryQueries directory, Users users, PasswordEncoder encoder, ApplicationEventPublisher events, TransactionTemplate tx,
              Clock clock, @Value("${faro.demo.password:}") String configuredPassword, @Value("${faro.data-dir}") Path dataDir) {
        this.demo = demo;
        this.directory = directory;
        this.users = users;
        this.encoder = encoder;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
        this.dataDir = dataDir;
    }

    /** The agency officer works for one agency: the demo AGESIC organisation when the directory has it. */
    private Grant grantFor(DemoUser d) {
        if (d.grant().role() != Role.AGENCY_OFFICER) {
            return d.grant();
        }
        return directory.organisationsIn("UY").stream()
                .filter(o -> "AGESIC".equals(o.acronym()))
                .findFirst()
                .map(o -> Grant.organisation(Role.AGENCY_OFFICER, o.id()))
                .orElse(d.grant());
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo.enabled() || users.existsByEmail(USERS.getFirst().email())) {
            return;
        }
        String password = configuredPassword.isBlank() ? "demo-" + Hashes.newSecret().substring(0, 16) : configuredPassword;
        String hash = encoder.encode(password);
        tx.executeWithoutResult(s -> {
            for (DemoUser d : USERS) {
                User user = User.create(d.email(), d.name(), Locale.forLanguageTag(d.locale()), clock.instant());
                user.setPasswordHash(hash);
                user.addGrant(grantFor(d));
                user = users.save(user);
                events.publishEvent(new UserCreated("demo-data", user.id(), user.email()));
            }
        });
        if (configuredPassword.isBlank()) {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("demo-credentials.txt");
            var lines = new StringBuilder("Faro demo users (demo data only). Password for all: ").append(password).append('\n');
            USERS.forEach(d -> {
                Grant g = grantFor(d);
                lines.append(d.email()).append("  ").append(g.role()).append(' ').append(g.kind()).append(' ')
                        .append(g.value()).append('\n');
            });
            Files.writeString(file, lines, StandardCharsets.UTF_8);
            log.warn("""

                    ============================================================
                    Demo data loaded. Sign in as admin@demo.faro.lat (or any demo
                    user listed in {}) with the password:

                        {}
                    ============================================================
                    """, file.toAbsolutePath().normalize(), password);
        }
    }
}
