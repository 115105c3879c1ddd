package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static String canonical(String json) {
        return CanonicalJson.write(JSON.readTree(json));
    }

    @Test
    void sortsMembersByUtf16CodeUnitsAsInRfc8785() {
        // RFC 8785 section 3.2.3: the emoji (a surrogate pair, D83D…) sorts before U+FB33.
        String json = """
                {"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                 "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",
                 "\\u00f6": "Latin Small Letter O With Diaeresis"}
                """;

        assertThat(canonical(json)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void nestsWithoutWhiteSpace() {
        assertThat(canonical("""
                { "b" : { "z" : 1 , "a" : "x" } ,
                  "a" : -9007199254740991 }
                """)).isEqualTo("{\"a\":-9007199254740991,\"b\":{\"a\":\"x\",\"z\":1}}");
    }

    @Test
    void escapesOnlyQuoteBackslashAndControlCharacters() {
        JsonNode node = JSON.createObjectNode().put("s", "\"\\/\b\t\n\f\r\u0000\u001f\u007f é\u2028😀");

        assertThat(CanonicalJson.write(node))
                .isEqualTo("{\"s\":\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u001f\u007f é\u2028😀\"}");
        assertThat(CanonicalJson.bytes(node)).isEqualTo(CanonicalJson.write(node).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesWhatItCannotWriteUnambiguouslyNamingTheMember() {
        assertThatThrownBy(() -> canonical("{\"a\":{\"b\":1.5}}")).isInstanceOfSatisfying(
                CanonicalJson.NotCanonical.class, e -> assertThat(e.path()).isEqualTo("a.b"));
        assertThatThrownBy(() -> canonical("{\"a\":1.0}")).isInstanceOf(CanonicalJson.NotCanonical.class);
        assertThatThrownBy(() -> canonical("{\"a\":9007199254740992}")).isInstanceOf(CanonicalJson.NotCanonical.class);
        assertThatThrownBy(() -> canonical("{\"a\":[]}")).isInstanceOf(CanonicalJson.NotCanonical.class);
        assertThatThrownBy(() -> canonical("{\"a\":null}")).isInstanceOf(CanonicalJson.NotCanonical.class);
        assertThatThrownBy(() -> canonical("{\"a\":true}")).isInstanceOf(CanonicalJson.NotCanonical.class);
        assertThatThrownBy(() -> canonical("{\"a\":\"\\ud800\"}")).isInstanceOfSatisfying(
                CanonicalJson.NotCanonical.class, e -> assertThat(e.path()).isEqualTo("a"));
        assertThatThrownBy(() -> canonical("{\"\\udc00\":\"x\"}")).isInstanceOf(CanonicalJson.NotCanonical.class);
    }
}
