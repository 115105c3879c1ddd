package lat.faro.directory.web;

/** Keeps echoed input short in messages: a megabyte sent is not a megabyte answered. */
final class Shown {

    private Shown() {}

    static String shorten(String value) {
        String stripped = value.strip();
        return stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
    }
}
