package lat.faro.assessment;

/**
 * The mean of a dimension's unit stages: a derived figure, always shown labelled as such, never
 * a stage of the model.
 */
public record DimensionAverage(String dimensionId, double mean, int units) {
}
