package lat.faro.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The region's map: every member state once, in the right place, small enough to send, and as a PNG for reports. */
class RegionMapTests {

    static final RegionMap MAP = new RegionMap();

    static final List<String> MEMBERS = List.of("AG", "AR", "BB", "BO", "BR", "BS", "BZ", "CL", "CO", "CR", "CU", "DM",
            "DO", "EC", "GD", "GT", "GY", "HN", "HT", "JM", "KN", "LC", "MX", "NI", "PA", "PE", "PY", "SR", "SV", "TT",
            "UY", "VC", "VE");

    static final int STAGE_3 = 0x4292C6;
    static final int STAGE_5 = 0x08306B;
    static final int NO_STAGE = 0xF0F0F0;
    static final int CONTEXT = 0xF7F7F7;

    @Test
    void drawsEachOfTheThirtyThreeMemberStatesOnceSortedByCode() {
        assertThat(MAP.shapes()).extracting(RegionMap.Shape::iso2).containsExactlyElementsOf(MEMBERS);
    }

    @Test
    void projectsTheFrameOntoAViewBoxAThousandUnitsWide() {
        assertThat(MAP.width()).isEqualTo(1000);
        assertThat(MAP.project(-119, 33.5)).containsExactly(new double[] {0, 0}, within(1e-9));
        double[] southEast = MAP.project(-33, -57);
        assertThat(southEast[0]).isCloseTo(1000, within(1e-9));
        assertThat(southEast[1]).isCloseTo(MAP.height(), within(0.5));
        assertThat(MAP.height()).as("taller than wide: the region spans 90° of latitude").isBetween(1050, 1150);
    }

    @Test
    void placesBrazilEastOfChileAndChileFurtherSouth() {
        double[] brazil = bounds(shape("BR").path());
        double[] chile = bounds(shape("CL").path());

        assertThat(shape("BR").path()).as("Brazil keeps its coastline").hasSizeGreaterThan(10_000);
        assertThat(brazil[0]).as("west edge").isGreaterThan(chile[0]);
        assertThat(brazil[2]).as("east edge").isGreaterThan(chile[2] + 300);
        assertThat(chile[3]).as("south edge (y grows southwards)").isGreaterThan(brazil[3] + 200);
    }

    @Test
    void keepsEveryMemberStateInsideTheViewBox() {
        for (RegionMap.Shape shape : MAP.shapes()) {
            double[] b = bounds(shape.path());
            assertThat(b[0]).as(shape.iso2()).isGreaterThanOrEqualTo(0);
            assertThat(b[1]).as(shape.iso2()).isGreaterThanOrEqualTo(0);
            assertThat(b[2]).as(shape.iso2()).isLessThanOrEqualTo(MAP.width());
            assertThat(b[3]).as(shape.iso2()).isLessThanOrEqualTo(MAP.height());
        }
    }

    @Test
    void marksTheEasternCaribbeanStatesAsSmallButNotTheLargeStates() {
        assertThat(MAP.shapes()).filteredOn(RegionMap.Shape::small).extracting(RegionMap.Shape::iso2)
                .containsExactlyInAnyOrder("AG", "BB", "DM", "GD", "KN", "LC", "VC");
        for (String large : List.of("BR", "MX", "AR", "CU", "JM")) {
            assertThat(shape(large).small()).as(large).isFalse();
        }
    }

    @Test
    void putsAMarkerInsideTheBoundsOfTheStateItStandsFor() {
        for (RegionMap.Shape shape : MAP.shapes()) {
            double[] b = bounds(shape.path());
            assertThat(shape.cx()).as(shape.iso2()).isBetween(b[0], b[2]);
            assertThat(shape.cy()).as(shape.iso2()).isBetween(b[1], b[3]);
        }
        // Grenada's marker sits on Grenada: 61.7° W, 12.1° N.
        double[] grenada = MAP.project(-61.7, 12.1);
        assertThat(shape("GD").cx()).isCloseTo(grenada[0], within(2.0));
        assertThat(shape("GD").cy()).isCloseTo(grenada[1], within(2.0));
    }

    @Test
    void writesPathDataWithAbsoluteMoveLineAndCloseOnly() {
        for (RegionMap.Shape shape : MAP.shapes()) {
            assertThat(rings(shape.path())).as(shape.iso2()).isNotEmpty()
                    .allSatisfy(ring -> assertThat(ring).as(shape.iso2() + " ring").hasSizeGreaterThanOrEqualTo(3));
        }
        for (String land : MAP.context()) {
            assertThat(rings(land)).isNotEmpty();
        }
    }

