package lat.faro.insight.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the report's charts with Java2D: for one dimension, a horizontal 100 % stacked bar per
 * factor or aspect, one segment per stage, the count written in each segment wide enough to hold
 * it, and a legend with the stage names. Text is drawn with the DejaVu Sans shipped in
 * {@code fonts/}, never with a system font, so a server without fonts draws the same picture.
 */
final class ReportCharts {

    /** Width of a chart in layout pixels; the PNG is drawn at {@link #SCALE} times that. */
    static final int WIDTH = 900;
    static final int SCALE = 2;

    /** One bar: the element's id and how many countries are at stages 1 to 5. */
    record Bar(String label, int[] counts) {

        Bar {
            if (counts.length != 5) {
                throw new IllegalArgumentException("five stages, got " + counts.length);
            }
            counts = counts.clone();
        }

        int assessed() {
            int sum = 0;
            for (int count : counts) {
                sum += count;
            }
            return sum;
        }
    }

    /**
     * Light to dark, one hue, so that the order of the stages reads without the legend too; the
     * same colours as the page's charts ({@link Charts#STAGE_COLOURS}) and the map.
     */
    static final Color[] STAGE_COLOURS = Charts.STAGE_COLOURS.stream().map(Color::decode).toArray(Color[]::new);
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color EMPTY = new Color(0x767676);
    private static final Font FONT = load("/fonts/DejaVuSans.ttf");

    private static final int PAD = 8;
    private static final int ROW = 24;
    private static final int BAR = 18;
    private static final int SWATCH = 12;

    private ReportCharts() {}

    /** The chart as {@code data:image/png;base64,...}, to embed in the report's XHTML. */
    static String dataUri(List<Bar> bars, List<String> stageNames, String none) {
        return dataUri(png(bars, stageNames, none));
    }

    /** A chart already drawn, as {@code data:image/png;base64,...}. */
    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /**
     * The chart as PNG, {@code WIDTH * SCALE} pixels wide.
     *
     * @param stageNames the five stage names in the report's language, for the legend
     * @param none       what an element with no assessed country shows in its empty bar
     */
    static byte[] png(List<Bar> bars, List<String> stageNames, String none) {
        Font font = FONT.deriveFont(12f);
        // Measure first with a throwaway graphics, so that the label column fits the longest id.
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = probe.createGraphics();
        measure.setFont(font);
        FontMetrics metrics = measure.getFontMetrics();
        int labelWidth = 0;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, metrics.stringWidth(bar.label()));
        }
        int legendRows = legendRows(stageNames, metrics);
        measure.dispose();

        int barLeft = PAD + labelWidth + PAD;
        int barWidth = WIDTH - barLeft - PAD;
        int legendHeight = legendRows * (SWATCH + 8);
        int height = PAD + legendHeight + PAD + bars.size() * ROW + PAD;

        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            legend(g, fm, stageNames);

            int y = PAD + legendHeight + PAD;
            for (Bar bar : bars) {
                int top = y + (ROW - BAR) / 2;
                int baseline = top + (BAR + fm.getAscent() - fm.getDescent()) / 2;
                g.setColor(INK);
                g.drawString(bar.label(), PAD, baseline);
                int assessed = bar.assessed();
                if (assessed == 0) {
                    g.setColor(EMPTY);
                    g.setStroke(new BasicStroke(1f));
                    g.drawRect(barLeft, top, barWidth, BAR);
                    g.drawString(none, barLeft + 6, baseline);
                } else {
                    segments(g, fm, bar, barLeft, barWidth, top, baseline);
                }
                y += ROW;
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** An image as PNG bytes. */
    static byte[] encode(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void segments(Graphics2D g, FontMetrics fm, Bar bar, int left, int width, int top, int baseline) {
        int assessed = bar.assessed();
        int before = 0;
        for (int stage = 0; stage < 5; stage++) {
            int count = bar.counts()[stage];
            if (count == 0) {
                continue;
            }
            // From cumulative counts, so that the segments always add up to the full width.
            int x0 = left + Math.round((float) width * before / assessed);
            before += count;
            int x1 = left + Math.round((float) width * before / assessed);
            g.setColor(STAGE_COLOURS[stage]);
            g.fillRect(x0, top, x1 - x0, BAR);
            g.setColor(Color.WHITE);
            g.drawLine(x1, top, x1, top + BAR); // a gap, so that neighbouring stages stay apart
            String text = Integer.toString(count);
            int textWidth = fm.stringWidth(text);
            if (textWidth + 6 <= x1 - x0) {
                g.setColor(textOn(STAGE_COLOURS[stage]));
                g.drawString(text, x0 + (x1 - x0 - textWidth) / 2, baseline);
            }
        }
    }

    private static int legendRows(List<String> names, FontMetrics fm) {
        int rows = 1;
        int x = PAD;
        for (String name : names) {
            int w = SWATCH + 4 + fm.stringWidth(name) + 16;
            if (x + w > WIDTH - PAD && x > PAD) {
                rows++;
                x = PAD;
            }
            x += w;
        }
        return rows;
    }

    private static void legend(Graphics2D g, FontMetrics fm, List<String> names) {
        int x = PAD;
        int y = PAD;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int w = SWATCH + 4 + fm.stringWidth(name) + 16;
            if (x + w > WIDTH - PAD && x > PAD) {
                x = PAD;
                y += SWATCH + 8;
            }
            g.setColor(STAGE_COLOURS[i]);
            g.fillRect(x, y, SWATCH, SWATCH);
            g.setColor(EMPTY);
            g.drawRect(x, y, SWATCH, SWATCH);
            g.setColor(INK);
            g.drawString(name, x + SWATCH + 4, y + SWATCH - 1);
            x += w;
        }
    }

    /** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
    static Color textOn(Color background) {
        double l = luminance(background);
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static Font font() {
        return FONT;
    }

    private static Font load(String resource) {
        try (InputStream in = ReportCharts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + " is not a TrueType font", e);
        }
    }
}
