package lat.faro.training;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs certificates with the instance's Ed25519 key: {@link #sign} turns a
 * {@link CertificateDocument} into the {@code faro-certificate} JSON document, whose
 * {@code signature} is Ed25519 over the canonical form ({@link CanonicalJson}) of every other
 * member, in base64url without padding. Thread-safe; where the key is kept is not its business.
 */
public final class CertificateSigner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    /**
     * @param keyPair an Ed25519 pair; its key id is derived from the public key
     * @throws IllegalArgumentException when the pair is not Ed25519 or its halves do not match
     */
    public CertificateSigner(KeyPair keyPair) {
        this(keyPair, CertificateKeys.keyId(keyPair.getPublic()));
        if (!CertificateVerifier.matches(publicKey, "probe".getBytes(StandardCharsets.US_ASCII),
                signature("probe".getBytes(StandardCharsets.US_ASCII)))) {
            throw new IllegalArgumentException("the private key does not belong to the public key");
        }
    }

    /** With any key id, so tests can make a key pass itself off as another. */
    CertificateSigner(KeyPair keyPair, String keyId) {
        this.privateKey = keyPair.getPrivate();
        this.publicKey = keyPair.getPublic();
        this.keyId = keyId;
        CertificateKeys.raw(publicKey); // refuses anything but Ed25519
    }

    /** The signed JSON document, indented for people; verification does not depend on layout. */
    public String sign(CertificateDocument certificate) {
        ObjectNode document = certificate.toJson(keyId);
        byte[] signature = signature(CanonicalJson.bytes(document));
        document.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    /** The key id written into every document, see {@link CertificateKeys#keyId}. */
    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** This signer's public key as a JWK, see {@link CertificateKeys#jwk}. */
    public String jwk() {
        return CertificateKeys.jwk(publicKey);
    }

    /** A verifier that knows only this signer's key. */
    public CertificateVerifier verifier() {
        return new CertificateVerifier(List.of(publicKey));
    }

    private byte[] signature(byte[] message) {
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key", e);
        }
    }
}
