package lat.faro.framework;

/**
 * One observable statement of what a country has in place at a stage (maturity model), or one
 * control an agency implements (baseline; {@code stage} is then 0).
 */
public record Indicator(String id, int stage, Texts text, Texts name) {
}
