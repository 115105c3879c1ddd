package lat.faro.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact share, {@code count} of {@code of}, kept as a fraction; rounded only when shown: two
 * decimals of a percentage, half up (31 of 32 → 96.88 %). A share of nothing is 0 of 0, shown as
 * no percentage at all.
 */
public record Share(int count, int of) {

    public Share {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException(count + " of " + of);
        }
    }

    /** The percentage rounded to two decimals, or null when the denominator is 0. */
    public BigDecimal percent() {
        if (of == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }
}
