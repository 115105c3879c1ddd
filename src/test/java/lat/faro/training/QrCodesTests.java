package lat.faro.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTests {

    static final String ADDRESS = "https://faro.example.org/verify/7QX2-M9KD-4RTA-H0VA";

    static BufferedImage image(byte[] png) throws Exception {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** ZXing's own reader; core has no BufferedImage source, so the pixels go through RGBLuminanceSource. */
    static Result decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap);
    }

    @Test
    void zxingReadsTheAddressBack() throws Exception {
        var image = image(QrCodes.png(ADDRESS, 240));

        Result result = decode(image);

        assertThat(result.getText()).isEqualTo(ADDRESS);
        assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
        assertThat(image.getWidth()).isEqualTo(240);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void textBeyondLatin1SurvivesTheRoundTrip() throws Exception {
        String text = "Certificado — Asunción, 2026 ✓";

        assertThat(decode(image(QrCodes.png(text, 300))).getText()).isEqualTo(text);
    }

    @Test
    void leavesAQuietZoneOfFourModulesOnEverySide() throws Exception {
        var image = image(QrCodes.png(ADDRESS, 240));
        int size = image.getWidth();
        int top = size, left = size, bottom = -1, right = -1;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    top = Math.min(top, y);
                    left = Math.min(left, x);
                    bottom = Math.max(bottom, y);
                    right = Math.max(right, x);
                }
            }
        }
        // The top-left finder pattern starts with a dark run seven modules long.
        int run = 0;
        while ((image.getRGB(left + run, top) & 0xFFFFFF) == 0) {
            run++;
        }
        assertThat(run % 7).isZero();
        int module = run / 7;
        assertThat(module).isPositive();
        assertThat(top).isGreaterThanOrEqualTo(4 * module);
        assertThat(left).isGreaterThanOrEqualTo(4 * module);
        assertThat(size - 1 - bottom).isGreaterThanOrEqualTo(4 * module);
        assertThat(size - 1 - right).isGreaterThanOrEqualTo(4 * module);
    }

    @Test
    void growsRatherThanCrampsWhenTheSizeIsTooSmallForTheText() throws Exception {
        var image = image(QrCodes.png(ADDRESS.repeat(3), QrCodes.MIN_SIZE));

        assertThat(image.getWidth()).isGreaterThan(QrCodes.MIN_SIZE);
        // One pixel per module is too fine for the camera-oriented binariser; as a pure image it reads.
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText())
                .isEqualTo(ADDRESS.repeat(3));
    }

    @Test
    void refusesEmptyTextAndUnreasonableSizes() {
        assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("", 200));
        assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(ADDRESS, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(ADDRESS, 10_000));
        assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("x".repeat(5_000), 200));
    }
}
