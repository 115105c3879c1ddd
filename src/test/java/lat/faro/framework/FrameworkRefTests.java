package lat.faro.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameworkRefTests {

    @Test
    void ordersVersionsByNumberNotByText() {
        var refs = new ArrayList<>(List.of(new FrameworkRef("model", "1.10.0"), new FrameworkRef("model", "1.9.0"),
                new FrameworkRef("model", "10.0.0"), new FrameworkRef("model", "2.0.0"), new FrameworkRef("model", "1.9.10"),
                new FrameworkRef("model", "1.9.2")));
        Collections.sort(refs);

        assertThat(refs).extracting(FrameworkRef::version)
                .containsExactly("1.9.0", "1.9.2", "1.9.10", "1.10.0", "2.0.0", "10.0.0");
        assertThat(new FrameworkRef("model", "1.10.0")).isGreaterThan(new FrameworkRef("model", "1.9.0"));
    }

    @Test
    void ordersByIdBeforeVersion() {
        assertThat(new FrameworkRef("abc", "9.0.0")).isLessThan(new FrameworkRef("abd", "1.0.0"));
        assertThat(new FrameworkRef("abc", "1.0.0")).isEqualByComparingTo(new FrameworkRef("abc", "1.0.0"));
    }

    @Test
    void parsesIdAtVersionAndPrintsItBack() {
        FrameworkRef ref = FrameworkRef.parse("faro-national-2021@1.0.0");

        assertThat(ref).isEqualTo(new FrameworkRef("faro-national-2021", "1.0.0"));
        assertThat(ref).hasToString("faro-national-2021@1.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"faro-national-2021", "faro-national-2021@", "@1.0.0", "faro@1.0.0@1.0.0", "Faro-National@1.0.0",
            "ab@1.0.0", "faro_national@1.0.0", "faro-national@1.0", "faro-national@v1.0.0", "faro-national@01.0.0",
            "faro-national@1.0.0-beta", "faro-national@1.0.0 ", "faro-national@1.-1.0"})
    void refusesTextThatIsNotIdAtVersion(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> FrameworkRef.parse(text));
    }

    @Test
    void saysWhatAWellFormedIdAndVersionAre() {
        assertThat(FrameworkRef.isId("faro-egov-baseline-1")).isTrue();
        assertThat(FrameworkRef.isId("x".repeat(64))).isTrue();
        assertThat(FrameworkRef.isId("x".repeat(65))).isFalse();
        assertThat(FrameworkRef.isId("D1")).isFalse();
        assertThat(FrameworkRef.isVersion("0.0.1")).isTrue();
        assertThat(FrameworkRef.isVersion("1.0")).isFalse();
        assertThat(FrameworkRef.isVersion("1.0.0.0")).isFalse();
    }
}
