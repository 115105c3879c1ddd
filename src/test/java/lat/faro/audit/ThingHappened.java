package lat.faro.audit;

import java.time.Instant;
import java.util.Map;
import lat.faro.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** A stand-in for the events other modules publish; {@code occurredAt} may be left out. */
public record ThingHappened(String action, String actor, String subject, Map<String, String> details,
        @Nullable Instant occurredAt) implements AuditableEvent {

    public ThingHappened(String action, String actor, String subject) {
        this(action, actor, subject, Map.of(), null);
    }

    public ThingHappened(String action, String actor, String subject, Map<String, String> details) {
        this(action, actor, subject, details, null);
    }
}
