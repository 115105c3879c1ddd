package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The iCalendar details a calendar client is strict about: TEXT escaping and line folding at 75 octets. */
class EventCalendarTests {

    static String folded(String line) {
        var out = new StringBuilder();
        EventCalendar.fold(line, out);
        return out.toString();
    }

    @Test
    void escapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(EventCalendar.text("Sala 2, piso 3; C:\\temp\r\nfin")).isEqualTo("Sala 2\\, piso 3\\; C:\\\\temp\\nfin");
    }

    @Test
    void foldsOnlyBeyondSeventyFiveOctets() {
        String exactly = "LOCATION:" + "a".repeat(66);
        assertThat(folded(exactly)).isEqualTo(exactly + "\r\n");
        assertThat(folded(exactly + "b")).isEqualTo(exactly + "\r\n b\r\n");
    }

    @Test
    void continuationLinesCountTheirSpaceAndNeverSplitACharacter() {
        // 9 + 65 = 74 octets, then "ã" (2 octets) would make 76: it moves whole to the next line.
        String line = "LOCATION:" + "a".repeat(65) + "ã" + "é".repeat(40);
        String out = folded(line);
        String[] physical = out.split("\r\n");
        assertThat(physical[0]).isEqualTo("LOCATION:" + "a".repeat(65));
        assertThat(physical[1]).startsWith(" ã");
        for (String p : physical) {
            assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        // A continuation holds the space and 74 octets: "ã" and 36 "é".
        assertThat(physical[1].getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(out.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }
}
