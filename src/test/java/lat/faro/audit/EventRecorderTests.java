package lat.faro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import lat.faro.shared.AuditableEvent;
import org.junit.jupiter.api.Test;

class EventRecorderTests {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    record Plain(String action, String actor, String subject) implements AuditableEvent {}

    record Dated(String action, String actor, String subject, Instant occurredAt) implements AuditableEvent {}

    record OddlyDated(String action, String actor, String subject, String occurredAt) implements AuditableEvent {}

    @Test
    void eventThatCarriesItsTimeKeepsIt() {
        Instant then = Instant.parse("2026-01-15T08:00:00Z");

        assertThat(EventRecorder.occurredAt(new Dated("a", "b", "c", then), NOW)).isEqualTo(then);
    }

    @Test
    void eventWithoutATimeIsDatedWhenRecorded() {
        assertThat(EventRecorder.occurredAt(new Plain("a", "b", "c"), NOW)).isEqualTo(NOW);
        assertThat(EventRecorder.occurredAt(new OddlyDated("a", "b", "c", "yesterday"), NOW)).isEqualTo(NOW);
    }
}
