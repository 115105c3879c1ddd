package lat.faro.training;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells a material's format from its first and last bytes. Office documents are ZIP containers:
 * their kind is read from the names in the archive's central directory (and, for OpenDocument,
 * from the stored {@code mimetype} entry), without inflating anything, so a crafted archive costs
 * no more than reading its directory. Text must be UTF-8 without NUL bytes and must not begin as
 * markup (served as text it is harmless, but nobody uploads HTML as a course's reading).
 */
final class MaterialTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final int CENTRAL_END = 0x06054b50;
    private static final int CENTRAL_ENTRY = 0x02014b50;

    private MaterialTypes() {
    }

    /** The format the bytes are, or empty when they are none of the accepted ones. */
    static Optional<MaterialFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of(MaterialFormat.PDF);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(MaterialFormat.PNG);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(MaterialFormat.JPEG);
        }
        if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
            return zipKind(bytes);
        }
        return isPlainText(bytes) ? Optional.of(MaterialFormat.TEXT) : Optional.empty();
    }

    private static Optional<MaterialFormat> zipKind(byte[] bytes) {
        Set<String> names = centralDirectoryNames(bytes);
        if (names == null) {
            return Optional.empty(); // starts like a ZIP but has no readable directory
        }
        String mimetype = storedMimetype(bytes);
        if ("application/vnd.oasis.opendocument.text".equals(mimetype)) {
            return Optional.of(MaterialFormat.ODT);
        }
        if ("application/vnd.oasis.opendocument.presentation".equals(mimetype)) {
            return Optional.of(MaterialFormat.ODP);
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return Optional.of(MaterialFormat.DOCX);
            }
            if (names.contains("ppt/presentation.xml")) {
                return Optional.of(MaterialFormat.PPTX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Optional.of(MaterialFormat.XLSX);
            }
        }
        return Optional.of(MaterialFormat.ZIP);
    }

    /** The entry names of the archive's central directory, or null when there is none to read. */
    private static @Nullable Set<String> centralDirectoryNames(byte[] bytes) {
        // The end-of-central-directory record is 22 bytes plus a comment of at most 65535.
        int end = -1;
        for (int i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
            if (int32(bytes, i) == CENTRAL_END) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = int16(bytes, end + 10);
        long offset = int32(bytes, end + 16) & 0xFFFFFFFFL;
        Set<String> names = new HashSet<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < count; n++) {
            if (at < 0 || at + 46 > bytes.length || int32(bytes, at) != CENTRAL_ENTRY) {
                return null;
            }
            int nameLength = int16(bytes, at + 28);
            int extra = int16(bytes, at + 30);
            int comment = int16(bytes, at + 32);
            if (at + 46 + nameLength > bytes.length) {
                return null;
            }
            names.add(new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extra + comment;
        }
        return names;
    }

    /** OpenDocument's first entry: {@code mimetype}, stored uncompressed; null when not so. */
    private static @Nullable String storedMimetype(byte[] bytes) {
        if (bytes.length < 30 || int16(bytes, 8) != 0) {
            return null;
        }
        int nameLength = int16(bytes, 26);
        int extra = int16(bytes, 28);
        long size = int32(bytes, 18) & 0xFFFFFFFFL;
        int data = 30 + nameLength + extra;
        if (nameLength != 8 || !"mimetype".equals(new String(bytes, 30, 8, StandardCharsets.US_ASCII)) || size > 100
                || data + size > bytes.length) {
            return null;
        }
        return new String(bytes, data, (int) size, StandardCharsets.US_ASCII);
    }

    private static boolean isPlainText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        String start = text.replace("\uFEFF", "").stripLeading();
        return !start.startsWith("<");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
