package lat.faro.training;

import static lat.faro.training.CertificateSignerTests.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import lat.faro.training.CertificateVerifier.Outcome;
import lat.faro.training.CertificateVerifier.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CertificateVerifierTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final KeyPair pair = CertificateKeys.generate();
    final CertificateSigner signer = new CertificateSigner(pair);
    final CertificateVerifier verifier = signer.verifier();
    final String signed = signer.sign(CERTIFICATE);

    static ObjectNode tree(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    String edited(Consumer<ObjectNode> edit) {
        ObjectNode root = tree(signed);
        edit.accept(root);
        return JSON.writeValueAsString(root);
    }

    static void assertOutcome(Result result, Outcome outcome, String member) {
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.field()).isEqualTo(member);
        assertThat(result.certificate()).isNull();
        assertThat(result.valid()).isFalse();
    }

    @Test
    void everyChangedCharacterOfASignedValueBreaksTheSignature() {
        int checked = 0;
        for (String path : List.of("code", "participant", "course", "courseId", "event.id", "event.startsOn",
                "event.endsOn", "event.country", "event.language", "issuedAt", "issuer", "format")) {
            String value = leaf(tree(signed), path).stringValue();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10) : c == 'A' ? 'B' : 'A';
                String changed = value.substring(0, i) + other + value.substring(i + 1);
                String json = edited(root -> parentOf(root, path).put(last(path), changed));

                var result = verifier.verify(json);
                Outcome expected = path.equals("format") ? Outcome.WRONG_FORMAT : Outcome.BAD_SIGNATURE;
                assertThat(result.outcome()).as("%s = %s", path, changed).isEqualTo(expected);
                assertThat(result.certificate()).isNull();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void plausibleForgeriesAreCaught() {
        assertOutcome(verifier.verify(signed.replace("María José Núñez", "Maria Jose Nunez")),
                Outcome.BAD_SIGNATURE, "signature");
        assertOutcome(verifier.verify(signed.replace("2026-03-12", "2026-03-13")), Outcome.BAD_SIGNATURE, "signature");
        assertOutcome(verifier.verify(signed.replace("\"PY\"", "\"AR\"")), Outcome.BAD_SIGNATURE, "signature");
        String otherCode = VerificationCode.generate().grouped();
        assertOutcome(verifier.verify(signed.replace("7QX2-M9KD-4RTA-H0VA", otherCode)), Outcome.BAD_SIGNATURE,
                "signature");
        assertOutcome(verifier.verify(edited(root -> root.put("grade", "A"))), Outcome.BAD_SIGNATURE, "signature");
        assertOutcome(verifier.verify(edited(root -> ((ObjectNode) root.get("event")).put("hours", 40))),
                Outcome.BAD_SIGNATURE, "signature");
    }

    @Test
    void aChangedSignatureDoesNotVerify() {
        String signature = tree(signed).get("signature").stringValue();
        String flipped = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        assertOutcome(verifier.verify(edited(root -> root.put("signature", flipped))), Outcome.BAD_SIGNATURE,
                "signature");
    }

    @Test
    void layoutMemberOrderAndEscapesDoNotMatter() {
        String compact = JSON.writeValueAsString(tree(signed));
        String reversed = JSON.writeValueAsString(reversed(tree(signed)));
        String spacious = reversed.replace("\",", "\" ,\r\n\t ").replace("\":", "\" : ")
                .replace("{", "{\n  ");
        String escaped = signed.replace("María", "Mar\\u00eda").replace("\"PY\"", "\"\\u0050Y\"");

        for (String json : List.of(compact, reversed, spacious, escaped)) {
            var result = verifier.verify(json);
            assertThat(result.outcome()).as(json).isEqualTo(Outcome.VALID);
            assertThat(result.certificate()).isEqualTo(CERTIFICATE);
        }
        assertThat(spacious).contains("\r\n\t");
        assertThat(reversed.indexOf("\"signature\"")).isLessThan(reversed.indexOf("\"format\""));
    }

    @Test
    void namesAMissingMember() {
        for (String path : List.of("format", "version", "code", "participant", "course", "courseId", "event",
                "event.id", "event.startsOn", "event.endsOn", "event.country", "event.language", "issuedAt", "issuer",
                "keyId", "signature")) {
            assertOutcome(verifier.verify(edited(root -> parentOf(root, path).remove(last(path)))),
                    Outcome.MISSING_FIELD, path);
            assertOutcome(verifier.verify(edited(root -> parentOf(root, path).putNull(last(path)))),
                    Outcome.MISSING_FIELD, path);
        }
        assertThat(Outcome.MISSING_FIELD.code()).isEqualTo("missing-field");
    }

    @Test
    void refusesWhatIsNotACertificateDocument() {
        for (String json : List.of("", "not json", "[]", "\"faro-certificate\"", "{", "{} {}",
                signed.substring(0, signed.length() - 1), "x".repeat(CertificateVerifier.MAX_DOCUMENT_CHARS + 1))) {
            assertOutcome(verifier.verify(json), Outcome.MALFORMED, "");
        }
        assertOutcome(verifier.verify(signed.replaceFirst("\\{", "{\"participant\":\"Eve\",")), Outcome.MALFORMED, "");
        assertOutcome(verifier.verify("{\"format\":\"faro-assessment\",\"formatVersion\":1}"), Outcome.WRONG_FORMAT,
                "format");
        assertOutcome(verifier.verify(edited(root -> root.put("format", 1))), Outcome.WRONG_FORMAT, "format");
        assertOutcome(verifier.verify(edited(root -> root.put("version", 2))), Outcome.UNSUPPORTED_VERSION,
                "version");
        assertOutcome(verifier.verify(edited(root -> root.put("version", 10_000_000_000L))),
                Outcome.UNSUPPORTED_VERSION, "version");
        assertOutcome(verifier.verify(edited(root -> root.put("version", "1"))), Outcome.MALFORMED, "version");
        assertOutcome(verifier.verify(edited(root -> root.put("version", 1.0))), Outcome.MALFORMED, "version");
    }

    @Test
    void namesAMemberOfTheWrongType() {
        assertOutcome(verifier.verify(edited(root -> root.put("participant", 7))), Outcome.MALFORMED, "participant");
        assertOutcome(verifier.verify(edited(root -> root.put("event", "event-7"))), Outcome.MALFORMED, "event");
        assertOutcome(verifier.verify(edited(root -> ((ObjectNode) root.get("event")).putArray("id"))),
                Outcome.MALFORMED, "event.id");
        assertOutcome(verifier.verify(edited(root -> root.put("extra", 1.5))), Outcome.MALFORMED, "extra");
        assertOutcome(verifier.verify(edited(root -> root.put("extra", true))), Outcome.MALFORMED, "extra");
        assertOutcome(verifier.verify(edited(root -> root.put("participant", "Mar\ud800a"))), Outcome.MALFORMED,
                "participant");
        assertOutcome(verifier.verify(edited(root -> root.put("signature", "c2lnbmF0dXJl"))), Outcome.MALFORMED,
                "signature");
        String signature = tree(signed).get("signature").stringValue();
        assertOutcome(verifier.verify(edited(root -> root.put("signature", signature + "=="))), Outcome.MALFORMED,
                "signature");
    }

    @Test
    void aKeyItDoesNotHoldIsUnknown() {
        var other = CertificateVerifier.of(CertificateKeys.generate().getPublic());

        var result = other.verify(signed);

        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
        assertThat(result.code()).isEqualTo("unknown-key");
        assertThat(result.field()).isEqualTo("keyId");
        assertThat(result.keyId()).isEqualTo(signer.keyId());
        assertThat(result.certificate()).isNull();
    }

    @Test
    void anotherKeyPassingItselfOffWithTheSameKeyIdIsABadSignature() {
        var impostor = new CertificateSigner(CertificateKeys.generate(), signer.keyId());

        String forged = impostor.sign(CERTIFICATE);

        assertThat(tree(forged).get("keyId").stringValue()).isEqualTo(signer.keyId());
        assertOutcome(verifier.verify(forged), Outcome.BAD_SIGNATURE, "signature");
    }

    @Test
    void verifiesOfflineWithThePublishedKeys() {
        var retired = new CertificateSigner(CertificateKeys.generate());
        String published = CertificateKeys.jwkSet(List.of(signer.publicKey(), retired.publicKey()));

        var offline = CertificateVerifier.fromJwk(published);

        assertThat(offline.keyIds()).containsExactlyInAnyOrder(signer.keyId(), retired.keyId());
        assertThat(offline.verify(signed).valid()).isTrue();
        assertThat(offline.verify(retired.sign(CERTIFICATE)).valid()).isTrue();
        assertThat(CertificateVerifier.fromJwk(signer.jwk()).verify(signed).certificate()).isEqualTo(CERTIFICATE);
        assertThat(CertificateVerifier.fromJwk(retired.jwk()).verify(signed).outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
    }

    @Test
    void aSignedValueNoCertificateCanHoldIsMalformedNotValid() throws Exception {
        // Only a faulty issuer could sign this; the verifier still refuses to call it valid.
        ObjectNode document = CERTIFICATE.toJson(signer.keyId());
        ((ObjectNode) document.get("event")).put("startsOn", "2026-02-30");
        var ed = Signature.getInstance("Ed25519");
        ed.initSign(pair.getPrivate());
        ed.update(CanonicalJson.bytes(document));
        document.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(ed.sign()));

        var result = verifier.verify(JSON.writeValueAsString(document));

        assertThat(result.outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(result.field()).isEqualTo("event.startsOn");
        assertThat(result.keyId()).isEqualTo(signer.keyId());
        assertThat(result.certificate()).isNull();
    }

    @Test
    void everyOutcomeHasAStableCodeAndMessageKey() {
        assertThat(List.of(Outcome.values()).stream().map(Outcome::code)).containsExactly("valid", "malformed",
                "missing-field", "wrong-format", "unsupported-version", "unknown-key", "bad-signature");
        assertThat(Outcome.BAD_SIGNATURE.messageKey()).isEqualTo("training.certificate.check.bad-signature");
        assertThat(verifier.verify(signed).messageKey()).isEqualTo("training.certificate.check.valid");
    }

    private static JsonNode leaf(JsonNode root, String path) {
        return path.startsWith("event.") ? root.get("event").get(last(path)) : root.get(path);
    }

    private static ObjectNode parentOf(ObjectNode root, String path) {
        return path.startsWith("event.") ? (ObjectNode) root.get("event") : root;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ObjectNode reversed(ObjectNode node) {
        var members = new ArrayList<Map.Entry<String, JsonNode>>(node.properties());
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (int i = members.size() - 1; i >= 0; i--) {
            var member = members.get(i);
            copy.set(member.getKey(), member.getValue().isObject() ? reversed((ObjectNode) member.getValue())
                    : member.getValue());
        }
        return copy;
    }

}
