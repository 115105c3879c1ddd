package lat.faro.training;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The canonical form of a certificate document: RFC 8785 (JSON Canonicalization Scheme) for the
 * only shapes a certificate uses — objects, strings and integers. Members sorted by their names
 * compared as UTF-16 code units, no white space, strings with only {@code "}, {@code \} and
 * control characters escaped ({@code \b \t \n \f \r}, otherwise <code>&#92;u00<i>xx</i></code> in lower case),
 * integers in plain decimal. Anything else (arrays, {@code null}, booleans, fractions, integers
 * beyond ±(2⁵³−1), strings with unpaired surrogates) is refused, so two parties can never
 * disagree about the bytes.
 */
final class CanonicalJson {

    /** RFC 8785 writes numbers as IEEE doubles; integers up to this size are exact. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {}

    /** The canonical text of {@code node}; {@link NotCanonical} names the first offending member. */
    static String write(JsonNode node) {
        var sb = new StringBuilder(512);
        write(sb, node, "");
        return sb.toString();
    }

    static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder sb, JsonNode node, String path) {
        if (node.isObject()) {
            var members = new ArrayList<Map.Entry<String, JsonNode>>(node.properties());
            // String.compareTo compares UTF-16 code units, exactly as RFC 8785 section 3.2.3 asks.
            members.sort(Map.Entry.comparingByKey());
            sb.append('{');
            boolean first = true;
            for (var member : members) {
                String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, member.getKey(), memberPath);
                sb.append(':');
                write(sb, member.getValue(), memberPath);
            }
            sb.append('}');
        } else if (node.isString()) {
            string(sb, node.stringValue(), path);
        } else if (node.isIntegralNumber() && node.canConvertToLong()
                && Math.abs(node.longValue()) <= MAX_SAFE_INTEGER) {
            sb.append(node.longValue());
        } else {
            throw new NotCanonical(path, "only objects, strings and integers up to 2^53-1 are allowed, not "
                    + node.getNodeType());
        }
    }

    private static void string(StringBuilder sb, String s, String path) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(++i));
                    continue;
                }
                throw new NotCanonical(path, "unpaired surrogate");
            }
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** A value the canonical form cannot hold; {@link #path} is its JSON path, e.g. {@code event.id}. */
    static final class NotCanonical extends IllegalArgumentException {

        private final String path;

        NotCanonical(String path, String reason) {
            super((path.isEmpty() ? "document" : path) + ": " + reason);
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
