package lat.faro.framework;

import java.util.List;

/**
 * A dimension of a maturity model (with its factors) or a function of a baseline (with its
 * controls, as the indicators of one unit whose id is the dimension's).
 */
public record Dimension(String id, Texts name, List<Factor> factors, List<Indicator> controls) {

    public Dimension {
        factors = List.copyOf(factors);
        controls = List.copyOf(controls);
    }
}
