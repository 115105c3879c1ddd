package lat.faro.identity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the few secrets Faro must be able to read back (the TOTP seeds) with AES-256-GCM, so
 * that a copy of the database alone does not reveal them. Each value is bound to its owner (the
 * user id is the associated data), so a ciphertext moved to another row does not decrypt.
 *
 * <p>The key comes from {@code FARO_SECRET_KEY} (32 bytes, Base64). Without it, a key is created
 * once in {@code <data-dir>/secret.key} (readable by the owner only) — fine for the embedded
 * database; instances that share a PostgreSQL database must share the key through the environment.
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(@Value("${faro.identity.secret-key:}") String configured, @Value("${faro.data-dir}") Path dataDir)
            throws IOException {
        this.key = new SecretKeySpec(keyBytes(configured, dataDir), "AES");
    }

    static SecretBox withKey(byte[] key) {
        try {
            return new SecretBox(Base64.getEncoder().encodeToString(key), Path.of("."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String seal(String plain, long owner) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad(owner));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** The plain value; fails when the value was altered, moved to another owner, or sealed with another key. */
    String open(String sealed, long owner) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("not a sealed value");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(aad(owner));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret cannot be decrypted (wrong FARO_SECRET_KEY?)", e);
        }
    }

    private static byte[] aad(long owner) {
        return ("user:" + owner).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyBytes(String configured, Path dataDir) throws IOException {
        if (!configured.isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configured.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("FARO_SECRET_KEY must be 32 bytes in Base64 (openssl rand -base64 32)");
            }
            return bytes;
        }
        Path file = dataDir.resolve("secret.key");
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file).strip());
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Files.createDirectories(dataDir);
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's own protection applies
        }
        log.warn("No FARO_SECRET_KEY set: created {}. Instances sharing one database must share this key "
                + "through FARO_SECRET_KEY.", file.toAbsolutePath().normalize());
        return bytes;
    }
}
