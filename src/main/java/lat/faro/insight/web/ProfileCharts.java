package lat.faro.insight.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The country report's charts, drawn with Java2D in the same colours and font as the page's: the
 * radar of the derived dimension means (the country's and the region's) and, per factor, the
 * country's stage as a bar with the regional median as a diamond. The page draws the same figures
 * with ECharts; a report cannot run a script.
 */
final class ProfileCharts {

    static final int SCALE = 2;
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color GRID = new Color(0xBDBDBD);
    private static final Color COUNTRY = new Color(0x2171B5);
    private static final Color REGION = new Color(0xD94801);
    private static final int PAD = 8;

    private ProfileCharts() {
    }

    /** Radar over the dimensions, scale 0 to 5, with a legend naming both series. */
    static byte[] radar(List<String> axes, List<@Nullable BigDecimal> country, List<@Nullable BigDecimal> region,
            String countryName, String regionName) {
        int width = 520;
        int height = 440;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image, width, height);
        try {
            Font font = ReportCharts.font().deriveFont(12f);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            double cx = width / 2.0;
            double cy = 40 + 160;
            double r = 150;
            int n = axes.size();
            g.setStroke(new BasicStroke(0.8f));
            for (int ring = 1; ring <= 5; ring++) {
                g.setColor(GRID);
                g.draw(polygon(n, cx, cy, r * ring / 5));
            }
            for (int i = 0; i < n; i++) {
                double[] p = point(i, n, cx, cy, r, 5);
                g.setColor(GRID);
                g.drawLine((int) cx, (int) cy, (int) p[0], (int) p[1]);
                double[] label = point(i, n, cx, cy, r + 16, 5);
                String text = axes.get(i);
                g.setColor(INK);
                g.drawString(text, (float) (label[0] - fm.stringWidth(text) / 2.0), (float) (label[1] + fm.getAscent() / 2.0 - 2));
            }
            for (int ring = 1; ring <= 5; ring++) {
                g.setColor(INK);
                g.drawString(Integer.toString(ring), (float) cx + 3, (float) (cy - r * ring / 5) + 4);
            }
            series(g, n, cx, cy, r, region, REGION, true);
            series(g, n, cx, cy, r, country, COUNTRY, false);
            legend(g, fm, height - 28, width, countryName, regionName);
        } finally {
            g.dispose();
        }
        return ReportCharts.encode(image);
    }

    /** Per factor, the country's stage as a bar (none when it has no stage) and the regional median as a diamond. */
    static byte[] versus(List<String> factors, List<@Nullable Integer> stages, List<@Nullable BigDecimal> medians,
            String countryName, String medianName) {
        int width = 900;
        int row = 20;
        Font font = ReportCharts.font().deriveFont(12f);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = probe.createGraphics();
        measure.setFont(font);
        int labelWidth = factors.stream().mapToInt(measure.getFontMetrics()::stringWidth).max().orElse(0);
        measure.dispose();
        int top = 36;
        int height = top + factors.size() * row + 30;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image, width, height);
        try {
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            legend(g, fm, PAD, width, countryName, medianName);
            int left = PAD + labelWidth + PAD;
            int plot = width - left - 24;
            int bottom = top + factors.size() * row;
            for (int tick = 0; tick <= 5; tick++) {
                int x = left + plot * tick / 5;
                g.setColor(GRID);
                g.drawLine(x, top, x, bottom);
                g.setColor(INK);
                String text = Integer.toString(tick);
                g.drawString(text, x - fm.stringWidth(text) / 2f, bottom + 16);
            }
            for (int i = 0; i < factors.size(); i++) {
                int y = top + i * row;
                g.setColor(INK);
                g.drawString(factors.get(i), PAD, y + (row + fm.getAscent() - fm.getDescent()) / 2f);
                Integer stage = stages.get(i);
                if (stage != null) {
                    g.setColor(COUNTRY);
                    g.fillRect(left, y + 4, plot * stage / 5, row - 8);
                }
                BigDecimal median = medians.get(i);
                if (median != null) {
                    double x = left + plot * median.doubleValue() / 5;
                    double cy = y + row / 2.0;
                    Path2D diamond = new Path2D.Double();
                    diamond.moveTo(x, cy - 7);
                    diamond.lineTo(x + 7, cy);
                    diamond.lineTo(x, cy + 7);
                    diamond.lineTo(x - 7, cy);
                    diamond.closePath();
                    g.setColor(REGION);
                    g.fill(diamond);
                    g.setColor(Color.WHITE);
                    g.draw(diamond);
                }
            }
        } finally {
            g.dispose();
        }
        return ReportCharts.encode(image);
    }

    private static void series(Graphics2D g, int n, double cx, double cy, double r, List<@Nullable BigDecimal> values,
            Color colour, boolean dashed) {
        Path2D shape = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < n; i++) {
            BigDecimal value = values.get(i);
            double[] p = point(i, n, cx, cy, r, value == null ? 0 : value.doubleValue());
            if (started) {
                shape.lineTo(p[0], p[1]);
            } else {
                shape.moveTo(p[0], p[1]);
                started = true;
            }
        }
        shape.closePath();
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 40));
        g.fill(shape);
        g.setColor(colour);
        g.setStroke(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f));
        g.draw(shape);
    }

    private static void legend(Graphics2D g, FontMetrics fm, int y, int width, String first, String second) {
        int w1 = 14 + 6 + fm.stringWidth(first);
        int w2 = 14 + 6 + fm.stringWidth(second);
        int x = (width - w1 - 24 - w2) / 2;
        g.setColor(COUNTRY);
        g.fillRect(x, y + 2, 14, 10);
        g.setColor(INK);
        g.drawString(first, x + 20, y + 11);
        x += w1 + 24;
        g.setColor(REGION);
        g.fillRect(x, y + 2, 14, 10);
        g.setColor(INK);
        g.drawString(second, x + 20, y + 11);
    }

    private static Path2D polygon(int n, double cx, double cy, double r) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, cx, cy, r, 5);
            if (i == 0) {
                path.moveTo(p[0], p[1]);
            } else {
                path.lineTo(p[0], p[1]);
            }
        }
        path.closePath();
        return path;
    }

    /** The point on axis i of n at {@code value} (0..5), the first axis pointing up. */
    private static double[] point(int i, int n, double cx, double cy, double r, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double d = r * value / 5;
        return new double[] {cx + d * Math.cos(angle), cy + d * Math.sin(angle)};
    }

    private static Graphics2D graphics(BufferedImage image, int width, int height) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        return g;
    }
}
