package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check-in window of a session and the codes: rules without Spring. */
class CheckInWindowTests {

    static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    /** 10 May 2027, 09:00–12:30 in Guatemala (UTC−6). */
    final EventView.Session session = new EventView.Session(1, 1, null,
            ZonedDateTime.of(2027, 5, 10, 9, 0, 0, 0, GUATEMALA), ZonedDateTime.of(2027, 5, 10, 12, 30, 0, 0, GUATEMALA));
    final CheckInWindow window = CheckInWindow.of(session);

    @Test
    void opensThirtyMinutesBeforeTheStartAndClosesAtTheEnd() {
        assertThat(window.at(Instant.parse("2027-05-10T14:29:59Z"))).isEqualTo(CheckInWindow.Position.TOO_EARLY);
        assertThat(window.at(Instant.parse("2027-05-10T14:30:00Z"))).isEqualTo(CheckInWindow.Position.OPEN);
        assertThat(window.at(Instant.parse("2027-05-10T16:00:00Z"))).isEqualTo(CheckInWindow.Position.OPEN);
        assertThat(window.at(Instant.parse("2027-05-10T18:30:00Z"))).isEqualTo(CheckInWindow.Position.OPEN);
        assertThat(window.at(Instant.parse("2027-05-10T18:30:01Z"))).isEqualTo(CheckInWindow.Position.OVER);
        assertThat(window.opens()).isEqualTo(ZonedDateTime.of(2027, 5, 10, 8, 30, 0, 0, GUATEMALA));
    }

    @Test
    void theMarginIsThirtyMinutes() {
        assertThat(Attendance.CHECK_IN_OPENS_BEFORE).hasMinutes(30);
        assertThat(Attendance.CHECK_IN_OPENS_MINUTES).isEqualTo(30);
    }

    @Test
    void codesAreSixCharactersWithoutLookAlikes() {
        assertThat(Attendance.ALPHABET).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "I", "L");
        Set<String> seen = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 2000; i++) {
            String code = Attendance.newCode(random);
            assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
            seen.add(code);
        }
        assertThat(seen).as("2000 codes out of 31^6, practically all different").hasSizeGreaterThan(1990);
        // Every character of the alphabet turns up: none is left out by an off-by-one.
        Set<Character> used = new HashSet<>();
        Random seeded = new Random(7);
        for (int i = 0; i < 500; i++) {
            Attendance.newCode(seeded).chars().forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(Attendance.ALPHABET.length());
    }

    @Test
    void aTypedCodeIgnoresCaseSpacesAndDashes() {
        assertThat(Attendance.normalise(" k7p-x3m ")).isEqualTo("K7PX3M");
        assertThat(Attendance.normalise("k7p x3m")).isEqualTo("K7PX3M");
        assertThat(Attendance.normalise(null)).isEmpty();
    }
}
