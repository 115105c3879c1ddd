package lat.faro.training;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number, kept in lowest terms with a positive denominator, so that two equal
 * values are {@code equals} (2/4 is 1/2). Scores, gains and shares of the training module are
 * fractions: a score of 1 of 3 points is 100/3 %, not 33.33 %. Rounding happens only in
 * {@link #rounded()}, for display.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    public static final Fraction HUNDRED = new Fraction(BigInteger.valueOf(100), BigInteger.ONE);

    /** Reduces to lowest terms; a zero denominator is an {@link ArithmeticException}. */
    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (!denominator.equals(BigInteger.ONE)) {
            BigInteger gcd = numerator.gcd(denominator);
            if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
                numerator = numerator.divide(gcd);
                denominator = denominator.divide(gcd);
            }
            if (numerator.signum() == 0) {
                denominator = BigInteger.ONE;
            }
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(long whole) {
        return new Fraction(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    /** The exact value of a decimal: 62.5 is 125/2. */
    public static Fraction of(BigDecimal decimal) {
        int scale = decimal.scale();
        return scale >= 0
                ? new Fraction(decimal.unscaledValue(), BigInteger.TEN.pow(scale))
                : new Fraction(decimal.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    public Fraction add(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return new Fraction(numerator.subtract(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction multiply(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** This divided by {@code other}; an {@link ArithmeticException} when {@code other} is zero. */
    public Fraction divide(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** This divided by a whole number, e.g. a sum by a count to make a mean. */
    public Fraction divide(long divisor) {
        return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public int signum() {
        return numerator.signum();
    }

    /** Two decimals, half up (away from zero on a tie: −0.125 → −0.13); for display only. */
    public BigDecimal rounded() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
    }

    /** The nearest double, e.g. for a chart; never for further exact arithmetic. */
    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
