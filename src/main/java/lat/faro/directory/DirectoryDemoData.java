package lat.faro.directory;

import java.util.List;
import lat.faro.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, registers a handful of organisations so the pages have something to show. Runs at
 * every start and skips those already present, so restarting (or several instances) adds nothing.
 * Contact addresses are on {@code example.org}: demo data must never reach a real inbox.
 */
@Component
@org.springframework.core.annotation.Order(5)
class DirectoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

    static final List<OrganisationDraft> ORGANISATIONS = List.of(
            new OrganisationDraft("Dirección Nacional de Ciberseguridad", "DNC", OrganisationType.GOVERNMENT, "AR",
                    "https://www.argentina.gob.ar", "ciberseguridad.ar@example.org"),
            new OrganisationDraft("Centro Nacional de Respuesta a Incidentes Cibernéticos", "CERT-MX",
                    OrganisationType.GOVERNMENT, "MX", "https://www.gob.mx", "cert.mx@example.org"),
            new OrganisationDraft("Agencia de Gobierno Electrónico y Sociedad de la Información y del Conocimiento",
                    "AGESIC", OrganisationType.GOVERNMENT, "UY", "https://www.gub.uy", "agesic.uy@example.org"),
            new OrganisationDraft("Organización de los Estados Americanos", "OEA",
                    OrganisationType.REGIONAL_ORGANISATION, null, "https://www.oas.org", "ciberseguridad@example.org"),
            new OrganisationDraft("Fondo Regional para la Resiliencia Digital", "FRRD", OrganisationType.DONOR, null,
                    null, "fondo.demo@example.org"),
            new OrganisationDraft("Universidad de la República", "Udelar", OrganisationType.ACADEMIA, "UY",
                    "https://udelar.edu.uy", "udelar.demo@example.org"));

    private final DemoMode demo;
    private final Organisations organisations;

    DirectoryDemoData(DemoMode demo, Organisations organisations) {
        this.demo = demo;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        int added = 0;
        for (OrganisationDraft draft : ORGANISATIONS) {
            String key = Organisation.uniqueKey(draft.country(), draft.name() == null ? "" : draft.name());
            if (organisations.findByUniqueKey(key).isEmpty()) {
                organisations.save(Organisation.create(draft));
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo data: {} organisations added to the directory", added);
        }
    }
}
