package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lat.faro.training.SignedLinks.Purpose;
import lat.faro.training.SignedLinks.Refusal;
import lat.faro.training.SignedLinks.Verified;
import lat.faro.training.SignedLinks.Verified.Refused;
import lat.faro.training.SignedLinks.Verified.Valid;
import lat.faro.test.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedLinksTests {

    static final String SUBJECT = "event:42|ana.silva@ministerio.gob.br";

    @TempDir Path dataDir;
    final MovableClock clock = MovableClock.at(Instant.parse("2026-03-02T09:30:00Z"));
    final SignedLinks links = withKey(1);
    final Instant inAWeek = clock.instant().plus(Duration.ofDays(7));

    SignedLinks withKey(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        try {
            return new SignedLinks(Base64.getEncoder().encodeToString(key), dataDir, clock);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTokenComesBackWithItsSubjectExpiryAndNonce() {
        String token = links.issue(Purpose.INVITATION, SUBJECT, inAWeek);

        assertThat(token).startsWith("v1.").matches("[A-Za-z0-9._-]+").hasSizeLessThan(200);
        assertThat(token).as("the Base64 part has no padding").doesNotContain("=");
        Valid valid = (Valid) links.verify(token, Purpose.INVITATION);
        assertThat(valid.subject()).isEqualTo(SUBJECT);
        assertThat(valid.expiresAt()).isEqualTo(inAWeek);
        assertThat(valid.nonce()).matches("[A-Za-z0-9_-]{22}");
        assertThat(links.verify(token, Purpose.INVITATION)).as("verifying does not use a token up").isEqualTo(valid);
        String longSubject = "event:1234567|maria.fernanda.gonzalez@ministeriodetic.gob.co";
        assertThat(longSubject).hasSize(60);
        assertThat(links.issue(Purpose.INVITATION, longSubject, inAWeek)).hasSize(159);
    }

    @Test
    void aTokenIsValidUntilItsExpiryAndExpiredOneSecondAfter() {
        String token = links.issue(Purpose.FOLLOW_UP_SURVEY, "registration:17", inAWeek);

        clock.setTo(inAWeek);
        assertThat(links.verify(token, Purpose.FOLLOW_UP_SURVEY)).isInstanceOf(Valid.class);
        clock.setTo(inAWeek.plusSeconds(1));
        assertThat(links.verify(token, Purpose.FOLLOW_UP_SURVEY)).isEqualTo(new Refused(Refusal.EXPIRED));
    }

    @Test
    void everySingleCharacterChangeIsRefused() {
        // Three subject lengths, so that the last Base64 character carries 2, 4 and 6 bits of data: a
        // decoder ignores the spare bits, so without a canonical spelling some changes there would pass.
        for (String subject : List.of(SUBJECT, SUBJECT + "x", SUBJECT + "xy")) {
            String token = links.issue(Purpose.INVITATION, subject, inAWeek);
            Set<Refusal> seen = EnumSet.noneOf(Refusal.class);
            for (String altered : singleCharacterChanges(token)) {
                Verified result = links.verify(altered, Purpose.INVITATION);
                assertThat(result).as(altered).isInstanceOf(Refused.class);
                seen.add(((Refused) result).reason());
            }
            assertThat(seen).containsExactlyInAnyOrder(Refusal.TAMPERED, Refusal.MALFORMED);
        }
    }

    static List<String> singleCharacterChanges(String token) {
        String replacements = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ é";
        List<String> changed = new ArrayList<>();
        for (int at = 0; at < token.length(); at++) {
            for (char c : replacements.toCharArray()) {
                if (c != token.charAt(at)) {
                    changed.add(token.substring(0, at) + c + token.substring(at + 1));
                }
            }
            changed.add(token.substring(0, at) + token.substring(at + 1));
            changed.add(token.substring(0, at) + "A" + token.substring(at));
        }
        changed.add(token + "A");
        changed.add(token + "=");
        return changed;
    }

    @Test
    void aTokenIsRefusedForAnotherPurpose() {
        String invitation = links.issue(Purpose.INVITATION, SUBJECT, inAWeek);

        assertThat(links.verify(invitation, Purpose.FOLLOW_UP_SURVEY)).isEqualTo(new Refused(Refusal.WRONG_PURPOSE));
        clock.setTo(inAWeek.plusSeconds(1));
        assertThat(links.verify(invitation, Purpose.FOLLOW_UP_SURVEY))
                .as("the purpose is checked before the expiry").isEqualTo(new Refused(Refusal.WRONG_PURPOSE));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsTampered() {
        String foreign = withKey(2).issue(Purpose.INVITATION, SUBJECT, inAWeek);

        assertThat(links.verify(foreign, Purpose.INVITATION)).isEqualTo(new Refused(Refusal.TAMPERED));
        clock.setTo(inAWeek.plus(Duration.ofDays(1)));
        assertThat(links.verify(foreign, Purpose.FOLLOW_UP_SURVEY))
                .as("nothing in a forged token is believed, not even its expiry or purpose")
                .isEqualTo(new Refused(Refusal.TAMPERED));
    }

    @Test
    void subjectsSurviveWhateverCharactersTheyHold() {
        List<String> subjects = List.of(
                "evento:7|josé.núñez@ministério.gob.pe",
                "a:b.c|d@e.f:g|h",
                "registro:12|名前@例え.jp",
                "año 🙂 | : . @",
                "|",
                "v1.AAAA");
        for (String subject : subjects) {
            String token = links.issue(Purpose.FOLLOW_UP_SURVEY, subject, inAWeek);
            assertThat(token).as(subject).matches("v1\\.[A-Za-z0-9_-]+");
            assertThat(links.verify(token, Purpose.FOLLOW_UP_SURVEY))
                    .as(subject).isInstanceOfSatisfying(Valid.class, v -> assertThat(v.subject()).isEqualTo(subject));
        }
    }

    @Test
    void twoTokensForTheSameInputDifferAndCanBeToldApart() {
        String first = links.issue(Purpose.INVITATION, SUBJECT, inAWeek);
        String second = links.issue(Purpose.INVITATION, SUBJECT, inAWeek);

        assertThat(first).isNotEqualTo(second);
        Valid a = (Valid) links.verify(first, Purpose.INVITATION);
        Valid b = (Valid) links.verify(second, Purpose.INVITATION);
        assertThat(a.nonce()).isNotEqualTo(b.nonce());
    }

    @Test
    void whatIsNotATokenIsMalformed() {
        String token = links.issue(Purpose.INVITATION, SUBJECT, inAWeek);
        List<String> inputs = List.of("", "v1.", "v1", "v2." + token.substring(3), token.substring(3),
                token.substring(0, 40), "v1." + "A".repeat(10_000), "not a token at all", token + " ");
        for (String input : inputs) {
            assertThat(links.verify(input, Purpose.INVITATION)).as(input).isEqualTo(new Refused(Refusal.MALFORMED));
        }
    }

    @Test
    void onlyUsableSubjectsAndFutureExpiriesAreIssued() {
        assertThatThrownBy(() -> links.issue(Purpose.INVITATION, "", inAWeek)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.issue(Purpose.INVITATION, "x".repeat(SignedLinks.MAX_SUBJECT_BYTES + 1), inAWeek))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.issue(Purpose.INVITATION, "broken \uD800 surrogate", inAWeek))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.issue(Purpose.INVITATION, SUBJECT, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
        String longest = "é".repeat(SignedLinks.MAX_SUBJECT_BYTES / 2);
        assertThat(links.verify(links.issue(Purpose.INVITATION, longest, inAWeek), Purpose.INVITATION))
                .isInstanceOf(Valid.class);
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKeptForTheOwnerOnly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        SignedLinks first = new SignedLinks("", data, clock);
        Path file = data.resolve(SignedLinks.KEY_FILE);
        String stored = Files.readString(file);
        assertThat(Base64.getDecoder().decode(stored.strip())).hasSize(32);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        String token = first.issue(Purpose.INVITATION, SUBJECT, inAWeek);

        SignedLinks afterRestart = new SignedLinks("", data, clock);
        assertThat(Files.readString(file)).as("the file is not rewritten").isEqualTo(stored);
        assertThat(afterRestart.verify(token, Purpose.INVITATION)).isInstanceOf(Valid.class);
        assertThat(new SignedLinks("", dir.resolve("elsewhere"), clock).verify(token, Purpose.INVITATION))
                .as("another data directory gets another random key").isEqualTo(new Refused(Refusal.TAMPERED));
    }

    @Test
    void aConfiguredKeyOverridesTheGeneratedOne(@TempDir Path dir) throws Exception {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        SignedLinks configured = new SignedLinks(key, dir, clock);
        assertThat(dir.resolve(SignedLinks.KEY_FILE)).doesNotExist();
        String urlSafeKey = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        String token = configured.issue(Purpose.INVITATION, SUBJECT, inAWeek);
        assertThat(new SignedLinks(" " + urlSafeKey + "\n", dir, clock).verify(token, Purpose.INVITATION))
                .as("the same key in the URL-safe alphabet").isInstanceOf(Valid.class);
    }

    @Test
    void aMalformedKeyStopsStartUpAndSaysWhereItCameFrom(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new SignedLinks("c2hvcnQ=", dir, clock))
                .hasMessageContaining("faro.training.link-key").hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> new SignedLinks("not*base64!", dir, clock))
                .hasMessageContaining("faro.training.link-key").hasMessageNotContaining("not*base64!");

        Files.writeString(dir.resolve(SignedLinks.KEY_FILE), "c2hvcnQ=\n");
        assertThatThrownBy(() -> new SignedLinks("", dir, clock)).hasMessageContaining(SignedLinks.KEY_FILE);
    }
}
