package lat.faro.shared;

import java.util.Map;

/**
 * A domain or security event that belongs in the audit trail. Modules publish past-tense records
 * implementing this interface; the audit module stores every one of them, hash-chained.
 *
 * <p>Events travel through the event publication registry, so they must carry everything the
 * trail needs: the actor is captured when the event is created, not looked up later.
 */
public interface AuditableEvent {

    /** A stable dotted name, e.g. {@code identity.sign-in.failed}. */
    String action();

    /** Who caused it: a user's e-mail, or {@code system} for jobs and start-up. */
    String actor();

    /** What it is about, e.g. {@code user:12} or {@code organisation:4}. */
    String subject();

    /** A few extra values worth keeping (never secrets or passwords). */
    default Map<String, String> details() {
        return Map.of();
    }
}
