package lat.faro.audit;

import java.time.Clock;
import java.util.List;
import lat.faro.audit.ChainCheck.Head;
import lat.faro.audit.ChainCheck.StoredEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: pages of entries for people, and the verification of the whole hash
 * chain. Entries only ever arrive through events (see the module documentation); nothing here can
 * change them. Callers authorise: the trail is for programme-wide administrators.
 */
@Service
public class AuditTrail {

    /** How many entries verification reads at a time. */
    static final int CHUNK = 500;

    private final AuditEntries entries;
    private final Clock clock;

    @Autowired
    AuditTrail(AuditEntries entries) {
        this(entries, Clock.systemUTC());
    }

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The entries the query selects, newest first. */
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        return entries.search(query);
    }

    /**
     * Walks the chain in seq order, a chunk at a time, recomputing every hash, and reports the
     * first broken link. Only entries up to the head read at the start are checked, so appends
     * made meanwhile (by this or another instance) are left for the next verification.
     */
    public ChainVerification verify() {
        Head head = entries.head();
        long upto = head == null ? Long.MAX_VALUE : head.lastSeq();
        var check = new ChainCheck();
        long after = Long.MIN_VALUE;
        while (true) {
            List<StoredEntry> chunk = entries.chunk(after, upto, CHUNK);
            for (StoredEntry entry : chunk) {
                if (!check.accept(entry)) {
                    return check.finish(head, clock.instant());
                }
            }
            if (chunk.size() < CHUNK) {
                return check.finish(head, clock.instant());
            }
            after = chunk.getLast().link().seq();
        }
    }
}
