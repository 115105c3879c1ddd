package lat.faro.shared.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Keeps redirects on this site: only plain local paths pass, anything else becomes {@code /}. */
public final class SafeRedirects {

    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?=&:+,-]*");

    private SafeRedirects() {}

    public static String localPath(@Nullable String candidate) {
        if (candidate == null || candidate.length() > 500 || !LOCAL.matcher(candidate).matches()) {
            return "/";
        }
        return candidate;
    }
}
