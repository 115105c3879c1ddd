package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.stream.IntStream;
import lat.faro.training.VerificationCode.Reading;
import org.junit.jupiter.api.Test;

class VerificationCodeTests {

    @Test
    void checkCharacterFollowsTheDocumentedWeights() {
        // Worked by hand in GF(32) with x^5 + x^2 + 1: α = 2, α² = 4, α¹⁵ = 31 (Z); the check
        // character has weight 1, so it equals the weighted sum of the other fifteen.
        assertThat(VerificationCode.read("0000000000000000")).isInstanceOf(Reading.Valid.class);
        assertThat(VerificationCode.read("0000000000000012")).isInstanceOf(Reading.Valid.class);
        assertThat(VerificationCode.read("0000000000000104")).isInstanceOf(Reading.Valid.class);
        assertThat(VerificationCode.read("100000000000000Z")).isInstanceOf(Reading.Valid.class);
        assertThat(VerificationCode.read("100000000000000Y")).isInstanceOf(Reading.Mistyped.class);
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("0000000000000011"));
    }

    @Test
    void generatedCodesAreValidDistinctAndPrintedInFourGroups() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 2_000; i++) {
            VerificationCode code = VerificationCode.generate();
            assertThat(code.value()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
            assertThat(code.grouped()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            assertThat(code.toString()).isEqualTo(code.grouped());
            assertThat(VerificationCode.read(code.grouped())).isEqualTo(new Reading.Valid(code));
            assertThat(seen.add(code.value())).isTrue();
        }
        // 15 random characters: every symbol turns up in every position over 2,000 codes.
        for (int position = 0; position < 15; position++) {
            int p = position;
            assertThat(seen.stream().map(c -> c.charAt(p)).distinct().count()).isEqualTo(32);
        }
    }

    @Test
    void readsWhatPeopleType() {
        VerificationCode code = new VerificationCode("100000000000000Z");

        assertThat(VerificationCode.read("1000-0000-0000-000Z")).isEqualTo(new Reading.Valid(code));
        assertThat(VerificationCode.read(" 1000 0000 0000 000z ")).isEqualTo(new Reading.Valid(code));
        assertThat(VerificationCode.read("l0oo-OOOO-0000-000z")).isEqualTo(new Reading.Valid(code));
        assertThat(VerificationCode.read("I000\u20130000\u00a00000-000Z")).isEqualTo(new Reading.Valid(code));
        assertThat(VerificationCode.read("i00000000000000z")).isEqualTo(new Reading.Valid(code));
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertThat(VerificationCode.read("")).isInstanceOf(Reading.Malformed.class);
        assertThat(VerificationCode.read("1000-0000-0000-000")).isInstanceOf(Reading.Malformed.class);
        assertThat(VerificationCode.read("1000-0000-0000-000Z0")).isInstanceOf(Reading.Malformed.class);
        assertThat(VerificationCode.read("U000-0000-0000-0000")).isInstanceOf(Reading.Malformed.class);
        assertThat(VerificationCode.read("1000-0000-0000-000*")).isInstanceOf(Reading.Malformed.class);
        assertThat(VerificationCode.read("1000-0000-0000-000\u017a")).isInstanceOf(Reading.Malformed.class);
        assertThat(VerificationCode.read("-".repeat(65))).isInstanceOf(Reading.Malformed.class);
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("1000-0000-0000-000Z"));
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("100000000000000z"));
    }

    @Test
    void everySingleWrongCharacterIsRecognisedAsMistyped() {
        int checked = 0;
        for (String code : sample()) {
            for (int i = 0; i < code.length(); i++) {
                for (char c : VerificationCode.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String typed = code.substring(0, i) + c + code.substring(i + 1);
                        assertThat(VerificationCode.read(typed)).as(typed).isInstanceOf(Reading.Mistyped.class);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(300 * 16 * 31);
    }

    @Test
    void everySwapOfNeighboursIsRecognisedAsMistyped() {
        int checked = 0;
        for (String code : sample()) {
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    String typed = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertThat(VerificationCode.read(typed)).as(typed).isInstanceOf(Reading.Mistyped.class);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300 * 14);
    }

    private static String[] sample() {
        return IntStream.range(0, 300).mapToObj(i -> VerificationCode.generate().value()).toArray(String[]::new);
    }
}
