package lat.faro.directory;

import java.util.List;

/**
 * One page of organisations, ordered by name.
 *
 * @param page the page number, from 0
 * @param total how many organisations match in all
 */
public record OrganisationPage(List<OrganisationView> items, int page, int size, long total) {

    public OrganisationPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
