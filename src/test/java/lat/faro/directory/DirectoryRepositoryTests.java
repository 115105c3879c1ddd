package lat.faro.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataAccessException;

@DatabaseTest
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DirectoryRepositoryTests {

    @Autowired
    Countries countries;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Test
    void migrationLoadsThe33MemberStatesWithTheirReferenceData() {
        assertThat(countries.count()).isEqualTo(33);
        Country suriname = countries.findById("SR").orElseThrow();
        assertThat(suriname.iso3()).isEqualTo("SUR");
        assertThat(suriname.defaultLocale()).isEqualTo("nl");
        assertThat(suriname.subregion()).isEqualTo(Subregion.SOUTH_AMERICA);
        CountryView cuba = countries.findByIso3("CUB").orElseThrow().view();
        assertThat(cuba.inRegionalStudy2016()).isFalse();
        assertThat(cuba.note()).isEqualTo("does not take part in OAS activities");
        CountryView kitts = countries.findById("KN").orElseThrow().view();
        assertThat(kitts.name(Locale.forLanguageTag("es"))).isEqualTo("San Cristóbal y Nieves");
        assertThat(kitts.name(Locale.forLanguageTag("pt"))).isEqualTo("São Cristóvão e Névis");
        assertThat(kitts.name(Locale.forLanguageTag("fr"))).isEqualTo("Saint-Christophe-et-Niévès");
        assertThat(kitts.name(Locale.ENGLISH)).isEqualTo("Saint Kitts and Nevis");
        assertThat(countries.findById("MX").orElseThrow().subregion()).isEqualTo(Subregion.NORTH_AMERICA);
    }

    @Test
    void migrationSeedsTheInitiativeWithItsFiveBeneficiariesAndTarget() {
        ProgrammeView programme = programmes.findBySlug("egov-cybersecurity").orElseThrow().view();
        assertThat(programme.countriesWith(ProgrammeRole.BENEFICIARY)).containsExactly("AR", "CO", "GT", "MX", "UY");
        assertThat(programme.countriesWith(ProgrammeRole.PARTICIPATING)).isEmpty();
        assertThat(programme.targetCount()).isEqualTo(3);
        assertThat(programme.target(Locale.ENGLISH)).isEqualTo("Training delivered in at least 3 beneficiary countries.");
        assertThat(programme.startYear()).isEqualTo(2017);
        assertThat(programme.endYear()).isEqualTo(2018);
        assertThat(programme.names()).containsOnlyKeys("es", "en", "pt", "fr");
    }

    @Test
    void savesAndReadsAnOrganisation() {
        var draft = new OrganisationDraft("Ministerio de Prueba Repositorio", "MPR", OrganisationType.GOVERNMENT, "CO",
                "https://www.example.gov.co", "mpr@example.org");
        Organisation saved = organisations.save(Organisation.create(draft));
        OrganisationView view = organisations.findById(saved.id()).orElseThrow().view();
        assertThat(view).isEqualTo(new OrganisationView(saved.id(), "Ministerio de Prueba Repositorio",
                OrganisationType.GOVERNMENT, "CO", "MPR", "https://www.example.gov.co", "mpr@example.org"));
        assertThat(organisations.findByUniqueKey("CO:ministerio de prueba repositorio")).isPresent();
        assertThat(organisations.findByCountryOrderByNameKey("CO")).extracting(o -> o.view().name())
                .contains("Ministerio de Prueba Repositorio");
    }

    @Test
    void databaseRefusesTheSameNameTwiceInOneCountryIgnoringCase() {
        organisations.save(Organisation.create(new OrganisationDraft("Consejo Único", null, OrganisationType.GOVERNMENT, "PE", null, null)));
        assertThatThrownBy(() -> organisations.save(Organisation.create(
                new OrganisationDraft("CONSEJO  único", null, OrganisationType.GOVERNMENT, "PE", null, null))))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void databaseAllowsTheSameNameInAnotherCountry() {
        organisations.save(Organisation.create(new OrganisationDraft("Consejo Nacional", null, OrganisationType.GOVERNMENT, "CL", null, null)));
        organisations.save(Organisation.create(new OrganisationDraft("Consejo Nacional", null, OrganisationType.GOVERNMENT, "BO", null, null)));
        assertThat(organisations.findByUniqueKey("BO:consejo nacional")).isPresent();
    }
}
