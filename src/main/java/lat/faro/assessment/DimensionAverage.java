package lat.faro.assessment;

/**
 * The mean of a dimension's unit stages: a derived figure, always shown labelled as such, never
 * a stage of the model. Units that do not apply are left out; {@code complete} is false when any
 * unit counted is still incomplete.
 */
public record DimensionAverage(String dimensionId, double mean, int units, boolean complete) {
}
