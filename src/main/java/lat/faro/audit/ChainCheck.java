package lat.faro.audit;

import java.time.Instant;
import lat.faro.audit.ChainVerification.BrokenLink;
import lat.faro.audit.ChainVerification.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The verification rules, fed one stored entry at a time in seq order so that the trail never has
 * to fit in memory. For each entry, in this order: its seq must come next, its stored hash must
 * match its content, and its prev_hash must be the hash of the entry before. At the end, the last
 * entry must be the one the chain head names.
 */
final class ChainCheck {

    private long expectedSeq = 1;
    private String expectedPrev = ChainLink.GENESIS;
    private @Nullable Long lastId;
    private long checked;
    private @Nullable BrokenLink broken;

    /** Checks the next entry; false once the chain is broken, after which nothing more is read. */
    boolean accept(StoredEntry entry) {
        if (broken != null) {
            return false;
        }
        ChainLink link = entry.link();
        if (link.seq() > expectedSeq) {
            broken = new BrokenLink(expectedSeq, null, Reason.MISSING_SEQ);
        } else if (link.seq() < expectedSeq) {
            broken = new BrokenLink(link.seq(), entry.id(), Reason.UNEXPECTED_SEQ);
        } else if (!link.hash().equals(entry.hash())) {
            broken = new BrokenLink(link.seq(), entry.id(), Reason.HASH_MISMATCH);
        } else if (!link.prevHash().equals(expectedPrev)) {
            broken = new BrokenLink(link.seq(), entry.id(), Reason.PREV_MISMATCH);
        }
        if (broken != null) {
            return false;
        }
        checked++;
        expectedSeq++;
        expectedPrev = entry.hash();
        lastId = entry.id();
        return true;
    }

    /** The verdict once every entry up to the head has been fed; a missing head counts as broken. */
    ChainVerification finish(@Nullable Head head, Instant now) {
        if (broken == null) {
            long lastSeq = expectedSeq - 1;
            if (head == null || head.lastSeq() != lastSeq) {
                broken = new BrokenLink(expectedSeq, null, Reason.HEAD_MISMATCH);
            } else if (!head.lastHash().equals(expectedPrev)) {
                broken = new BrokenLink(lastSeq, lastId, Reason.HEAD_MISMATCH);
            }
        }
        return new ChainVerification(checked, broken, now);
    }

    /** One row as stored: its id, its hashed content and the hash stored beside it. */
    record StoredEntry(long id, ChainLink link, String hash) {}

    /** The chain head as stored: the last seq and hash appended. */
    record Head(long lastSeq, String lastHash) {}
}
