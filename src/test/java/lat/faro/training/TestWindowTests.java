package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import lat.faro.framework.Texts;
import org.junit.jupiter.api.Test;

/** When each test of an event is open, without Spring: an event of two sessions in Montevideo. */
class TestWindowTests {

    static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");

    static EventView.Session session(int position, String start, String end) {
        return new EventView.Session(position, position, null, ZonedDateTime.parse(start + "-03:00[America/Montevideo]"),
                ZonedDateTime.parse(end + "-03:00[America/Montevideo]"));
    }

    // Sessions listed out of order on purpose: the window follows the times, not the positions.
    static final EventView EVENT = new EventView(1, 1, "C-1", new Texts(java.util.Map.of("es", "Curso")), "UY", "Montevideo", "Sede",
            null, EventDraft.Modality.IN_PERSON, "es", "America/Montevideo", 10, EventDraft.RegistrationMode.OPEN,
            EventStatus.RUNNING, List.of(session(1, "2027-03-03T09:00", "2027-03-03T13:00"), session(2, "2027-03-02T09:00", "2027-03-02T13:00")),
            List.of(), List.of(), 0, 0, 1);

    static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(MONTEVIDEO).toInstant();
    }

    @Test
    void thePreTestIsOpenFromConfirmationUntilTheFirstSessionStarts() {
        var window = LearningTests.window(EVENT, TestKind.PRE, at("2027-02-01T10:00"));
        assertThat(window.notYetOpen(at("2027-02-01T09:59"))).isTrue();
        assertThat(window.notYetOpen(at("2027-02-01T10:00"))).isFalse();
        assertThat(window.closed(at("2027-03-02T08:59"))).isFalse();
        assertThat(window.closed(at("2027-03-02T09:00"))).isTrue();
    }

    @Test
    void thePostTestIsOpenFromTheLastSessionsStartUntilFourteenDaysAfterItEnds() {
        var window = LearningTests.window(EVENT, TestKind.POST, null);
        assertThat(window.notYetOpen(at("2027-03-03T08:59"))).isTrue();
        assertThat(window.notYetOpen(at("2027-03-03T09:00"))).isFalse();
        assertThat(window.closed(at("2027-03-17T12:59"))).isFalse();
        assertThat(window.closed(at("2027-03-17T13:00"))).isTrue();
        assertThat(LearningTests.POST_TEST_DAYS).isEqualTo(14);
    }
}
