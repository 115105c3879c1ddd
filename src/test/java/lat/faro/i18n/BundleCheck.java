package lat.faro.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one message bundle ({@code i18n/<basename>_<lang>.properties}) in Faro's four languages:
 * every file exists, is valid UTF-8 without mojibake, has no blank or duplicate value, all four
 * have the same keys, and each key's {@code {n}} placeholders are the same in every language.
 * Works on bytes so that the rules can be tested on planted samples.
 */
final class BundleCheck {

    static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");
    /** A lone ASCII apostrophe: MessageFormat treats it as a quote and swallows the text after it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /**
     * UTF-8 read as Latin-1 or Windows-1252 and saved again: "é" becomes "Ã©", "’" becomes "â€™",
     * "«" becomes "Â«". A real "Ã" or "Â" is followed by a letter, never by these characters.
     */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[ÃÂ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]"
                    + "|â€|\\uFFFD");

    private BundleCheck() {}

    /** One entry of a properties file: its value and the line where its key stands. */
    record Entry(String value, int line) {}

    /**
     * The problems of one bundle, each naming file and line.
     *
     * @param basename e.g. {@code shared}
     * @param files    the raw bytes of each language's file that exists, by language code
     */
    static List<String> check(String basename, Map<String, byte[]> files) {
        var problems = new ArrayList<String>();
        var parsed = new LinkedHashMap<String, Map<String, Entry>>();
        for (String lang : LANGUAGES) {
            String file = fileName(basename, lang);
            byte[] bytes = files.get(lang);
            if (bytes == null) {
                problems.add(file + ": missing (every bundle needs " + String.join(", ", LANGUAGES) + ")");
                continue;
            }
            String text = decode(file, bytes, problems);
            if (text != null) {
                parsed.put(lang, parse(file, text, problems));
            }
        }
        compareKeys(basename, parsed, problems);
        comparePlaceholders(basename, parsed, problems);
        return problems;
    }

    static String fileName(String basename, String lang) {
        return "i18n/" + basename + "_" + lang + ".properties";
    }

    /** The keys of a file, for the template check. */
    static Set<String> keys(String file, byte[] bytes) {
        var ignored = new ArrayList<String>();
        String text = decode(file, bytes, ignored);
        return text == null ? Set.of() : parse(file, text, ignored).keySet();
    }

    private static String decode(String file, byte[] bytes, List<String> problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                problems.add(file + ":1: starts with a byte-order mark; save it as UTF-8 without BOM");
                text = text.substring(1);
            }
            return text;
        } catch (CharacterCodingException e) {
            problems.add(file + ":" + lineOfFirstBadByte(bytes) + ": not valid UTF-8 (saved as Latin-1 or Windows-1252?)");
            return null;
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    /**
     * Reads the file as {@link Properties} would, one logical line at a time, so that each key
     * keeps its line number and a key written twice is noticed.
     */
    private static Map<String, Entry> parse(String file, String text, List<String> problems) {
        var entries = new LinkedHashMap<String, Entry>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            String stripped = lines[i].stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            var logical = new StringBuilder(lines[i]);
            while (endsWithContinuation(lines[i]) && i + 1 < lines.length) {
                i++;
                logical.append('\n').append(lines[i]);
            }
            var one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ":" + (first + 1) + ": unreadable line: " + e.getMessage());
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                String value = one.getProperty(key);
                int line = first + 1;
                if (entries.containsKey(key)) {
                    problems.add(file + ":" + line + ": key '" + key + "' repeats line " + entries.get(key).line()
                            + " (the later value silently wins)");
                }
                entries.put(key, new Entry(value, line));
                checkValue(file, key, value, line, problems);
            }
        }
        return entries;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static void checkValue(String file, String key, String value, int line, List<String> problems) {
        String where = file + ":" + line + ": ";
        if (value.isBlank()) {
            problems.add(where + "key '" + key + "' has a blank value");
        }
        Matcher mojibake = MOJIBAKE.matcher(value);
        if (mojibake.find()) {
            problems.add(where + "key '" + key + "' holds mojibake \"" + mojibake.group()
                    + "\" (UTF-8 read as Latin-1): " + value);
        }
        if (PLACEHOLDER.matcher(value).find() && LONE_APOSTROPHE.matcher(value).find()) {
            problems.add(where + "key '" + key + "' has placeholders and a single ' which MessageFormat swallows;"
                    + " write '' or the typographic ’: " + value);
        }
    }

    private static void compareKeys(String basename, Map<String, Map<String, Entry>> parsed, List<String> problems) {
        var all = new TreeSet<String>();
        parsed.values().forEach(entries -> all.addAll(entries.keySet()));
        parsed.forEach((lang, entries) -> {
            var missing = new TreeSet<>(all);
            missing.removeAll(entries.keySet());
            for (String key : missing) {
                var holders = new ArrayList<String>();
                parsed.forEach((other, e) -> {
                    if (e.containsKey(key)) {
                        holders.add(other + " line " + e.get(key).line());
                    }
                });
                problems.add(fileName(basename, lang) + ": lacks key '" + key + "' (present in "
                        + String.join(", ", holders) + ")");
            }
        });
    }

    private static void comparePlaceholders(String basename, Map<String, Map<String, Entry>> parsed,
            List<String> problems) {
        if (parsed.isEmpty()) {
            return;
        }
        String referenceLang = parsed.containsKey("es") ? "es" : parsed.keySet().iterator().next();
        Map<String, Entry> reference = parsed.get(referenceLang);
        reference.forEach((key, ref) -> {
            Set<String> expected = placeholders(ref.value());
            parsed.forEach((lang, entries) -> {
                Entry other = entries.get(key);
                if (other != null && !lang.equals(referenceLang) && !placeholders(other.value()).equals(expected)) {
                    problems.add(fileName(basename, lang) + ":" + other.line() + ": key '" + key + "' has placeholders "
                            + placeholders(other.value()) + " but " + referenceLang + " has " + expected);
                }
            });
        });
    }

    static Set<String> placeholders(String value) {
        var found = new TreeSet<String>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }
}
