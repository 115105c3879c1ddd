package lat.faro.insight;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is published about one member state: its results in every national round that has them,
 * oldest round first, each beside the round's regional statistics (all member states, no filter).
 */
public record CountryProfile(String country, List<RoundResult> rounds) {

    public CountryProfile {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a profile has at least one round");
        }
        rounds = List.copyOf(rounds);
    }

    /**
     * The country's result in one round.
     *
     * @param stages element id (factor or aspect) → the country's stage; derived factors included
     * @param source {@code assessment} (published in Faro) or {@code imported}
     */
    public record RoundResult(RoundStatistics region, Map<String, Integer> stages, String source) {

        public RoundResult {
            stages = Map.copyOf(stages);
        }

        public long roundId() {
            return region.roundId();
        }

        public String label() {
            return region.label();
        }
    }

    public RoundResult latest() {
        return rounds.getLast();
    }

    public Optional<RoundResult> round(long roundId) {
        return rounds.stream().filter(r -> r.roundId() == roundId).findFirst();
    }

    /** The result of the round before {@code roundId} that has one, if any. */
    public Optional<RoundResult> before(long roundId) {
        RoundResult previous = null;
        for (RoundResult round : rounds) {
            if (round.roundId() == roundId) {
                return Optional.ofNullable(previous);
            }
            previous = round;
        }
        return Optional.empty();
    }
}
