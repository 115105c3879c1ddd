package lat.faro.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hashed content of one trail entry and the rules of the chain. No Spring, no database: the
 * same code computes a hash when appending and recomputes it when verifying.
 *
 * <p>The hash is SHA-256 (lower-case hex) over the canonical encoding: the line
 * {@code faro-audit/v1}, then for each field in the order seq, occurred_at, action, actor,
 * subject, details, prev_hash a line {@code name=<length>:<value>}, where the length is that of
 * the value in UTF-8 bytes, so no value can spill into the next. {@code occurred_at} is written as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} in UTC (both databases keep microseconds); details are the
 * canonical JSON object of {@link #canonicalDetails}. The first entry's prev_hash is
 * {@link #GENESIS}.
 */
record ChainLink(long seq, Instant occurredAt, String action, String actor, String subject, String details,
        String prevHash) {

    /** The prev_hash of the first entry: 64 zeros. */
    static final String GENESIS = "0".repeat(64);

    static final int MAX_ACTION = 200;
    static final int MAX_ACTOR = 320;
    static final int MAX_SUBJECT = 500;
    static final int MAX_DETAILS = 16_000;
    static final int MAX_DETAIL_KEY = 100;
    static final int MAX_DETAIL_VALUE = 2_000;
    /** Added to details that had to be cut to fit; its value is the number of entries left out. */
    static final String TRUNCATED_KEY = "_truncated";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * The link that follows {@code prevHash} at {@code seq}, made storable: the time cut to
     * microseconds, text cleaned of what a database cannot hold and clipped to the column sizes.
     * An event must never fail to be recorded because of its size.
     */
    static ChainLink of(long seq, Instant occurredAt, String action, String actor, String subject,
            Map<String, String> details, String prevHash) {
        return new ChainLink(seq, occurredAt.truncatedTo(ChronoUnit.MICROS), clean(action, MAX_ACTION),
                clean(actor, MAX_ACTOR), clean(subject, MAX_SUBJECT), canonicalDetails(details), prevHash);
    }

    /** SHA-256 of the canonical encoding, in lower-case hex. */
    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The exact bytes that are hashed (see the type's documentation). */
    byte[] canonicalBytes() {
        var out = new ByteArrayOutputStream(256 + details.length());
        out.writeBytes("faro-audit/v1\n".getBytes(StandardCharsets.UTF_8));
        field(out, "seq", Long.toString(seq));
        field(out, "occurred_at", TIME.format(occurredAt));
        field(out, "action", action);
        field(out, "actor", actor);
        field(out, "subject", subject);
        field(out, "details", details);
        field(out, "prev_hash", prevHash);
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((name + "=" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.write('\n');
    }

    /**
     * Details as canonical JSON: one object, keys sorted (by UTF-16 code units), no white space,
     * only {@code "} {@code \} and control characters escaped (as {@code \n}, {@code \r},
     * {@code \t} or {@code \}{@code u00xx}). Over-long keys and values are clipped; if the whole
     * still exceeds {@link #MAX_DETAILS}, the last keys are left out and {@link #TRUNCATED_KEY}
     * says how many.
     */
    static String canonicalDetails(Map<String, String> details) {
        var sorted = new TreeMap<String, String>();
        details.forEach((k, v) -> sorted.put(clean(k == null ? "" : k, MAX_DETAIL_KEY),
                clean(v == null ? "" : v, MAX_DETAIL_VALUE)));
        String json = json(sorted);
        if (json.length() <= MAX_DETAILS) {
            return json;
        }
        var kept = new TreeMap<String, String>();
        int length = 2 + TRUNCATED_KEY.length() + 32;
        for (var e : sorted.entrySet()) {
            int entryLength = json(Map.of(e.getKey(), e.getValue())).length();
            if (length + entryLength > MAX_DETAILS) {
                break;
            }
            kept.put(e.getKey(), e.getValue());
            length += entryLength;
        }
        kept.put(TRUNCATED_KEY, Integer.toString(sorted.size() - kept.size()));
        return json(kept);
    }

    private static String json(Map<String, String> sorted) {
        var sb = new StringBuilder("{");
        for (var e : sorted.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            quote(sb, e.getKey());
            sb.append(':');
            quote(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Text as both databases store it unchanged: NUL (which PostgreSQL refuses) and unpaired
     * surrogates (which UTF-8 cannot carry) become U+FFFD, and the text is clipped to {@code max}
     * UTF-16 units without splitting a pair. Otherwise the stored row would differ from what was
     * hashed and verification would report an alteration that never happened.
     */
    static String clean(String s, int max) {
        var sb = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb.length() + 2 > max) {
                    break;
                }
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            if (sb.length() + 1 > max) {
                break;
            }
            sb.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.toString();
    }
}
