package lat.faro.training;

import java.security.SecureRandom;

/**
 * A certificate's verification code: 16 characters of Crockford's Base32 alphabet
 * ({@code 0-9 A-Z} without {@code I L O U}), 15 drawn from {@link SecureRandom} (75 bits) and a
 * last check character. Printed in groups of four, {@code 7QX2-M9KD-4RTA-H0VF}; {@link #value()}
 * is the bare canonical form without dashes.
 *
 * <p>The check character makes the whole code satisfy {@code sum(w_i * v_i) = 0} in GF(32), with
 * {@code v_i} the value of the i-th character and {@code w_i = α^(15-i)} for a primitive element
 * α (polynomial x⁵+x²+1). Every weight is non-zero and no two neighbours share one, so any single
 * wrong character and any swap of two neighbouring different characters, the check character
 * included, is recognised as mistyped rather than merely unknown.
 *
 * <p>{@link #read} accepts what people type: any case, dashes and spaces anywhere, and Crockford's
 * look-alikes {@code O→0}, {@code I→1}, {@code L→1}.
 */
public record VerificationCode(String value) {

    /** Characters in a code, the check character included. */
    public static final int LENGTH = 16;

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Longer input is refused before it is looked at: nobody types a code that long. */
    private static final int MAX_INPUT = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** x⁵ + x² + 1, primitive over GF(2): α = x has order 31. */
    private static final int POLYNOMIAL = 0b100101;

    public VerificationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a canonical verification code: " + value);
        }
        if (syndrome(value) != 0) {
            throw new IllegalArgumentException("verification code fails its check character: " + value);
        }
    }

    /** A new random code. */
    public static VerificationCode generate() {
        var sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        // The syndrome of the 15 characters with a 0 in the check position is the value that, added
        // (XOR) with weight α⁰ = 1, brings the sum to zero.
        sb.append('0');
        sb.setCharAt(LENGTH - 1, ALPHABET.charAt(syndrome(sb)));
        return new VerificationCode(sb.toString());
    }

    /**
     * Reads a code as a person typed or pasted it: {@link Reading.Valid} with the code,
     * {@link Reading.Mistyped} when it has the shape of a code but its check character does not
     * match (a character is wrong or two are swapped), {@link Reading.Malformed} when it cannot be
     * a code at all (wrong length, a character outside the alphabet).
     */
    public static Reading read(String typed) {
        if (typed.length() > MAX_INPUT) {
            return new Reading.Malformed();
        }
        var sb = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                continue; // dashes pasted from a PDF may be any of Unicode's dashes
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            c = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(c) < 0 || sb.length() == LENGTH) {
                return new Reading.Malformed();
            }
            sb.append(c);
        }
        if (sb.length() != LENGTH) {
            return new Reading.Malformed();
        }
        return syndrome(sb) == 0 ? new Reading.Valid(new VerificationCode(sb.toString())) : new Reading.Mistyped();
    }

    /** As printed and shown: four groups of four joined by dashes, e.g. {@code 7QX2-M9KD-4RTA-H0VF}. */
    public String grouped() {
        return value.substring(0, 4) + '-' + value.substring(4, 8) + '-' + value.substring(8, 12) + '-'
                + value.substring(12);
    }

    @Override
    public String toString() {
        return grouped();
    }

    /** What a person's typing turned out to be; see {@link #read}. */
    public sealed interface Reading {

        /** A well-formed code whose check character matches. Whether it was issued is another question. */
        record Valid(VerificationCode code) implements Reading {}

        /** Sixteen characters of the alphabet, but the check character does not match. */
        record Mistyped() implements Reading {}

        /** Not a code at all. */
        record Malformed() implements Reading {}
    }

    /** {@code sum(α^(15-i) * v_i)} over GF(32); 0 for a valid code. Horner: s = s·α + v. */
    private static int syndrome(CharSequence code) {
        int s = 0;
        for (int i = 0; i < LENGTH; i++) {
            s = timesAlpha(s) ^ ALPHABET.indexOf(code.charAt(i));
        }
        return s;
    }

    private static int timesAlpha(int a) {
        int shifted = a << 1;
        return (shifted & 0b100000) != 0 ? shifted ^ POLYNOMIAL : shifted;
    }
}
