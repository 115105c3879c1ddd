package lat.faro.assessment;

/**
 * A factor's stages as the range of its units' stages, never averaged: {@code low == high} for a
 * single stage, e.g. formative–established when 2 and 3.
 */
public record FactorScore(String factorId, String dimensionId, int low, int high, boolean complete) {

    public boolean isRange() {
        return low != high;
    }
}
