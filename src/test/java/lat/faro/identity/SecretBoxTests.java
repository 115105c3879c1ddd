package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTests {

    final SecretBox box = SecretBox.withKey(new byte[32]);

    @Test
    void sealedSecretsOpenForTheirOwnerOnly() {
        String sealed = box.seal("JBSWY3DPEHPK3PXP", 7);
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(box.open(sealed, 7)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> box.open(sealed, 8)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        assertThat(box.seal("same", 1)).isNotEqualTo(box.seal("same", 1));
    }

    @Test
    void anAlteredValueOrAnotherKeyIsRefused() {
        String sealed = box.seal("JBSWY3DPEHPK3PXP", 7);
        // A character well inside the Base64 text: all six of its bits are data (near the end, some are
        // padding bits a decoder ignores, which made this test fail about once in thirty runs).
        int at = sealed.length() / 2;
        char c = sealed.charAt(at);
        String altered = sealed.substring(0, at) + (c == 'A' ? 'Q' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> box.open(altered, 7)).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> SecretBox.withKey(other).open(sealed, 7)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyOneIsCreatedOnceInTheDataDirectoryForTheOwnerOnly(@TempDir Path dir) throws Exception {
        var first = new SecretBox("", dir);
        String sealed = first.seal("secret", 3);
        Path file = dir.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new SecretBox("", dir).open(sealed, 3)).as("the same key after a restart").isEqualTo("secret");
    }

    @Test
    void aConfiguredKeyMustBe32Bytes() {
        assertThatThrownBy(() -> new SecretBox("c2hvcnQ=", Path.of("."))).hasMessageContaining("32 bytes");
    }
}
