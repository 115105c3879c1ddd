package lat.faro.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ISO 3166-1 alpha-2 country code, always upper case. Whether the country is a member state is
 * the directory's business; this type only guarantees the shape.
 */
public record CountryCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + value);
        }
    }

    /** Accepts any case and surrounding blanks, e.g. {@code " ar "}. */
    public static CountryCode of(String raw) {
        return new CountryCode(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** True when {@code raw} has the shape of an alpha-2 code, in any case. */
    public static boolean isWellFormed(String raw) {
        return raw != null && SHAPE.matcher(raw.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
