package lat.faro.shared.web;

import java.text.NumberFormat;
import java.util.Locale;

/** How pages and reports write figures. */
public final class Numbers {

    private Numbers() {
    }

    /** Two decimals always, in the language's notation ("96,88" in Spanish, "96.88" in English). */
    public static NumberFormat twoDecimals(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format;
    }
}
