package lat.faro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainLinkTests {

    static final Instant AT = Instant.parse("2026-11-28T12:30:05.123456789Z");

    static ChainLink link(String actor, String subject) {
        return ChainLink.of(7, AT, "identity.sign-in.failed", actor, subject, Map.of("ip", "203.0.113.9"),
                ChainLink.GENESIS);
    }

    @Test
    void firstEntryFollowsSixtyFourZeros() {
        assertThat(ChainLink.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void hashIsSha256OfTheLengthPrefixedCanonicalEncoding() throws Exception {
        ChainLink link = link("ana@example.org", "user:12");

        String expected = """
                faro-audit/v1
                seq=1:7
                occurred_at=27:2026-11-28T12:30:05.123456Z
                action=23:identity.sign-in.failed
                actor=15:ana@example.org
                subject=7:user:12
                details=20:{"ip":"203.0.113.9"}
                prev_hash=64:%s
                """.formatted(ChainLink.GENESIS);
        assertThat(new String(link.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        String sha = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(expected.getBytes(StandardCharsets.UTF_8)));
        assertThat(link.hash()).isEqualTo(sha).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void lengthsAreCountedInUtf8Bytes() {
        ChainLink link = ChainLink.of(1, AT, "a", "josé@example.org", "s", Map.of(), ChainLink.GENESIS);

        assertThat(new String(link.canonicalBytes(), StandardCharsets.UTF_8)).contains("actor=17:josé@example.org\n");
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        assertThat(link("ab", "c").hash()).isNotEqualTo(link("a", "bc").hash());
        assertThat(link("a\nsubject=1:b", "").hash()).isNotEqualTo(link("a", "b").hash());
    }

    @Test
    void everyHashedFieldChangesTheHash() {
        var base = ChainLink.of(1, AT, "act", "who", "what", Map.of("k", "v"), ChainLink.GENESIS);
        String hash = base.hash();

        assertThat(ChainLink.of(2, AT, "act", "who", "what", Map.of("k", "v"), ChainLink.GENESIS).hash()).isNotEqualTo(hash);
        assertThat(ChainLink.of(1, AT.plusNanos(1000), "act", "who", "what", Map.of("k", "v"), ChainLink.GENESIS).hash()).isNotEqualTo(hash);
        assertThat(ChainLink.of(1, AT, "act2", "who", "what", Map.of("k", "v"), ChainLink.GENESIS).hash()).isNotEqualTo(hash);
        assertThat(ChainLink.of(1, AT, "act", "who2", "what", Map.of("k", "v"), ChainLink.GENESIS).hash()).isNotEqualTo(hash);
        assertThat(ChainLink.of(1, AT, "act", "who", "what2", Map.of("k", "v"), ChainLink.GENESIS).hash()).isNotEqualTo(hash);
        assertThat(ChainLink.of(1, AT, "act", "who", "what", Map.of("k", "w"), ChainLink.GENESIS).hash()).isNotEqualTo(hash);
        assertThat(ChainLink.of(1, AT, "act", "who", "what", Map.of("k", "v"), "1".repeat(64)).hash()).isNotEqualTo(hash);
        assertThat(ChainLink.of(1, AT, "act", "who", "what", Map.of("k", "v"), ChainLink.GENESIS).hash()).isEqualTo(hash);
    }

    @Test
    void timeIsKeptToTheMicrosecondAsBothDatabasesStoreIt() {
        assertThat(link("a", "b").occurredAt()).isEqualTo(Instant.parse("2026-11-28T12:30:05.123456Z"));
        assertThat(new String(ChainLink.of(1, Instant.parse("2026-01-02T03:04:05Z"), "a", "b", "c", Map.of(),
                ChainLink.GENESIS).canonicalBytes(), StandardCharsets.UTF_8))
                .contains("occurred_at=27:2026-01-02T03:04:05.000000Z\n");
    }

    @Test
    void detailsAreSortedByKeyWhateverTheirOrder() {
        var first = new LinkedHashMap<String, String>();
        first.put("role", "ADMIN");
        first.put("country", "UY");
        var second = new LinkedHashMap<String, String>();
        second.put("country", "UY");
        second.put("role", "ADMIN");

        assertThat(ChainLink.canonicalDetails(first)).isEqualTo("{\"country\":\"UY\",\"role\":\"ADMIN\"}");
        assertThat(ChainLink.canonicalDetails(second)).isEqualTo(ChainLink.canonicalDetails(first));
        assertThat(ChainLink.canonicalDetails(Map.of())).isEqualTo("{}");
    }

    @Test
    void detailsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(ChainLink.canonicalDetails(Map.of("a\"b", "c\\d\n\t\r\u0001é")))
                .isEqualTo("{\"a\\\"b\":\"c\\\\d\\n\\t\\r\\u0001é\"}");
    }

    @Test
    void textIsCleanedOfWhatADatabaseCannotStore() {
        assertThat(ChainLink.clean("a\u0000b", 10)).isEqualTo("a\uFFFDb");
        assertThat(ChainLink.clean("x\uD800y", 10)).isEqualTo("x\uFFFDy");
        assertThat(ChainLink.clean("ok \uD83D\uDD12", 10)).isEqualTo("ok \uD83D\uDD12");
        assertThat(ChainLink.clean("abc\uD83D\uDD12", 4)).isEqualTo("abc");
        assertThat(ChainLink.clean("abcdef", 3)).isEqualTo("abc");
    }

    @Test
    void overLongDetailsAreCutAndSayHowManyWereLeftOut() {
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i < 20; i++) {
            details.put("k" + (100 + i), "v".repeat(5_000));
        }

        String json = ChainLink.canonicalDetails(details);

        assertThat(json.length()).isLessThanOrEqualTo(ChainLink.MAX_DETAILS);
        assertThat(json).startsWith("{\"_truncated\":\"13\",\"k100\":\"" + "v".repeat(ChainLink.MAX_DETAIL_VALUE) + "\"");
    }
}
