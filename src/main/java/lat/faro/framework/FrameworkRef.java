package lat.faro.framework;

import java.util.regex.Pattern;

/**
 * A framework id and one of its versions, e.g. {@code faro-national-2021@1.0.0}. Assessments are
 * pinned to a ref, never to an id alone.
 */
public record FrameworkRef(String id, String version) implements Comparable<FrameworkRef> {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})");

    public FrameworkRef {
        if (!ID.matcher(id).matches() || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("not a framework ref: " + id + "@" + version);
        }
    }

    /** Parses {@code id@version}; an {@link IllegalArgumentException} if it is not one. */
    public static FrameworkRef parse(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("not a framework ref: " + text);
        }
        return new FrameworkRef(text.substring(0, at), text.substring(at + 1));
    }

    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    public static boolean isVersion(String text) {
        return VERSION.matcher(text).matches();
    }

    /** Orders by id, then by version number (so 1.10.0 comes after 1.9.0). */
    @Override
    public int compareTo(FrameworkRef other) {
        int byId = id.compareTo(other.id);
        if (byId != 0) {
            return byId;
        }
        String[] a = version.split("\\.");
        String[] b = other.version.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