    @Test
    void joinsTheArcsOfARingEndToEndInTheirDirection() {
        // A reversed arc taken forwards leaves a jump across the country; the longest real
        // segment (a straight stretch of Argentina's coast) is 12.7 units.
        for (RegionMap.Shape shape : MAP.shapes()) {
            for (List<double[]> ring : rings(shape.path())) {
                assertThat(longestSegment(ring)).as(shape.iso2()).isLessThan(20);
            }
        }
    }

    @Test
    void givesNeighboursTheSameBorderPoints() {
        Set<String> brazil = points(shape("BR").path());
        Set<String> bolivia = points(shape("BO").path());
        Set<String> paraguay = points(shape("PY").path());

        // Simplified along shared arcs, the border is the same line in both countries: no slivers.
        assertThat(bolivia).filteredOn(brazil::contains).hasSizeGreaterThan(50);
        assertThat(bolivia).as("the corner where Bolivia, Brazil and Paraguay meet")
                .anyMatch(point -> brazil.contains(point) && paraguay.contains(point));
    }

    @Test
    void dropsPointsCloserThanHalfAUnitExceptWhereArcsMeet() {
        int segments = 0;
        int shorter = 0;
        for (RegionMap.Shape shape : MAP.shapes()) {
            for (List<double[]> ring : rings(shape.path())) {
                for (int i = 0; i < ring.size(); i++) {
                    segments++;
                    if (distance(ring.get(i), ring.get((i + 1) % ring.size())) < 0.4) {
                        shorter++;
                    }
                }
            }
        }
        // Measured: 67 of 10,192 (the ends of arcs are always kept); unsimplified, about 1 in 10.
        assertThat(shorter).isLessThan(segments / 50);
    }

    @Test
    void drawsNonMemberLandCutAtTheEdgeOfTheFrame() {
        assertThat(MAP.context()).as("the United States, Puerto Rico, French Guiana, ...").hasSizeGreaterThan(10);
        double top = Double.MAX_VALUE;
        for (String land : MAP.context()) {
            double[] b = bounds(land);
            assertThat(b[0]).isGreaterThanOrEqualTo(-2);
            assertThat(b[1]).isGreaterThanOrEqualTo(-2);
            assertThat(b[2]).isLessThanOrEqualTo(MAP.width() + 2);
            assertThat(b[3]).isLessThanOrEqualTo(MAP.height() + 2);
            top = Math.min(top, b[1]);
        }
        assertThat(top).as("the United States runs off the top of the map").isLessThan(0);
    }

    @Test
    void keepsThePathDataSmallEnoughForAPageUnderOneMegabyte() {
        int members = MAP.shapes().stream().mapToInt(shape -> shape.path().length()).sum();
        int context = MAP.context().stream().mapToInt(String::length).sum();

        // Measured: 118,376 + 13,550 characters (130,472 for the members unsimplified). The page
        // must transfer under 1 MB; this bound keeps the map's share to a sixth of that.
        assertThat(members).isGreaterThan(80_000).isLessThan(125_000);
        assertThat(members + context).isLessThan(160_000);
    }

    @Test
    void drawsAPngAtTheRequestedWidthInAHeadlessJvm() throws IOException {
        assertThat(GraphicsEnvironment.isHeadless()).as("the test JVM is headless, like the server").isTrue();

        BufferedImage image = image(MAP.png(Map.of("BR", 3), 1800));

        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo((int) Math.round(MAP.height() * 1.8));
        assertThat(rgb(image, 2, 2)).as("white background").isEqualTo(0xFFFFFF);
    }

    @Test
    void fillsAStateWithTheColourOfItsStage() throws IOException {
        BufferedImage image = image(MAP.png(Map.of("BR", 3, "AR", 5), 1800));

        assertThat(rgb(image, pixel(-50, -10, 1.8))).as("Brazil at stage 3").isEqualTo(STAGE_3);
        assertThat(rgb(image, pixel(-65, -35, 1.8))).as("Argentina at stage 5").isEqualTo(STAGE_5);
        assertThat(rgb(image, pixel(-63, -17, 1.8))).as("Bolivia, not assessed").isEqualTo(NO_STAGE);
        assertThat(rgb(image, pixel(-100, -20, 1.8))).as("the Pacific").isEqualTo(0xFFFFFF);
        assertThat(rgb(image, pixel(-100, 32, 1.8))).as("Texas, land but not a member").isEqualTo(CONTEXT);
        assertThat(rgb(image, pixel(-53, 4, 1.8))).as("French Guiana").isEqualTo(CONTEXT);
    }

