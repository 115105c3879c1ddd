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
    private final int chunk;

    @Autowired
    AuditTrail(AuditEntries entries) {
        this(entries, Clock.systemUTC(), CHUNK);
    }

    AuditTrail(AuditEntries entries, Clock clock, int chunk) {
        this.entries = entries;
        this.clock = clock;
        this.chunk = chunk;
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
            List<StoredEntry> read = entries.chunk(after, upto, chunk);
            for (StoredEntry entry : read) {
                if (!check.accept(entry)) {
                    return check.finish(head, clock.instant());
                }
            }
            if (read.size() < chunk) {
                return check.finish(head, clock.instant());
            }
            after = read.getLast().link().seq();
        }
    }
}
