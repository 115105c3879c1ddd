/**
 * The append-only audit trail: every {@link lat.faro.shared.AuditableEvent} a module publishes is
 * stored as an entry carrying the hash of the entry before it, so that altering or deleting a
 * row afterwards is detected by {@link lat.faro.audit.AuditTrail#verify()}. Depends on shared
 * only; nothing depends on it.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"shared", "shared :: security", "shared :: web"})
package lat.faro.audit;

import org.jspecify.annotations.NullMarked;
