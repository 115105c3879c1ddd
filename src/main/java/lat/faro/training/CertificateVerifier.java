package lat.faro.training;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks {@code faro-certificate} JSON documents against a set of public keys, offline: nothing
 * but the keys (e.g. from the instance's published JWK Set, {@link #fromJwk}) is needed.
 *
 * <p>Checks run in this order and the first failure is the answer: the text is JSON (no duplicate
 * members) and an object; {@code format} and {@code version}; every member present with its JSON
 * type; the signature's encoding; the canonical form; the key id known; the signature; finally the
 * values themselves. So any change to a signed value is reported as {@link Outcome#BAD_SIGNATURE},
 * a removed member as {@link Outcome#MISSING_FIELD} naming it.
 *
 * <p>A valid result proves who issued the certificate and that it is unaltered, not that it is
 * still in force: revocation is shown at the certificate's verification page.
 */
public final class CertificateVerifier {

    /** Larger texts are refused unread; a real document is well under 4 KB. */
    static final int MAX_DOCUMENT_CHARS = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** 64 bytes in base64url without padding; the last character carries 4 zero bits. */
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9_-]{85}[AQgw]");

    private static final List<String> TOP_STRINGS = List.of("code", "participant", "course", "courseId");
    private static final List<String> EVENT_STRINGS = List.of("id", "startsOn", "endsOn", "country", "language");
    private static final List<String> LAST_STRINGS = List.of("issuedAt", "issuer", "keyId", "signature");

    private final Map<String, PublicKey> keys;

    /**
     * @param keys Ed25519 public keys, current and retired
     * @throws IllegalArgumentException when a key is not Ed25519
     */
    public CertificateVerifier(Collection<PublicKey> keys) {
        var byId = new LinkedHashMap<String, PublicKey>();
        for (PublicKey key : keys) {
            byId.put(CertificateKeys.keyId(key), key);
        }
        this.keys = Map.copyOf(byId);
    }

    public static CertificateVerifier of(PublicKey... keys) {
        return new CertificateVerifier(List.of(keys));
    }

    /**
     * A verifier for the keys of a JWK or JWK Set as published by an instance.
     *
     * @throws IllegalArgumentException see {@link CertificateKeys#fromJwk}
     */
    public static CertificateVerifier fromJwk(String json) {
        return new CertificateVerifier(CertificateKeys.fromJwk(json));
    }

    /** The ids of the keys this verifier accepts. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Checks one document; never throws for any input text. */
    public Result verify(String json) {
        if (json.length() > MAX_DOCUMENT_CHARS) {
            return Result.of(Outcome.MALFORMED, "");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return Result.of(Outcome.MALFORMED, "");
        }
        if (!root.isObject()) {
            return Result.of(Outcome.MALFORMED, "");
        }

        JsonNode format = root.get("format");
        if (absent(format)) {
            return Result.of(Outcome.MISSING_FIELD, "format");
        }
        if (!CertificateDocument.FORMAT.equals(format.stringValue(null))) {
            return Result.of(Outcome.WRONG_FORMAT, "format");
        }
        JsonNode version = root.get("version");
        if (absent(version)) {
            return Result.of(Outcome.MISSING_FIELD, "version");
        }
        if (!version.isIntegralNumber()) {
            return Result.of(Outcome.MALFORMED, "version");
        }
        if (!version.canConvertToInt() || version.intValue() != CertificateDocument.VERSION) {
            return Result.of(Outcome.UNSUPPORTED_VERSION, "version");
        }

        Result shape = strings(root, TOP_STRINGS, "");
        if (shape != null) {
            return shape;
        }
        JsonNode event = root.get("event");
        if (absent(event)) {
            return Result.of(Outcome.MISSING_FIELD, "event");
        }
        if (!event.isObject()) {
            return Result.of(Outcome.MALFORMED, "event");
        }
        shape = strings(event, EVENT_STRINGS, "event.");
        if (shape == null) {
            shape = strings(root, LAST_STRINGS, "");
        }
        if (shape != null) {
            return shape;
        }

        String encodedSignature = root.get("signature").stringValue();
        if (!SIGNATURE.matcher(encodedSignature).matches()) {
            return Result.of(Outcome.MALFORMED, "signature");
        }
        byte[] signature = Base64.getUrlDecoder().decode(encodedSignature);

        ObjectNode signed = ((ObjectNode) root).deepCopy();
        signed.remove("signature");
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytes(signed);
        } catch (CanonicalJson.NotCanonical e) {
            return Result.of(Outcome.MALFORMED, e.path());
        }

        String keyId = root.get("keyId").stringValue();
        PublicKey key = keys.get(keyId);
        if (key == null) {
            return new Result(Outcome.UNKNOWN_KEY, "keyId", keyId, null);
        }
        if (!matches(key, canonical, signature)) {
            return new Result(Outcome.BAD_SIGNATURE, "signature", keyId, null);
        }
        try {
            return new Result(Outcome.VALID, null, keyId, CertificateDocument.fromJson(root));
        } catch (CertificateDocument.InvalidField e) {
            // Signed by the instance and still unreadable: written by a faulty or newer issuer.
            return new Result(Outcome.MALFORMED, e.field(), keyId, null);
        }
    }

    private static @Nullable Result strings(JsonNode object, List<String> names, String prefix) {
        for (String name : names) {
            JsonNode value = object.get(name);
            if (absent(value)) {
                return Result.of(Outcome.MISSING_FIELD, prefix + name);
            }
            if (!value.isString()) {
                return Result.of(Outcome.MALFORMED, prefix + name);
            }
        }
        return null;
    }

    private static boolean absent(@Nullable JsonNode node) {
        return node == null || node.isNull();
    }

    static boolean matches(PublicKey key, byte[] message, byte[] signature) {
        try {
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // an encoding Ed25519 rejects outright is as wrong as a mismatch
        }
    }

    /**
     * What a check found. Each outcome has a stable machine {@link #code()} (also used in APIs)
     * and a {@link #messageKey()} for the message shown to people.
     */
    public enum Outcome {
        /** Signed by a known key of this instance, unaltered, and well-formed. */
        VALID("valid"),
        /** Not JSON, not an object, a member of the wrong type or value, or too large. */
        MALFORMED("malformed"),
        /** A required member is absent or {@code null}; {@link Result#field()} names it. */
        MISSING_FIELD("missing-field"),
        /** {@code format} is not {@code faro-certificate}: some other kind of document. */
        WRONG_FORMAT("wrong-format"),
        /** A {@code version} this code does not read. */
        UNSUPPORTED_VERSION("unsupported-version"),
        /** Signed with a key this verifier does not hold: another instance, or a forgery. */
        UNKNOWN_KEY("unknown-key"),
        /** The signature does not match the content: the document was altered after signing. */
        BAD_SIGNATURE("bad-signature");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** {@code training.certificate.check.<code>}, e.g. {@code training.certificate.check.bad-signature}. */
        public String messageKey() {
            return "training.certificate.check." + code;
        }
    }

    /**
     * The answer for one document.
     *
     * @param outcome what was found
     * @param field the JSON path of the member at fault (e.g. {@code event.startsOn}), empty when
     *        the document as a whole is at fault, {@code null} when valid
     * @param keyId the document's key id once it could be read, else {@code null}
     * @param certificate the certificate's content, only when valid
     */
    public record Result(Outcome outcome, @Nullable String field, @Nullable String keyId,
            @Nullable CertificateDocument certificate) {

        static Result of(Outcome outcome, String field) {
            return new Result(outcome, field, null, null);
        }

        public boolean valid() {
            return outcome == Outcome.VALID;
        }

        /** {@link Outcome#code()}: {@code valid}, {@code bad-signature}, … */
        public String code() {
            return outcome.code();
        }

        /** {@link Outcome#messageKey()}; the field, when there is one, is the message's argument. */
        public String messageKey() {
            return outcome.messageKey();
        }
    }
}
