package lat.faro.directory;

import static org.assertj.core.api.Assertions.assertThat;

import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryDemoDataIntegrationTests {

    @Autowired
    DirectoryDemoData demoData;

    @Autowired
    Organisations organisations;

    @Autowired
    DirectoryQueries directory;

    @Test
    void demoModeRegistersAgenciesARegionalOrganisationADonorAndAUniversity() {
        assertThat(directory.organisationsIn("AR")).extracting(OrganisationView::acronym).contains("DNC");
        assertThat(directory.organisationsIn("MX")).extracting(OrganisationView::acronym).contains("CERT-MX");
        assertThat(directory.organisationsIn("UY")).extracting(OrganisationView::acronym).contains("AGESIC", "Udelar");
        for (OrganisationDraft draft : DirectoryDemoData.ORGANISATIONS) {
            assertThat(organisations.findByUniqueKey(Organisation.uniqueKey(draft.country(), draft.name())))
                    .as(draft.name()).isPresent();
        }
        assertThat(DirectoryDemoData.ORGANISATIONS).extracting(OrganisationDraft::type)
                .contains(OrganisationType.REGIONAL_ORGANISATION, OrganisationType.DONOR, OrganisationType.ACADEMIA);
    }

    @Test
    void runningTheDemoDataAgainAddsNothing() {
        long before = organisations.count();
        demoData.run(new DefaultApplicationArguments());
        demoData.run(new DefaultApplicationArguments());
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void queriesAcceptAlpha2OrAlpha3InAnyCaseWithBlanks() {
        assertThat(directory.country(" arg ")).map(CountryView::iso2).contains("AR");
        assertThat(directory.country("uy")).map(CountryView::iso3).contains("URY");
        assertThat(directory.country("ESP")).isEmpty();
        assertThat(directory.country("")).isEmpty();
        assertThat(directory.isMemberState("JM")).isTrue();
        assertThat(directory.isMemberState("US")).isFalse();
        assertThat(directory.countries()).hasSize(33);
        assertThat(directory.programmes()).extracting(ProgrammeView::slug).contains("egov-cybersecurity");
    }
}
