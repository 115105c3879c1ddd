package lat.faro.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The instance's certificate signing key: a 32-byte Ed25519 seed from
 * {@code faro.training.certificate-key} (Base64), or else created once in
 * {@code <data-dir>/certificate.key}. Instances sharing a database must share the key. Every
 * public key that ever signed is kept in the database and published, so certificates signed before
 * a key change still verify.
 */
@Component
class CertificateKeyStore {

    private static final Logger log = LoggerFactory.getLogger(CertificateKeyStore.class);
    static final String PROPERTY = "faro.training.certificate-key";
    static final String FILE = "certificate.key";

    private final KeyPair keyPair;
    private final CertificateSigner signer;
    private final JdbcClient jdbc;

    CertificateKeyStore(@Value("${" + PROPERTY + ":}") String configured, @Value("${faro.data-dir}") Path dataDir, JdbcClient jdbc,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.keyPair = CertificateKeys.fromSeed(seed(configured, dataDir));
        this.signer = new CertificateSigner(keyPair);
        this.clock = clock;
    }

    private final java.time.Clock clock;
    private volatile boolean recorded;

    /** Records the current public key once, on first use (after the schema exists). */
    private void record() {
        if (recorded) {
            return;
        }
        jdbc.sql("insert into training_signing_key (key_id, public_key, created_at) select ?, ?, ? where not exists "
                        + "(select 1 from training_signing_key where key_id = ?)")
                .params(signer.keyId(), Base64.getEncoder().encodeToString(CertificateKeys.raw(keyPair.getPublic())),
                        TrainingCatalogue.at(clock.instant()), signer.keyId())
                .update();
        recorded = true;
    }

    CertificateSigner signer() {
        record();
        return signer;
    }

    /** Every public key that signed certificates here, the current one included. */
    List<PublicKey> publicKeys() {
        record();
        return jdbc.sql("select public_key from training_signing_key order by created_at").query(String.class).list().stream()
                .map(k -> CertificateKeys.publicKey(Base64.getDecoder().decode(k))).toList();
    }

    CertificateVerifier verifier() {
        return new CertificateVerifier(publicKeys());
    }

    private static byte[] seed(String configured, Path dataDir) {
        if (!configured.isBlank()) {
            byte[] seed;
            try {
                seed = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PROPERTY + " must be 32 bytes in Base64 (openssl rand -base64 32)");
            }
            if (seed.length != 32) {
                throw new IllegalStateException(PROPERTY + " must be 32 bytes in Base64 (openssl rand -base64 32)");
            }
            return seed;
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                byte[] seed = Base64.getDecoder().decode(Files.readString(file).strip());
                if (seed.length != 32) {
                    throw new IllegalStateException(file + " does not hold a 32-byte key");
                }
                return seed;
            }
            Files.createDirectories(dataDir);
            byte[] seed = CertificateKeys.seed(CertificateKeys.generate().getPrivate());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(seed));
            log.warn("Certificates are signed with a key created in {}; instances sharing a database must set {} to one key",
                    file, PROPERTY);
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
