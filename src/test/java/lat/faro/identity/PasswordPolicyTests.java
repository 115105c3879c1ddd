package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = assertDoesNotThrow();

    static PasswordPolicy assertDoesNotThrow() {
        try {
            return new PasswordPolicy();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.violation("Tz9#kq2!Lm", "ana@example.org")).hasValue("identity.password.tooShort");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.violation("ñandú-pingüino", "ana@example.org")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheCaseOrTrailingDigits() {
        assertThat(policy.violation("password1234", "ana@example.org")).hasValue("identity.password.common");
        assertThat(policy.violation("Contraseña2026!", "ana@example.org")).hasValue("identity.password.common");
        assertThat(policy.violation("QWERTYUIOP12", "ana@example.org")).hasValue("identity.password.common");
        assertThat(policy.violation("aaaaaaaaaaaaaa", "ana@example.org")).hasValue("identity.password.common");
    }

    @Test
    void refusesPasswordsContainingTheEmailAddress() {
        assertThat(policy.violation("lucia.perez-2026", "lucia.perez@example.org")).hasValue("identity.password.personal");
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.violation("faro ilumina la costa uruguaya", "ana@example.org")).isEmpty();
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(policy.violation("x1y2z3".repeat(30), "ana@example.org")).hasValue("identity.password.tooLong");
    }
}
