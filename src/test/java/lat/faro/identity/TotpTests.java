package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final String RFC_KEY_BASE32 = new Base32().encodeToString(RFC_KEY).replace("=", "");

    @ParameterizedTest(name = "t={0} gives {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471",
                "1234567890, 89005924", "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheSha1TestVectorsOfRfc6238(long seconds, String expected) {
        assertThat(Totp.code(RFC_KEY, seconds / 30, "HmacSHA1", 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcVectors() {
        assertThat(Totp.code(RFC_KEY_BASE32, 1111111109L / 30)).isEqualTo("081804");
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideButNoFurther() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.code(RFC_KEY_BASE32, s), now)).hasValue(s);
        }
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.code(RFC_KEY_BASE32, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.code(RFC_KEY_BASE32, step + 2), now)).isEmpty();
    }

    @Test
    void ignoresSpacesButRefusesAnythingThatIsNotSixDigits() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = Totp.code(RFC_KEY_BASE32, Totp.step(now));
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "' or 1=1", now)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsInBase32AndDiffer() {
        String a = Totp.newSecret();
        assertThat(new Base32().decode(a)).hasSize(20);
        assertThat(a).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
    }

    @Test
    void otpauthUriNamesIssuerAndAccount() {
        assertThat(Totp.uri("Faro", "ana@demo.faro.lat", "ABC"))
                .isEqualTo("otpauth://totp/Faro:ana%40demo.faro.lat?secret=ABC&issuer=Faro&algorithm=SHA1&digits=6&period=30");
    }
}
