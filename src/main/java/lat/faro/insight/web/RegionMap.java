package lat.faro.insight.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of the region: the member states from the Natural Earth TopoJSON shipped in
 * {@code static/maps/} (see {@code docs/map-data.md}), read, decoded, projected and simplified
 * once at start-up. The page draws {@link #shapes()} and {@link #context()} as SVG paths in a
 * {@code 0 0 width height} view box; the report embeds {@link #png}.
 *
 * <p>Projection: equirectangular with a standard parallel at 15° S (the middle of the region's
 * land, where shapes keep their proportions), over the frame 119° W to 33° W, 57° S to 33.5° N.
 * That frame holds every member state whole, so nothing is dropped: Easter Island and the
 * Galápagos lie inside it, in the Pacific west of the mainland, and Mexico's Guadalupe Island
 * (118.4° W) sets its western edge. {@code tools/map/extract-region.mjs} uses the same frame.
 *
 * <p>Simplification: along each TopoJSON arc, a point closer than half a view-box unit to the
 * last kept point is dropped; an arc's ends are always kept. Simplifying arcs rather than rings
 * keeps a border shared by two countries identical in both, and keeps every ring's first point.
 * Coordinates are then rounded to a tenth of a unit; a ring left with fewer than three points is
 * dropped, unless the country would have none left, in which case its largest ring is kept
 * unsimplified.
 *
 * <p>Paths are filled with the even-odd rule (holes, should a geometry have any, stay holes).
 * Context land is clipped to a rectangle slightly larger than the view box, so the cut edges lie
 * outside the visible area.
 */
@Component
final class RegionMap {

    /** One member state: SVG path data in view-box units, and where its marker goes when it is too small to see. */
    record Shape(String iso2, String path, boolean small, double cx, double cy) {}

    static final String RESOURCE = "/static/maps/member-states-50m.topo.json";

    private static final double WEST = -119;
    private static final double EAST = -33;
    private static final double SOUTH = -57;
    private static final double NORTH = 33.5;
    private static final double COS_STANDARD_PARALLEL = Math.cos(Math.toRadians(-15));

    private static final int WIDTH = 1000;
    /** View-box units per degree of latitude. */
    private static final double UNITS = WIDTH / ((EAST - WEST) * COS_STANDARD_PARALLEL);
    private static final double TOLERANCE = 0.5;
    /** A state whose bounds are narrower and shorter than this is drawn with a marker too. */
    private static final double SMALL = 12;
    private static final double MARKER_RADIUS = 6;
    /** How far outside the view box context land is cut. */
    private static final double CLIP_MARGIN = 2;

    /** Light to dark, one hue, the same as the report's bar charts. */
    private static final Color[] STAGE_COLOURS = ReportCharts.STAGE_COLOURS;
    private static final Color NO_STAGE = new Color(0xF0F0F0);
    private static final Color NO_STAGE_BORDER = new Color(0x767676);
    private static final Color BORDER = Color.WHITE;
    private static final Color MARKER_OUTLINE = new Color(0x1A1A1A);
    /** Non-member land: a hint of the coast, lighter than a member state without a stage. */
    private static final Color CONTEXT = new Color(0xF7F7F7);
    private static final BasicStroke BORDER_STROKE = new BasicStroke(0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke MARKER_STROKE = new BasicStroke(1f);

    private final int height;
    private final List<Shape> shapes;
    private final List<Path2D> outlines;
    private final List<String> context;
    private final Path2D contextOutline = new Path2D.Float(Path2D.WIND_EVEN_ODD);

    RegionMap() {
        height = (int) Math.round((NORTH - SOUTH) * UNITS);
        JsonNode topology = read();
        double[][] raw = arcs(topology);
        double[][] simplified = Arrays.stream(raw).map(RegionMap::simplify).toArray(double[][]::new);

        List<JsonNode> members = new ArrayList<>(topology.path("objects").path("countries").path("geometries").values());
        members.sort(Comparator.comparing(geometry -> geometry.path("id").asString()));
        List<Shape> shapes = new ArrayList<>();
        List<Path2D> outlines = new ArrayList<>();
        for (JsonNode member : members) {
            Path2D outline = new Path2D.Float(Path2D.WIND_EVEN_ODD);
            shapes.add(shape(member, raw, simplified, outline));
            outlines.add(outline);
        }
        this.shapes = List.copyOf(shapes);
        this.outlines = List.copyOf(outlines);

        List<String> context = new ArrayList<>();
        double[] clip = {-CLIP_MARGIN, -CLIP_MARGIN, WIDTH + CLIP_MARGIN, height + CLIP_MARGIN};
        for (JsonNode geometry : topology.path("objects").path("context").path("geometries")) {
            var path = new StringBuilder();
            for (JsonNode polygon : polygons(geometry)) {
                List<int[]> rings = new ArrayList<>();
                for (JsonNode refs : polygon) {
                    int[] ring = rounded(clip(ring(refs, simplified), clip));
                    if (ring.length < 6) {
                        if (rings.isEmpty()) {
                            break; // the outer ring is gone, and with it the polygon
                        }
                        continue;
                    }
                    rings.add(ring);
                }
                rings.forEach(ring -> append(ring, path, contextOutline));
            }
            if (!path.isEmpty()) {
                context.add(path.toString());
            }
        }
        this.context = List.copyOf(context);
    }

    int width() {
        return WIDTH;
    }

    int height() {
        return height;
    }

    /** One per member state, sorted by ISO alpha-2 code. */
    List<Shape> shapes() {
        return shapes;
    }

    /** SVG path data of the non-member land inside the frame, one entry per country or territory. */
    List<String> context() {
        return context;
    }

    /** Where a point falls in the view box: {@code {x, y}}, y growing southwards. */
    double[] project(double lon, double lat) {
        return new double[] {(lon - WEST) * COS_STANDARD_PARALLEL * UNITS, (NORTH - lat) * UNITS};
    }

    /**
     * The map as a PNG for reports: each state filled with the colour of its stage (1..5), states
     * with no stage light grey with a darker outline; small states also drawn as a marker circle.
     * No text: the report prints the legend. Stroke widths are in view-box units (borders half a
     * unit, as on the page), so the picture scales as a whole.
     *
     * @param stageByCountry stage 1 to 5 by ISO alpha-2 code; a state not in it has no stage, and
     *                       codes that are not member states are ignored
     * @param widthPx        the image's width in pixels; the height keeps the view box's aspect
     * @throws IllegalArgumentException for a stage outside 1..5 or a width outside 1..10000
     */
    byte[] png(Map<String, Integer> stageByCountry, int widthPx) {
        if (widthPx < 1 || widthPx > 10_000) {
            throw new IllegalArgumentException("width must be 1 to 10000 pixels, got " + widthPx);
        }
        Color[] fills = new Color[shapes.size()];
        for (int i = 0; i < shapes.size(); i++) {
            Integer stage = stageByCountry.get(shapes.get(i).iso2());
            if (stage != null && (stage < 1 || stage > 5)) {
                throw new IllegalArgumentException("stage must be 1 to 5, got " + stage + " for " + shapes.get(i).iso2());
            }
            fills[i] = stage == null ? null : STAGE_COLOURS[stage - 1];
        }
        double scale = widthPx / (double) WIDTH;
        int heightPx = Math.max(1, (int) Math.round(height * scale));
        var image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            g.setColor(CONTEXT);
            g.fill(contextOutline);
            for (int i = 0; i < shapes.size(); i++) {
                g.setColor(fills[i] == null ? NO_STAGE : fills[i]);
                g.fill(outlines.get(i));
            }
            // White borders first, then the grey ones, so a state without a stage keeps its whole outline.
            g.setStroke(BORDER_STROKE);
            for (boolean staged : new boolean[] {true, false}) {
                g.setColor(staged ? BORDER : NO_STAGE_BORDER);
                for (int i = 0; i < shapes.size(); i++) {
                    if ((fills[i] != null) == staged) {
                        g.draw(outlines.get(i));
                    }
                }
            }
            g.setStroke(MARKER_STROKE);
            for (int i = 0; i < shapes.size(); i++) {
                Shape shape = shapes.get(i);
                if (shape.small()) {
                    var marker = new Ellipse2D.Double(shape.cx() - MARKER_RADIUS, shape.cy() - MARKER_RADIUS,
                            2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
                    g.setColor(fills[i] == null ? NO_STAGE : fills[i]);
                    g.fill(marker);
                    g.setColor(MARKER_OUTLINE);
                    g.draw(marker);
                }
            }
        } finally {
            g.dispose();
        }
        return ReportCharts.encode(image);
    }

    private static JsonNode read() {
        try (InputStream in = RegionMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the map data is missing from the class path: " + RESOURCE);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every arc decoded (delta-encoded, quantized) and projected, as {@code x0, y0, x1, y1, ...}. */
    private double[][] arcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble();
        double sy = transform.path("scale").path(1).asDouble();
        double tx = transform.path("translate").path(0).asDouble();
        double ty = transform.path("translate").path(1).asDouble();
        JsonNode arcs = topology.path("arcs");
        double[][] projected = new double[arcs.size()][];
        for (int a = 0; a < arcs.size(); a++) {
            JsonNode arc = arcs.get(a);
            double[] points = new double[arc.size() * 2];
            long qx = 0;
            long qy = 0;
            for (int p = 0; p < arc.size(); p++) {
                qx += arc.get(p).get(0).asLong();
                qy += arc.get(p).get(1).asLong();
                double[] xy = project(qx * sx + tx, qy * sy + ty);
                points[2 * p] = xy[0];
                points[2 * p + 1] = xy[1];
            }
            projected[a] = points;
        }
        return projected;
    }

    /** Drops every point closer than the tolerance to the last kept one, keeping both ends. */
    private static double[] simplify(double[] points) {
        int n = points.length / 2;
        if (n <= 2) {
            return points;
        }
        double[] kept = new double[points.length];
        kept[0] = points[0];
        kept[1] = points[1];
        int k = 2;
        for (int p = 1; p < n - 1; p++) {
            double dx = points[2 * p] - kept[k - 2];
            double dy = points[2 * p + 1] - kept[k - 1];
            if (dx * dx + dy * dy >= TOLERANCE * TOLERANCE) {
                kept[k++] = points[2 * p];
                kept[k++] = points[2 * p + 1];
            }
        }
        kept[k++] = points[2 * n - 2];
        kept[k++] = points[2 * n - 1];
        return Arrays.copyOf(kept, k);
    }

    private static Iterable<JsonNode> polygons(JsonNode geometry) {
        JsonNode arcs = geometry.path("arcs");
        return switch (geometry.path("type").asString()) {
            case "Polygon" -> List.of(arcs);
            case "MultiPolygon" -> arcs;
            default -> List.of();
        };
    }

    /** A ring's points from its arc references; {@code ~i} is arc i reversed, and consecutive arcs share an end. */
    private static double[] ring(JsonNode refs, double[][] arcs) {
        var ring = new double[refs.values().stream().mapToInt(ref -> arcs[index(ref.asInt())].length).sum()];
        int k = 0;
        for (JsonNode node : refs) {
            int ref = node.asInt();
            double[] arc = arcs[index(ref)];
            int n = arc.length / 2;
            for (int p = k == 0 ? 0 : 1; p < n; p++) {
                int q = ref >= 0 ? p : n - 1 - p;
                ring[k++] = arc[2 * q];
                ring[k++] = arc[2 * q + 1];
            }
        }
        return Arrays.copyOf(ring, k);
    }

    private static int index(int ref) {
        return ref < 0 ? ~ref : ref;
    }

    private static Shape shape(JsonNode geometry, double[][] raw, double[][] simplified, Path2D outline) {
        String iso2 = geometry.path("id").asString();
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double[] largest = null;
        double largestArea = -1;
        var path = new StringBuilder();
        for (JsonNode polygon : polygons(geometry)) {
            int r = 0;
            for (JsonNode refs : polygon) {
                double[] full = ring(refs, raw);
                double[] ringBounds = bounds(full);
                bounds[0] = Math.min(bounds[0], ringBounds[0]);
                bounds[1] = Math.min(bounds[1], ringBounds[1]);
                bounds[2] = Math.max(bounds[2], ringBounds[2]);
                bounds[3] = Math.max(bounds[3], ringBounds[3]);
                double area = Math.abs(area(full));
                if (r == 0 && area > largestArea) {
                    largest = full;
                    largestArea = area;
                }
                int[] ring = rounded(ring(refs, simplified));
                if (ring.length < 6) {
                    if (r == 0) {
                        break; // the outer ring collapsed: its holes go with it
                    }
                } else {
                    append(ring, path, outline);
                }
                r++;
            }
        }
        if (largest == null) {
            throw new IllegalStateException("no polygon for " + iso2 + " in " + RESOURCE);
        }
        if (path.isEmpty()) {
            int[] whole = rounded(largest);
            if (whole.length == 0) {
                throw new IllegalStateException(iso2 + " is smaller than a tenth of a view-box unit");
            }
            append(whole, path, outline);
        }
        double[] centre = bounds(largest);
        boolean small = bounds[2] - bounds[0] < SMALL && bounds[3] - bounds[1] < SMALL;
        return new Shape(iso2, path.toString(), small, (centre[0] + centre[2]) / 2, (centre[1] + centre[3]) / 2);
    }

    private static double[] bounds(double[] points) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int p = 0; p < points.length; p += 2) {
            b[0] = Math.min(b[0], points[p]);
            b[1] = Math.min(b[1], points[p + 1]);
            b[2] = Math.max(b[2], points[p]);
            b[3] = Math.max(b[3], points[p + 1]);
        }
        return b;
    }

    /** Twice the signed area (shoelace); only its magnitude is compared. */
    private static double area(double[] points) {
        double sum = 0;
        int n = points.length / 2;
        for (int p = 0; p < n; p++) {
            int q = (p + 1) % n;
            sum += points[2 * p] * points[2 * q + 1] - points[2 * q] * points[2 * p + 1];
        }
        return sum;
    }

    /**
     * The ring in tenths of a unit, without consecutive repeats and without the closing point;
     * fewer than three points (six numbers) means it collapsed.
     */
    private static int[] rounded(double[] points) {
        int[] tenths = new int[points.length];
        int k = 0;
        for (int p = 0; p < points.length; p += 2) {
            int x = (int) Math.round(points[p] * 10);
            int y = (int) Math.round(points[p + 1] * 10);
            if (k > 0 && tenths[k - 2] == x && tenths[k - 1] == y) {
                continue;
            }
            tenths[k++] = x;
            tenths[k++] = y;
        }
        while (k >= 4 && tenths[k - 2] == tenths[0] && tenths[k - 1] == tenths[1]) {
            k -= 2;
        }
        return k < 6 ? new int[0] : Arrays.copyOf(tenths, k);
    }

    /** Adds the ring as one subpath, {@code M x y L x y ... Z}, to the SVG path data and to the Java2D outline. */
    private static void append(int[] ring, StringBuilder path, Path2D outline) {
        for (int p = 0; p < ring.length; p += 2) {
            path.append(p == 0 ? 'M' : 'L');
            decimal(ring[p], path).append(' ');
            decimal(ring[p + 1], path);
            if (p == 0) {
                outline.moveTo(ring[p] / 10f, ring[p + 1] / 10f);
            } else {
                outline.lineTo(ring[p] / 10f, ring[p + 1] / 10f);
            }
        }
        path.append('Z');
        outline.closePath();
    }

    private static StringBuilder decimal(int tenths, StringBuilder out) {
        if (tenths < 0) {
            out.append('-');
        }
        int abs = Math.abs(tenths);
        out.append(abs / 10);
        if (abs % 10 != 0) {
            out.append('.').append(abs % 10);
        }
        return out;
    }

    /** Sutherland–Hodgman against an axis-aligned rectangle {@code {minX, minY, maxX, maxY}}. */
    private static double[] clip(double[] ring, double[] rect) {
        double[] points = ring;
        for (int edge = 0; edge < 4 && points.length > 0; edge++) {
            int axis = edge % 2; // 0: x, 1: y
            double limit = rect[edge];
            boolean keepAbove = edge < 2; // the min edges keep what is above them
            int n = points.length / 2;
            double[] out = new double[points.length * 2 + 4];
            int k = 0;
            for (int p = 0; p < n; p++) {
                int q = (p + 1) % n;
                double a = points[2 * p + axis];
                double b = points[2 * q + axis];
                boolean aIn = keepAbove ? a >= limit : a <= limit;
                boolean bIn = keepAbove ? b >= limit : b <= limit;
                if (aIn) {
                    out[k++] = points[2 * p];
                    out[k++] = points[2 * p + 1];
                }
                if (aIn != bIn) {
                    double t = (limit - a) / (b - a);
                    out[k++] = points[2 * p] + t * (points[2 * q] - points[2 * p]);
                    out[k++] = points[2 * p + 1] + t * (points[2 * q + 1] - points[2 * p + 1]);
                }
            }
            points = Arrays.copyOf(out, k);
        }
        return points;
    }
}
