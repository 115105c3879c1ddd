package lat.faro.training;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ed25519 keys for certificates: generating them, rebuilding a pair from its 32-byte seed, the key
 * id, and the public key as a JWK (RFC 8037) for publication. No Spring, no storage.
 *
 * <p>The key id is the first 16 hex digits (lower case) of SHA-256 over the raw 32-byte public
 * key, so anyone holding the key can recompute it.
 */
public final class CertificateKeys {

    /** Ed25519's X.509 SubjectPublicKeyInfo is this fixed prefix followed by the raw 32 bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    static final int KEY_BYTES = 32;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CertificateKeys() {}

    /** A new key pair from the system's strong random source. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    /**
     * The key pair whose private key is {@code seed} (RFC 8032's 32-byte secret key), e.g. one kept
     * in the environment.
     */
    public static KeyPair fromSeed(byte[] seed) {
        if (seed.length != KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
        }
        byte[] copy = seed.clone();
        try {
            // The JDK computes a public key only inside its generator, and RFC 8032 key generation
            // is "draw 32 random bytes": hand it the seed as its random bytes.
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(copy, 0, bytes, 0, Math.min(bytes.length, copy.length));
                }
            });
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
                throw new IllegalStateException("this Java runtime's Ed25519 generator did not use the seed");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    /** The 32-byte seed of an Ed25519 private key: what {@link #fromSeed} needs to rebuild the pair. */
    public static byte[] seed(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey ed) || !"Ed25519".equals(((NamedParameterSpec) ed.getParams()).getName())) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        return ed.getBytes().orElseThrow(() -> new IllegalArgumentException("the private key cannot be exported"));
    }

    /** The raw 32-byte public key (RFC 8032 encoding). */
    public static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + KEY_BYTES
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** The public key with these raw 32 bytes. */
    public static PublicKey publicKey(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_BYTES);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key", e);
        }
    }

    /** The key id: first 16 lower-case hex digits of SHA-256 over the raw public key. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw(key));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The public key as a JWK: {@code {"kty":"OKP","crv":"Ed25519","x":"…","kid":"…"}}. */
    public static String jwk(PublicKey key) {
        return JSON.writeValueAsString(jwkNode(key));
    }

    /**
     * A JWK Set (RFC 7517 section 5), {@code {"keys":[…]}}, of the given keys: the document to
     * publish at {@code /.well-known/faro-certificate-keys.json}. Keep retired keys in it so older
     * certificates still verify.
     */
    public static String jwkSet(Collection<PublicKey> keys) {
        ObjectNode set = JSON.createObjectNode();
        ArrayNode array = set.putArray("keys");
        keys.forEach(k -> array.add(jwkNode(k)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(set);
    }

    /**
     * The Ed25519 public keys in a JWK or a JWK Set. Each must be {@code "kty":"OKP"},
     * {@code "crv":"Ed25519"} with a 32-byte {@code x}; a {@code kid}, when present, must be the key
     * id of {@code x}. Keys of other types in a set are skipped, as RFC 7517 asks.
     *
     * @throws IllegalArgumentException when the text is not such a JWK or set, or a set holds no
     *         Ed25519 key
     */
    public static List<PublicKey> fromJwk(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root.isObject() && root.has("keys")) {
            if (!root.get("keys").isArray()) {
                throw new IllegalArgumentException("\"keys\" is not an array");
            }
            var keys = new ArrayList<PublicKey>();
            for (JsonNode jwk : root.get("keys")) {
                if (jwk.isObject() && "OKP".equals(jwk.path("kty").stringValue(null))
                        && "Ed25519".equals(jwk.path("crv").stringValue(null))) {
                    keys.add(fromJwkNode(jwk));
                }
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("the JWK Set holds no Ed25519 key");
            }
            return List.copyOf(keys);
        }
        return List.of(fromJwkNode(root));
    }

    private static ObjectNode jwkNode(PublicKey key) {
        ObjectNode jwk = JSON.createObjectNode();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(raw(key)));
        jwk.put("kid", keyId(key));
        return jwk;
    }

    private static PublicKey fromJwkNode(JsonNode jwk) {
        if (!jwk.isObject()) {
            throw new IllegalArgumentException("a JWK is a JSON object");
        }
        if (!"OKP".equals(jwk.path("kty").stringValue(null)) || !"Ed25519".equals(jwk.path("crv").stringValue(null))) {
            throw new IllegalArgumentException("not an Ed25519 JWK: kty must be OKP and crv Ed25519");
        }
        String x = jwk.path("x").stringValue(null);
        if (x == null || !x.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("x must be the 32-byte key in base64url without padding");
        }
        byte[] raw = Base64.getUrlDecoder().decode(x);
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(raw).equals(x)) {
            throw new IllegalArgumentException("x is not in canonical base64url (its last two bits must be 0)");
        }
        PublicKey key = publicKey(raw);
        JsonNode kid = jwk.get("kid");
        if (kid != null && !keyId(key).equals(kid.stringValue(null))) {
            throw new IllegalArgumentException("kid " + kid + " is not the key id of x, " + keyId(key));
        }
        return key;
    }
}
