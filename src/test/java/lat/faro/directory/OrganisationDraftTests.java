package lat.faro.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import lat.faro.shared.web.InvalidFieldException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganisationDraftTests {

    static jakarta.validation.ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static OrganisationDraft valid() {
        return new OrganisationDraft("Agencia Nacional de Ciberseguridad", "ANC", OrganisationType.GOVERNMENT, "AR",
                "https://www.example.gob.ar", "contacto@example.gob.ar");
    }

    static Set<String> invalidFields(OrganisationDraft draft) {
        return validator.validate(draft.normalised()).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void acceptsACompleteDraft() {
        assertThat(invalidFields(valid())).isEmpty();
    }

    @Test
    void acceptsADraftWithOnlyNameTypeAndCountry() {
        assertThat(invalidFields(new OrganisationDraft("Ministerio", null, OrganisationType.GOVERNMENT, "ar", "", " ")))
                .isEmpty();
    }

    @Test
    void requiresANameThatIsNotBlank() {
        assertThat(invalidFields(new OrganisationDraft("   ", null, OrganisationType.GOVERNMENT, "AR", null, null)))
                .containsExactly("name");
    }

    @Test
    void limitsTheNameTo200Characters() {
        assertThat(invalidFields(new OrganisationDraft("x".repeat(200), null, OrganisationType.DONOR, null, null, null)))
                .isEmpty();
        assertThat(invalidFields(new OrganisationDraft("x".repeat(201), null, OrganisationType.DONOR, null, null, null)))
                .containsExactly("name");
    }

    @Test
    void limitsTheAcronymTo30Characters() {
        assertThat(invalidFields(new OrganisationDraft("Nombre", "A".repeat(31), OrganisationType.DONOR, null, null, null)))
                .containsExactly("acronym");
    }

    @Test
    void refusesMarkupAndControlCharactersInTheName() {
        assertThat(invalidFields(new OrganisationDraft("<script>alert(1)</script>", null, OrganisationType.DONOR, null, null, null)))
                .containsExactly("name");
        assertThat(invalidFields(new OrganisationDraft("Nombre\u0000oculto", null, OrganisationType.DONOR, null, null, null)))
                .containsExactly("name");
    }

    @Test
    void keepsApostrophesAndAccentsInTheName() {
        assertThat(invalidFields(new OrganisationDraft("Ministère de l'Économie d'Haïti", null, OrganisationType.GOVERNMENT, "HT", null, null)))
                .isEmpty();
    }

    @Test
    void requiresAType() {
        assertThat(invalidFields(new OrganisationDraft("Nombre", null, null, "AR", null, null))).containsExactly("type");
    }

    @Test
    void acceptsOnlyHttpsWebsitesOfAtMost300Characters() {
        assertThat(invalidFields(withWebsite("http://www.example.gob.ar"))).containsExactly("website");
        assertThat(invalidFields(withWebsite("javascript:alert(1)"))).containsExactly("website");
        assertThat(invalidFields(withWebsite("https://"))).containsExactly("website");
        assertThat(invalidFields(withWebsite("https://www.gob.ar/" + "a".repeat(300)))).containsExactly("website");
        assertThat(invalidFields(withWebsite("https://www.gub.uy/agesic?lang=es#inicio"))).isEmpty();
    }

    @Test
    void refusesMalformedEmailAddresses() {
        for (String email : new String[] {"sin-arroba", "a@b", "a@@b.org", "a b@c.org", "<a@b.org>", "a@b.org."}) {
            assertThat(invalidFields(withEmail(email))).as(email).containsExactly("contactEmail");
        }
        assertThat(invalidFields(withEmail("cert@ciberseguridad.gob.mx"))).isEmpty();
    }

    @Test
    void limitsTheEmailTo254Characters() {
        assertThat(invalidFields(withEmail("a".repeat(64) + "@" + "b".repeat(186) + ".org"))).contains("contactEmail");
    }

    @Test
    void refusesACountryThatIsNotATwoLetterCode() {
        assertThat(invalidFields(withCountry("ARG1"))).containsExactly("country");
        assertThat(invalidFields(withCountry("AR' OR '1'='1"))).containsExactly("country");
    }

    @Test
    void normalisingTrimsBlanksEmptiesAndUpperCasesTheCountry() {
        var draft = new OrganisationDraft("  Agencia  ", " ", OrganisationType.GOVERNMENT, " mx ", "", null).normalised();
        assertThat(draft.name()).isEqualTo("Agencia");
        assertThat(draft.acronym()).isNull();
        assertThat(draft.country()).isEqualTo("MX");
        assertThat(draft.website()).isNull();
    }

    @Test
    void rulesRefuseACountryThatIsNotAMemberState() {
        assertThatThrownBy(() -> OrganisationRules.check(withCountry("ES").normalised(), c -> c.equals("AR")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("country");
                    assertThat(e.messageCode()).isEqualTo("directory.organisation.country.unknown");
                    assertThat(e.isConflict()).isFalse();
                });
    }

    @Test
    void rulesRequireACountryForGovernmentAcademiaCivilSocietyAndPrivateSector() {
        for (OrganisationType type : OrganisationType.values()) {
            var draft = new OrganisationDraft("Nombre", null, type, null, null, null);
            if (type.countryRequired()) {
                assertThatThrownBy(() -> OrganisationRules.check(draft, c -> true)).as(type.name())
                        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("country"));
            } else {
                assertThatNoException().as(type.name()).isThrownBy(() -> OrganisationRules.check(draft, c -> true));
            }
        }
        assertThat(OrganisationType.values()).filteredOn(t -> !t.countryRequired()).containsExactlyInAnyOrder(
                OrganisationType.REGIONAL_ORGANISATION, OrganisationType.GFCE_MEMBER, OrganisationType.DONOR,
                OrganisationType.PARTNER);
    }

    @Test
    void duplicateKeyIgnoresCaseAndRepeatedBlanksWithinACountry() {
        assertThat(Organisation.uniqueKey("AR", "Agencia  Nacional")).isEqualTo(Organisation.uniqueKey("AR", " AGENCIA nacional "));
        assertThat(Organisation.uniqueKey("AR", "Agencia")).isNotEqualTo(Organisation.uniqueKey("UY", "Agencia"));
        assertThat(Organisation.uniqueKey(null, "Agencia")).isNotEqualTo(Organisation.uniqueKey("UY", "Agencia"));
    }

    private static OrganisationDraft withWebsite(String website) {
        return new OrganisationDraft("Nombre", null, OrganisationType.GOVERNMENT, "AR", website, null);
    }

    private static OrganisationDraft withEmail(String email) {
        return new OrganisationDraft("Nombre", null, OrganisationType.GOVERNMENT, "AR", null, email);
    }

    private static OrganisationDraft withCountry(String country) {
        return new OrganisationDraft("Nombre", null, OrganisationType.GOVERNMENT, country, null, null);
    }
}
