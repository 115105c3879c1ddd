package lat.faro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lat.faro.audit.ChainCheck.Head;
import lat.faro.audit.ChainCheck.StoredEntry;
import lat.faro.audit.ChainVerification.BrokenLink;
import lat.faro.audit.ChainVerification.Reason;
import org.junit.jupiter.api.Test;

class ChainCheckTests {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    /** A sound chain of {@code n} entries; entry ids are seq + 100. */
    static List<StoredEntry> chain(int n) {
        var entries = new ArrayList<StoredEntry>();
        String prev = ChainLink.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            ChainLink link = ChainLink.of(seq, NOW.plusSeconds(seq), "test.happened", "ana@example.org",
                    "thing:" + seq, Map.of("n", Integer.toString(seq)), prev);
            prev = link.hash();
            entries.add(new StoredEntry(seq + 100, link, prev));
        }
        return entries;
    }

    static Head headOf(List<StoredEntry> entries) {
        return entries.isEmpty() ? new Head(0, ChainLink.GENESIS)
                : new Head(entries.getLast().link().seq(), entries.getLast().hash());
    }

    static ChainVerification run(List<StoredEntry> entries, Head head) {
        var check = new ChainCheck();
        for (StoredEntry e : entries) {
            if (!check.accept(e)) {
                break;
            }
        }
        return check.finish(head, NOW);
    }

    @Test
    void soundChainIsIntactWithItsCount() {
        var entries = chain(5);

        var result = run(entries, headOf(entries));

        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(5);
        assertThat(result.firstBrokenLink()).isNull();
    }

    @Test
    void emptyTrailIsIntact() {
        assertThat(run(List.of(), new Head(0, ChainLink.GENESIS))).isEqualTo(new ChainVerification(0, null, NOW));
    }

    @Test
    void alteredContentIsReportedAtThatEntry() {
        var entries = new ArrayList<>(chain(4));
        var original = entries.get(2);
        var l = original.link();
        entries.set(2, new StoredEntry(original.id(), new ChainLink(l.seq(), l.occurredAt(), l.action(), "mallory",
                l.subject(), l.details(), l.prevHash()), original.hash()));

        var result = run(entries, headOf(entries));

        assertThat(result.firstBrokenLink()).isEqualTo(new BrokenLink(3, 103L, Reason.HASH_MISMATCH));
        assertThat(result.checkedEntries()).isEqualTo(2);
    }

    @Test
    void alteredAndRehashedEntryBreaksTheLinkOfTheNext() {
        var entries = new ArrayList<>(chain(4));
        var l = entries.get(1).link();
        var forged = new ChainLink(l.seq(), l.occurredAt(), l.action(), "mallory", l.subject(), l.details(), l.prevHash());
        entries.set(1, new StoredEntry(102, forged, forged.hash()));

        assertThat(run(entries, headOf(entries)).firstBrokenLink())
                .isEqualTo(new BrokenLink(3, 103L, Reason.PREV_MISMATCH));
    }

    @Test
    void deletedEntryIsReportedAsTheMissingNumber() {
        var entries = new ArrayList<>(chain(5));
        var head = headOf(entries);
        entries.remove(1);

        var result = run(entries, head);

        assertThat(result.firstBrokenLink()).isEqualTo(new BrokenLink(2, null, Reason.MISSING_SEQ));
        assertThat(result.checkedEntries()).isEqualTo(1);
    }

    @Test
    void deletedFirstEntryIsReported() {
        var entries = new ArrayList<>(chain(3));
        var head = headOf(entries);
        entries.removeFirst();

        assertThat(run(entries, head).firstBrokenLink()).isEqualTo(new BrokenLink(1, null, Reason.MISSING_SEQ));
    }

    @Test
    void entryNumberedOutOfSequenceIsReported() {
        var entries = new ArrayList<>(chain(2));
        var l = entries.getFirst().link();
        var zero = new ChainLink(0, l.occurredAt(), l.action(), l.actor(), l.subject(), l.details(), l.prevHash());
        entries.addFirst(new StoredEntry(99, zero, zero.hash()));

        assertThat(run(entries, headOf(entries)).firstBrokenLink())
                .isEqualTo(new BrokenLink(0, 99L, Reason.UNEXPECTED_SEQ));
    }

    @Test
    void deletedTailIsCaughtByTheHead() {
        var entries = new ArrayList<>(chain(4));
        var head = headOf(entries);
        entries.removeLast();
        entries.removeLast();

        var result = run(entries, head);

        assertThat(result.firstBrokenLink()).isEqualTo(new BrokenLink(3, null, Reason.HEAD_MISMATCH));
        assertThat(result.checkedEntries()).isEqualTo(2);
    }

    @Test
    void replacedLastEntryIsCaughtByTheHead() {
        var entries = new ArrayList<>(chain(3));
        var head = headOf(entries);
        var l = entries.getLast().link();
        var forged = new ChainLink(l.seq(), l.occurredAt(), l.action(), "mallory", l.subject(), l.details(), l.prevHash());
        entries.set(2, new StoredEntry(103, forged, forged.hash()));

        assertThat(run(entries, head).firstBrokenLink()).isEqualTo(new BrokenLink(3, 103L, Reason.HEAD_MISMATCH));
    }

    @Test
    void missingHeadIsReported() {
        var entries = chain(2);

        assertThat(run(entries, null).firstBrokenLink()).isEqualTo(new BrokenLink(3, null, Reason.HEAD_MISMATCH));
    }
}
