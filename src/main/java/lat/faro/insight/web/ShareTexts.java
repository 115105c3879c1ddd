package lat.faro.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import lat.faro.insight.Share;
import org.springframework.context.MessageSource;

/** "n de N (x %)" in the page's language, or the dash when there is no denominator: every insight page and report. */
final class ShareTexts {

    private ShareTexts() {
    }

    static String of(Share share, Locale locale, NumberFormat percent, MessageSource messages) {
        BigDecimal value = share.percent();
        return value == null
                ? messages.getMessage("insight.stats.none", null, locale)
                : messages.getMessage("insight.stats.share", new Object[] {share.count(), share.of(), percent.format(value)}, locale);
    }
}
