package lat.faro.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the trail as read back: where it sits in the chain ({@code seq}), what happened,
 * the details it carried (sorted by key), and the hashes that tie it to the entry before.
 */
public record AuditEntry(long id, long seq, Instant occurredAt, Instant recordedAt, String action, String actor,
        String subject, Map<String, String> details, String prevHash, String hash) {

    public AuditEntry {
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
