package lat.faro.directory.web;

import java.util.regex.Pattern;

/**
 * Echoes input in messages only when it looks like a code or a slug: a megabyte or a script sent
 * is never answered back.
 */
final class Shown {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_-]{1,20}");

    private Shown() {}

    static String shorten(String value) {
        String stripped = value.strip();
        return PLAIN.matcher(stripped).matches() ? stripped : "…";
    }
}
