package lat.faro.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.shared.security.ScopeKind;
import lat.faro.shared.web.SafeRedirects;
import org.junit.jupiter.api.Test;

class GrantTests {

    @Test
    void grantsTravelAsAuthoritiesAndBack() {
        for (Grant g : new Grant[] {Grant.programme(Role.ADMIN), Grant.country(Role.NATIONAL_COORDINATOR, "AR"),
                Grant.organisation(Role.AGENCY_OFFICER, 42)}) {
            assertThat(Grant.parse(g.authority())).hasValue(g);
        }
        assertThat(Grant.country(Role.ASSESSOR, "MX").authority()).isEqualTo("GRANT:ASSESSOR:COUNTRY:MX");
    }

    @Test
    void programmeGrantsIgnoreAnyValue() {
        assertThat(new Grant(Role.ADMIN, ScopeKind.PROGRAMME, "AR").value()).isEqualTo("*");
    }

    @Test
    void foreignOrMalformedAuthoritiesAreNotGrants() {
        assertThat(Grant.parse("ROLE_ADMIN")).isEmpty();
        assertThat(Grant.parse("GRANT:KING:COUNTRY:AR")).isEmpty();
        assertThat(Grant.parse("GRANT:ADMIN")).isEmpty();
        assertThatThrownBy(() -> Grant.country(Role.ADMIN, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redirectsStayOnThisSite() {
        assertThat(SafeRedirects.localPath("/countries?subregion=CARIBBEAN")).isEqualTo("/countries?subregion=CARIBBEAN");
        assertThat(SafeRedirects.localPath("//evil.example/x")).isEqualTo("/");
        assertThat(SafeRedirects.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(SafeRedirects.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(SafeRedirects.localPath("/a\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(SafeRedirects.localPath(null)).isEqualTo("/");
    }

    @Test
    void countryCodesAreUpperCaseAlpha2() {
        assertThat(CountryCode.of(" ar ").value()).isEqualTo("AR");
        assertThat(CountryCode.isWellFormed("ARG")).isFalse();
        assertThatThrownBy(() -> new CountryCode("ar")).isInstanceOf(IllegalArgumentException.class);
    }
}
