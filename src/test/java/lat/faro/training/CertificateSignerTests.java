package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import lat.faro.shared.CountryCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CertificateSignerTests {

    static final CertificateDocument CERTIFICATE = new CertificateDocument(new VerificationCode("7QX2M9KD4RTAH0VA"),
            "María José Núñez", "Gestión de incidentes de ciberseguridad", "course-42",
            new CertificateDocument.Event("event-7", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12),
                    CountryCode.of("PY"), "es"),
            Instant.parse("2026-03-13T15:04:05.999Z"), URI.create("https://faro.example.org/"));

    /** The canonical form of {@link #CERTIFICATE} signed by the RFC 8032 TEST 1 key, written out by hand. */
    static final String CANONICAL = "{\"code\":\"7QX2-M9KD-4RTA-H0VA\",\"course\":\"Gestión de incidentes de "
            + "ciberseguridad\",\"courseId\":\"course-42\",\"event\":{\"country\":\"PY\",\"endsOn\":\"2026-03-12\","
            + "\"id\":\"event-7\",\"language\":\"es\",\"startsOn\":\"2026-03-10\"},\"format\":\"faro-certificate\","
            + "\"issuedAt\":\"2026-03-13T15:04:05Z\",\"issuer\":\"https://faro.example.org\",\"keyId\":"
            + "\"21fe31dfa154a261\",\"participant\":\"María José Núñez\",\"version\":1}";

    /** Also what OpenSSL gives (Python's cryptography 48) for the same seed and {@link #CANONICAL}. */
    static final String SIGNATURE =
            "7IwE6bFyStkgmJRhUqwrmYu-RHOnsUPG0aVOgNGSVzaNHIzHVSNs78SbYrB_XN9e5kFWITfOWEUXrd99yDURDA";

    static KeyPair rfcKey() {
        return CertificateKeys.fromSeed(CertificateKeysTests.RFC_SEED);
    }

    @Test
    void signedDocumentVerifies() {
        var signer = new CertificateSigner(CertificateKeys.generate());

        var result = signer.verifier().verify(signer.sign(CERTIFICATE));

        assertThat(result.outcome()).isEqualTo(CertificateVerifier.Outcome.VALID);
        assertThat(result.valid()).isTrue();
        assertThat(result.code()).isEqualTo("valid");
        assertThat(result.keyId()).isEqualTo(signer.keyId());
        assertThat(result.certificate()).isEqualTo(CERTIFICATE);
    }

    @Test
    void fixedKeyAndDocumentGiveAFixedSignature() throws Exception {
        var signer = new CertificateSigner(rfcKey());
        String json = signer.sign(CERTIFICATE);

        var tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("signature").stringValue()).isEqualTo(SIGNATURE);
        var signed = ((ObjectNode) tree).deepCopy();
        signed.remove("signature");
        assertThat(CanonicalJson.write(signed)).isEqualTo(CANONICAL);

        // Checked with the JDK alone, so the vector does not lean on the verifier under test.
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(rfcKey().getPublic());
        verifier.update(CANONICAL.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(SIGNATURE))).isTrue();
    }

    @Test
    void writesMembersInReadingOrderForPeople() {
        String json = new CertificateSigner(rfcKey()).sign(CERTIFICATE);

        assertThat(json).contains("\n").containsSubsequence("\"format\"", "\"version\"", "\"code\"",
                "\"participant\"", "\"course\"", "\"courseId\"", "\"event\"", "\"id\"", "\"startsOn\"", "\"endsOn\"",
                "\"country\"", "\"language\"", "\"issuedAt\"", "\"issuer\"", "\"keyId\"", "\"signature\"");
        assertThat(json).contains("María José Núñez").contains("\"2026-03-13T15:04:05Z\"")
                .contains("\"https://faro.example.org\"");
    }

    @Test
    void pointsToTheVerificationPage() {
        assertThat(CERTIFICATE.verificationUrl())
                .isEqualTo(URI.create("https://faro.example.org/verify/7QX2-M9KD-4RTA-H0VA"));
    }

    @Test
    void refusesAPairWhoseHalvesDoNotMatch() {
        var pair = new KeyPair(CertificateKeys.generate().getPublic(), rfcKey().getPrivate());

        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateSigner(pair));
    }

    @Test
    void refusesCertificatesACertificateCannotHold() {
        var event = CERTIFICATE.event();
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateDocument(CERTIFICATE.code(), "  ",
                CERTIFICATE.course(), "c", event, Instant.EPOCH, CERTIFICATE.issuer()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateDocument(CERTIFICATE.code(), "Ana\nB",
                CERTIFICATE.course(), "c", event, Instant.EPOCH, CERTIFICATE.issuer()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateDocument(CERTIFICATE.code(), "Ana",
                CERTIFICATE.course(), "c", event, Instant.EPOCH, URI.create("ftp://faro.example.org")));
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateDocument.Event("e",
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), CountryCode.of("PY"), "es"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateDocument.Event("e",
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10), CountryCode.of("PY"), "Spanish"));
    }

    @Test
    void keepsNamesInOneUnicodeForm() {
        var decomposed = new CertificateDocument(CERTIFICATE.code(), " Mari\u0301a ", CERTIFICATE.course(), "c",
                CERTIFICATE.event(), Instant.EPOCH, CERTIFICATE.issuer());

        assertThat(decomposed.participant()).isEqualTo("María");
    }
}