    @Test
    void leavesAStateWithoutAStageLightGrey() throws IOException {
        BufferedImage image = image(MAP.png(Map.of("AR", 3), 900));

        assertThat(rgb(image, pixel(-50, -10, 0.9))).isEqualTo(NO_STAGE);
    }

    @Test
    void drawsASmallStateAsAMarkerInTheColourOfItsStage() throws IOException {
        RegionMap.Shape grenada = shape("GD");
        // A point of the marker outside the island itself: 4 units east of its centre.
        int x = (int) ((grenada.cx() + 4) * 1.8);
        int y = (int) (grenada.cy() * 1.8);

        assertThat(rgb(image(MAP.png(Map.of("GD", 5), 1800)), x, y)).isEqualTo(STAGE_5);
        assertThat(rgb(image(MAP.png(Map.of(), 1800)), x, y)).isEqualTo(NO_STAGE);
    }

    @Test
    void rejectsAStageOutsideOneToFiveAndAnImpossibleWidth() {
        assertThatIllegalArgumentException().isThrownBy(() -> MAP.png(Map.of("BR", 6), 900)).withMessageContaining("BR");
        assertThatIllegalArgumentException().isThrownBy(() -> MAP.png(Map.of("BR", 0), 900));
        assertThatIllegalArgumentException().isThrownBy(() -> MAP.png(Map.of(), 0));
    }

    @Test
    void ignoresCodesThatAreNotMemberStates() throws IOException {
        BufferedImage image = image(MAP.png(Map.of("US", 4, "BR", 3), 900));

        assertThat(rgb(image, pixel(-50, -10, 0.9))).isEqualTo(STAGE_3);
    }

    static RegionMap.Shape shape(String iso2) {
        return MAP.shapes().stream().filter(shape -> shape.iso2().equals(iso2)).findFirst().orElseThrow();
    }

    static final Pattern TOKEN = Pattern.compile("[MLZ]|-?\\d+(?:\\.\\d)?| ");

    /**
     * Parses path data strictly: one or more {@code M x y (L x y)* Z}, numbers with at most one
     * decimal, a space between x and y; anything else fails.
     */
    static List<List<double[]>> rings(String path) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(path);
        int at = 0;
        while (at < path.length()) {
            assertThat(m.find(at) && m.start() == at).as("unexpected character at %d in %s", at,
                    path.substring(at, Math.min(path.length(), at + 20))).isTrue();
            if (!m.group().equals(" ")) {
                tokens.add(m.group());
            }
            at = m.end();
        }
        List<List<double[]>> rings = new ArrayList<>();
        List<double[]> ring = null;
        for (int i = 0; i < tokens.size(); ) {
            String command = tokens.get(i++);
            switch (command) {
                case "M" -> {
                    assertThat(ring).as("M inside an open subpath").isNull();
                    ring = new ArrayList<>();
                }
                case "L" -> assertThat(ring).as("L before M").isNotNull();
                case "Z" -> {
                    assertThat(ring).as("Z before M").isNotNull();
                    rings.add(ring);
                    ring = null;
                    continue;
                }
                default -> throw new AssertionError("expected M, L or Z, got " + command);
            }
            ring.add(new double[] {Double.parseDouble(tokens.get(i)), Double.parseDouble(tokens.get(i + 1))});
            i += 2;
        }
        assertThat(ring).as("every subpath is closed").isNull();
        return rings;
    }

    /** {minX, minY, maxX, maxY} of the path's points. */
    static double[] bounds(String path) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[]> ring : rings(path)) {
            for (double[] p : ring) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
        }
        return b;
    }

    static Set<String> points(String path) {
        Set<String> points = new HashSet<>();
        rings(path).forEach(ring -> ring.forEach(p -> points.add(p[0] + " " + p[1])));
        return points;
    }

    static double longestSegment(List<double[]> ring) {
        double longest = 0;
        for (int i = 0; i < ring.size(); i++) {
            longest = Math.max(longest, distance(ring.get(i), ring.get((i + 1) % ring.size())));
        }
        return longest;
    }

    static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    static int[] pixel(double lon, double lat, double scale) {
        double[] xy = MAP.project(lon, lat);
        return new int[] {(int) (xy[0] * scale), (int) (xy[1] * scale)};
    }

    static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodes as a PNG").isNotNull();
        return image;
    }

    static int rgb(BufferedImage image, int[] xy) {
        return rgb(image, xy[0], xy[1]);
    }

    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }
}
