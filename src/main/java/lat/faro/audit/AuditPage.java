package lat.faro.audit;

import java.util.List;

/** One page of trail entries, newest first, and how many entries match in total. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long totalEntries) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (totalEntries + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalEntries;
    }
}
