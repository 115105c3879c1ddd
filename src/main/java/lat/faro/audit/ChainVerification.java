package lat.faro.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit trail: either intact, with the number of entries checked, or
 * broken at the first link that fails, with the entries checked before it.
 */
public record ChainVerification(long checkedEntries, @Nullable BrokenLink firstBrokenLink, Instant verifiedAt) {

    /** True when every entry and the chain head agree. */
    public boolean intact() {
        return firstBrokenLink == null;
    }

    /**
     * Where the chain first breaks. {@code seq} is the position in the chain; {@code entryId} the
     * row found there, or null when the entry is missing.
     */
    public record BrokenLink(long seq, @Nullable Long entryId, Reason reason) {}

    /** Why a link is broken, and what that usually means. */
    public enum Reason {
        /** The row's content no longer matches its hash: the row was altered. {@code seq} is that row. */
        HASH_MISMATCH,
        /** A number is missing from the sequence: the entry was deleted. {@code seq} is the first missing. */
        MISSING_SEQ,
        /** A row carries a number that cannot come next (e.g. zero): it was inserted or renumbered. */
        UNEXPECTED_SEQ,
        /** The row does not carry the hash of the row before it: a row was removed, replaced or inserted. */
        PREV_MISMATCH,
        /** The trail does not end where the chain head says: entries at the end were deleted, or the head altered. */
        HEAD_MISMATCH
    }
}
