package lat.faro.insight;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.faro.assessment.RoundView;

/**
 * When a round took place, for ordering rounds in time: its start date; else a year in its label
 * ("Estudio regional 2016", "2020"); else the day it was opened in Faro. Imported historic rounds
 * are opened long after they took place, so the label's year comes before the opening date.
 */
final class RoundOrder {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

    private RoundOrder() {
    }

    static LocalDate when(RoundView round) {
        if (round.startsOn() != null) {
            return round.startsOn();
        }
        Matcher year = YEAR.matcher(round.label());
        if (year.find()) {
            return LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
        }
        return LocalDate.ofInstant(round.createdAt(), ZoneOffset.UTC);
    }

    /** The rounds before {@code round}, the most recent first. */
    static List<RoundView> earlierThan(RoundView round, List<RoundView> all) {
        LocalDate at = when(round);
        return all.stream()
                .filter(r -> r.id() != round.id() && when(r).isBefore(at))
                .sorted(Comparator.comparing(RoundOrder::when).reversed().thenComparing(RoundView::id, Comparator.reverseOrder()))
                .toList();
    }
}
