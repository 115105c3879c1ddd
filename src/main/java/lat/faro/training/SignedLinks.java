package lat.faro.training;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring, purpose-bound links: the token in an invitation to register for an event, or in
 * the e-mail asking for a follow-up survey months later. Nothing is stored to issue a token; it carries
 * its own purpose, subject, expiry and a random nonce, all covered by an HMAC-SHA256.
 *
 * <p>Token layout: {@code "v1."} followed by Base64url (no padding) of
 * {@code purpose (1 byte) | expiry, epoch seconds (8 bytes) | nonce (16 bytes) | subject (UTF-8) | MAC (32 bytes)};
 * the MAC covers the prefix and everything before it. A subject of 60 UTF-8 bytes (an event id and
 * a long e-mail address) gives a token of 159 characters.
 *
 * <p>Contract: {@link #verify} checks the shape, then the MAC (in constant time) before reading any
 * field, then the purpose, then the expiry — so {@link Refusal#EXPIRED} and
 * {@link Refusal#WRONG_PURPOSE} are only ever said of a genuine token. A token is valid up to and
 * including its expiry instant. Tokens are not single-use by themselves: the caller records the
 * {@link Verified.Valid#nonce() nonce} of a redeemed token and refuses it the second time.
 *
 * <p>Key: {@code faro.training.link-key} (environment {@code FARO_TRAINING_LINK_KEY}), 32 bytes in
 * Base64 ({@code openssl rand -base64 32}); a malformed value stops start-up. Left empty, a key is
 * created once in {@code <faro.data-dir>/training-link.key}, readable by its owner only — fine for
 * one instance; instances behind one address must share the key through the property. Changing the
 * key invalidates every link already sent.
 */
@Component
class SignedLinks {

    /** What a token may be used for; a token for one purpose is refused for any other. */
    enum Purpose {
        INVITATION(1),
        FOLLOW_UP_SURVEY(2);

        // Written into tokens: never reuse or renumber a code, or links already sent change meaning.
        private final byte code;

        Purpose(int code) {
            this.code = (byte) code;
        }
    }

    /** Why a token was refused. */
    enum Refusal {
        /** Not a token of this format at all (cut short, altered characters, another version). */
        MALFORMED,
        /** Well-formed, but the MAC does not match: altered, forged, or signed with another key. */
        TAMPERED,
        /** Genuine, but past its expiry. */
        EXPIRED,
        /** Genuine, but issued for another purpose. */
        WRONG_PURPOSE
    }

    /** The outcome of {@link #verify}: {@link Valid} or {@link Refused}. */
    sealed interface Verified {

        /**
         * A genuine, unexpired token for the expected purpose. The nonce (22 Base64url characters)
         * tells two tokens for the same subject apart, so the caller can make a link single-use.
         */
        record Valid(String subject, Instant expiresAt, String nonce) implements Verified {}

        /** A refused token and the reason. */
        record Refused(Refusal reason) implements Verified {}
    }

    /** The property holding the key; named in the start-up error when its value is unusable. */
    static final String KEY_PROPERTY = "faro.training.link-key";
    static final String KEY_FILE = "training-link.key";

    /** Longest subject accepted, in UTF-8 bytes: room for an event id and any e-mail address. */
    static final int MAX_SUBJECT_BYTES = 512;

    private static final Logger log = LoggerFactory.getLogger(SignedLinks.class);
    private static final String PREFIX = "v1.";
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final int HEADER_BYTES = 1 + Long.BYTES + NONCE_BYTES;
    // Longer input is refused before any decoding, so an oversized query string costs nothing.
    private static final int MAX_TOKEN_CHARS =
            PREFIX.length() + (HEADER_BYTES + MAX_SUBJECT_BYTES + MAC_BYTES + 2) / 3 * 4;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;

    SignedLinks(@Value("${" + KEY_PROPERTY + ":}") String configuredKey, @Value("${faro.data-dir}") Path dataDir,
                Clock clock) throws IOException {
        this.key = new SecretKeySpec(keyBytes(configuredKey, dataDir), "HmacSHA256");
        this.clock = clock;
    }

    /**
     * A new token. Two calls with the same arguments give different tokens (different nonces).
     *
     * @param subject what the token is about, e.g. {@code "event:42|ana@example.org"}; any text of
     *                1 to {@value #MAX_SUBJECT_BYTES} UTF-8 bytes
     * @param expiresAt when the token stops being valid, in whole seconds (a fraction is dropped);
     *                  must be in the future
     * @throws IllegalArgumentException for an empty, oversized or unencodable subject, or a past expiry
     */
    String issue(Purpose purpose, String subject, Instant expiresAt) {
        byte[] subjectBytes = utf8(subject);
        if (subjectBytes.length == 0 || subjectBytes.length > MAX_SUBJECT_BYTES) {
            throw new IllegalArgumentException("a subject must have 1 to " + MAX_SUBJECT_BYTES + " UTF-8 bytes");
        }
        long expiry = expiresAt.getEpochSecond();
        if (!Instant.ofEpochSecond(expiry).isAfter(clock.instant())) {
            throw new IllegalArgumentException("a token must expire in the future: " + expiresAt);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        ByteBuffer body = ByteBuffer.allocate(HEADER_BYTES + subjectBytes.length + MAC_BYTES)
                .put(purpose.code).putLong(expiry).put(nonce).put(subjectBytes);
        body.put(mac(body.array(), body.position()));
        return PREFIX + ENCODER.encodeToString(body.array());
    }

    /** Checks a token presented for the {@code expected} purpose; never throws for bad input. */
    Verified verify(String token, Purpose expected) {
        if (token.length() > MAX_TOKEN_CHARS || !token.startsWith(PREFIX)) {
            return new Verified.Refused(Refusal.MALFORMED);
        }
        String encoded = token.substring(PREFIX.length());
        byte[] body;
        try {
            body = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return new Verified.Refused(Refusal.MALFORMED);
        }
        // The decoder accepts padding and ignores the spare bits of the last character: insisting on
        // the one canonical spelling means no two strings verify as the same token.
        if (body.length < HEADER_BYTES + 1 + MAC_BYTES || !ENCODER.encodeToString(body).equals(encoded)) {
            return new Verified.Refused(Refusal.MALFORMED);
        }
        int signed = body.length - MAC_BYTES;
        if (!MessageDigest.isEqual(mac(body, signed), Arrays.copyOfRange(body, signed, body.length))) {
            return new Verified.Refused(Refusal.TAMPERED);
        }
        // From here on the fields are ours.
        if (body[0] != expected.code) {
            return new Verified.Refused(Refusal.WRONG_PURPOSE);
        }
        Instant expiresAt = Instant.ofEpochSecond(ByteBuffer.wrap(body, 1, Long.BYTES).getLong());
        if (clock.instant().isAfter(expiresAt)) {
            return new Verified.Refused(Refusal.EXPIRED);
        }
        String nonce = ENCODER.encodeToString(Arrays.copyOfRange(body, 1 + Long.BYTES, HEADER_BYTES));
        String subject = new String(body, HEADER_BYTES, signed - HEADER_BYTES, StandardCharsets.UTF_8);
        return new Verified.Valid(subject, expiresAt, nonce);
    }

    private byte[] mac(byte[] body, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(PREFIX_BYTES);
            mac.update(body, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] utf8(String text) {
        try {
            // Strict: a lone surrogate would otherwise become '?' and the subject would not survive.
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a subject must be valid Unicode text", e);
        }
    }

    private static byte[] keyBytes(String configured, Path dataDir) throws IOException {
        if (!configured.isBlank()) {
            return decodeKey(configured, KEY_PROPERTY);
        }
        Path file = dataDir.resolve(KEY_FILE);
        byte[] key;
        if (Files.exists(file)) {
            key = decodeKey(Files.readString(file), file.toString());
        } else {
            key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            try {
                write(file, (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (FileAlreadyExistsException e) {
                // Another instance on the same data directory was quicker: use its key.
                key = decodeKey(Files.readString(file), file.toString());
            }
        }
        log.warn("Signed training links use the generated key in {}. Instances serving one address must share "
                + "one key through {} (32 bytes, Base64).", file.toAbsolutePath().normalize(), KEY_PROPERTY);
        return key;
    }

    /** Creates the file, owner-only from the start where the file system has POSIX permissions. */
    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        try (SeekableByteChannel channel = createOwnerOnly(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private static SeekableByteChannel createOwnerOnly(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return Files.newByteChannel(file, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the data directory's own protection applies.
            return Files.newByteChannel(file, options);
        }
    }

    private static byte[] decodeKey(String text, String source) {
        byte[] bytes;
        try {
            // Either Base64 alphabet, with or without padding; the value itself never goes into a message.
            bytes = Base64.getDecoder().decode(text.strip().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid Base64; it must be 32 random bytes in Base64 "
                    + "(openssl rand -base64 32)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be 32 bytes in Base64 (openssl rand -base64 32), not "
                    + bytes.length + " bytes");
        }
        return bytes;
    }
}
