package lat.faro.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The report's charts: a PNG at twice the layout width, drawn with the shipped font only. */
class ReportChartsTests {

    static final List<String> STAGES = List.of("Inicial", "Formativo", "Consolidado", "Estratégico", "Dinámico");

    @Test
    void drawsAPngAtTwiceTheLayoutWidthInAHeadlessJvm() throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).as("the test JVM is headless, like the server").isTrue();
        var bars = List.of(new ReportCharts.Bar("D2.1", new int[] {0, 2, 0, 0, 0}),
                new ReportCharts.Bar("D2.1.1", new int[] {2, 1, 1, 0, 0}),
                new ReportCharts.Bar("D1.1", new int[] {0, 0, 0, 0, 0}));

        byte[] png = ReportCharts.png(bars, STAGES, "–");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodes as an image").isNotNull();
        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH * ReportCharts.SCALE).isEqualTo(1800);
        assertThat(image.getHeight()).isGreaterThan(3 * 24 * ReportCharts.SCALE);
    }

    @Test
    void drawsWithTheShippedDejaVuFontNotASystemFont() {
        assertThat(ReportCharts.font().getFontName()).startsWith("DejaVu Sans");
        assertThat(ReportCharts.font().getFamily()).isEqualTo("DejaVu Sans");
    }

    @Test
    void theDataUriCarriesThePng() {
        String uri = ReportCharts.dataUri(List.of(new ReportCharts.Bar("D1.1.1", new int[] {0, 0, 0, 1, 0})), STAGES, "–");

        assertThat(uri).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void writesCountsInAColourThatContrastsWithTheStage() {
        assertThat(ReportCharts.textOn(new Color(0xDEEBF7))).isEqualTo(Color.BLACK);
        assertThat(ReportCharts.textOn(new Color(0x08306B))).isEqualTo(Color.WHITE);
    }
}
