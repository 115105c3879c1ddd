package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateKeysTests {

    static final HexFormat HEX = HexFormat.of();

    /** RFC 8032 section 7.1, TEST 1. */
    static final byte[] RFC_SEED = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

    @Test
    void rebuildsThePairOfRfc8032Test1FromItsSeed() throws Exception {
        var pair = CertificateKeys.fromSeed(RFC_SEED);

        assertThat(HEX.formatHex(CertificateKeys.raw(pair.getPublic())))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(CertificateKeys.seed(pair.getPrivate())).isEqualTo(RFC_SEED);
        var signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        assertThat(HEX.formatHex(signer.sign())).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065"
                + "224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void keyIdIsTheStartOfSha256OverTheRawPublicKey() throws Exception {
        PublicKey key = CertificateKeys.fromSeed(RFC_SEED).getPublic();
        String sha = HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(
                HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")));

        assertThat(CertificateKeys.keyId(key)).isEqualTo(sha.substring(0, 16)).isEqualTo("21fe31dfa154a261");
    }

    @Test
    void publishesTheKeyAsAJwkThatReadsBack() {
        PublicKey key = CertificateKeys.fromSeed(RFC_SEED).getPublic();

        assertThat(CertificateKeys.jwk(key)).isEqualTo("{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
                + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\",\"kid\":\"21fe31dfa154a261\"}");
        assertThat(CertificateKeys.fromJwk(CertificateKeys.jwk(key))).containsExactly(key);
        assertThat(CertificateKeys.publicKey(CertificateKeys.raw(key))).isEqualTo(key);
    }

    @Test
    void aKeySetKeepsEveryKeyAndSkipsKeysOfOtherKinds() {
        PublicKey current = CertificateKeys.generate().getPublic();
        PublicKey retired = CertificateKeys.fromSeed(RFC_SEED).getPublic();

        String set = CertificateKeys.jwkSet(List.of(current, retired));
        assertThat(CertificateKeys.fromJwk(set)).containsExactly(current, retired);

        String mixed = "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"},%s,%s]}"
                .formatted(CertificateKeys.jwk(current), CertificateKeys.jwk(retired));
        assertThat(CertificateKeys.fromJwk(mixed)).containsExactly(current, retired);
    }

    @Test
    void refusesJwksThatAreNotEd25519OrWhoseKidLies() {
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateKeys.fromJwk("not json"));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateKeys.fromJwk(
                "{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}"));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateKeys.fromJwk(
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHUR\"}"));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateKeys.fromJwk(
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURp\"}"));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateKeys.fromJwk("{\"kty\":\"OKP\","
                + "\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\",\"kid\":\"0000000000000000\"}"));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateKeys.fromJwk("{\"keys\":[]}"));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateKeys.fromSeed(new byte[31]));
    }
}
