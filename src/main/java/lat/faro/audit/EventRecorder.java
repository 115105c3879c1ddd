package lat.faro.audit;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import lat.faro.audit.ChainCheck.Head;
import lat.faro.shared.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends every {@link AuditableEvent} to the trail once the publishing transaction has
 * committed. The event publication registry holds each event until this listener has returned,
 * so a crash loses none; the price is that a crash in the instant between the append's commit
 * and the registry's completion mark may record an event twice (never zero times).
 */
@Component
class EventRecorder {

    private static final Logger log = LoggerFactory.getLogger(EventRecorder.class);
    private static final int ATTEMPTS = 5;

    private final AuditEntries entries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    EventRecorder(AuditEntries entries, PlatformTransactionManager transactionManager) {
        this(entries, transactionManager, Clock.systemUTC());
    }

    EventRecorder(AuditEntries entries, PlatformTransactionManager transactionManager, Clock clock) {
        this.entries = entries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // No surrounding transaction: each attempt below gets a fresh one, so a lock timeout can be retried.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AuditableEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> append(event));
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e; // the registry keeps the event as failed; it is resubmitted later
                }
                log.debug("Audit append attempt {} failed, retrying: {}", attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    private void append(AuditableEvent event) {
        Instant now = clock.instant();
        Head head = entries.lockHead();
        ChainLink link = ChainLink.of(head.lastSeq() + 1, occurredAt(event, now),
                Objects.requireNonNullElse(event.action(), ""),
                Objects.requireNonNullElse(event.actor(), ""),
                Objects.requireNonNullElse(event.subject(), ""),
                Objects.requireNonNullElse(event.details(), Map.of()),
                head.lastHash());
        entries.append(link, link.hash(), now);
    }

    /**
     * When the event happened: its own {@code Instant occurredAt()} if it has one (events may wait
     * in the registry for a while), otherwise now.
     */
    static Instant occurredAt(AuditableEvent event, Instant now) {
        try {
            Method accessor = event.getClass().getMethod("occurredAt");
            if (accessor.getReturnType() == Instant.class && accessor.trySetAccessible()
                    && accessor.invoke(event) instanceof Instant instant) {
                return instant;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no usable occurredAt(): the moment of recording is the best we know
        }
        return now;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an audit append", e);
        }
    }
}
