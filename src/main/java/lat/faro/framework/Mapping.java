package lat.faro.framework;

import java.util.List;
import java.util.Set;

/**
 * Links between the scoring units of two framework versions, so change between rounds can be
 * shown across editions.
 *
 * @param retired units of {@code from} with no counterpart in {@code to}
 */
public record Mapping(FrameworkRef from, FrameworkRef to, List<Link> links, Set<String> retired) {

    public Mapping {
        links = List.copyOf(links);
        retired = Set.copyOf(retired);
    }

    /** One link: the {@code from} unit stands to the {@code to} unit as {@code relation} says. */
    public record Link(String from, String to, Relation relation) {
    }

    /** The links into a unit of the newer version. */
    public List<Link> into(String toUnit) {
        return links.stream().filter(l -> l.to().equals(toUnit)).toList();
    }

    /** The links out of a unit of the older version. */
    public List<Link> outOf(String fromUnit) {
        return links.stream().filter(l -> l.from().equals(fromUnit)).toList();
    }
}
