package lat.faro.training;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for certificates (the verification address on the PDF and the page), as black-on-white
 * PNG images with error correction level M (about 15% of the code may be damaged) and the
 * standard quiet zone of four modules.
 */
public final class QrCodes {

    /** The quiet zone around the code, in modules; ISO/IEC 18004 asks for four. */
    static final int QUIET_ZONE = 4;

    static final int MIN_SIZE = 21 + 2 * QUIET_ZONE;
    static final int MAX_SIZE = 4096;

    private QrCodes() {}

    /**
     * A square PNG of at least {@code sizePx} pixels a side (more when the text needs more modules
     * than fit), each module a whole number of pixels so the code stays sharp when printed.
     *
     * @throws IllegalArgumentException when the text is empty or too long for a QR code, or the
     *         size is outside {@value #MIN_SIZE}–{@value #MAX_SIZE}
     */
    public static byte[] png(String text, int sizePx) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs some text");
        }
        if (sizePx < MIN_SIZE || sizePx > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between " + MIN_SIZE + " and " + MAX_SIZE + " pixels");
        }
        var hints = new EnumMap<EncodeHintType, Object>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
            // ZXing's default is ISO-8859-1; anything beyond it needs UTF-8 and its ECI marker.
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, Map.copyOf(hints));
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("text cannot be put in a QR code: " + e.getMessage(), e);
        }
        var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG could not be written to memory", e);
        }
        return out.toByteArray();
    }
}
