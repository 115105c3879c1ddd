package lat.faro.assessment;

/**
 * A factor's stages as the range of its applicable units' stages, never averaged: {@code low ==
 * high} for a single stage, e.g. formative–established when 2 and 3. A factor none of whose units
 * applies has no range ({@code applicable} false, low and high 0).
 */
public record FactorScore(String factorId, String dimensionId, int low, int high, boolean complete, boolean applicable) {

    public boolean isRange() {
        return low != high;
    }
}
