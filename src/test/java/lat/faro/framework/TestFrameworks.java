package lat.faro.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Frameworks for tests in other packages: the shipped files read as Faro reads them, and small
 * models or baselines built in code. A built framework skips the file rules (a unit may lack a
 * stage), so that a test can state exactly the structure it is about.
 */
public final class TestFrameworks {

    /** Two indicators at each stage 1–5, as every unit of the shipped 2021 model has. */
    public static final int[] EVERY_STAGE_TWICE = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};

    private TestFrameworks() {
    }

    /** A shipped framework file by name, e.g. {@code faro-national-2021}; fails if it has problems. */
    public static Framework shipped(String name) {
        try (InputStream in = TestFrameworks.class.getResourceAsStream("/frameworks/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped framework " + name);
            }
            FrameworkReader.Result result = FrameworkReader.read(in.readAllBytes(), Framework.Origin.SHIPPED);
            if (result.framework() == null) {
                throw new IllegalStateException(name + ": " + result.problems());
            }
            return result.framework();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModelBuilder model() {
        return new ModelBuilder();
    }

    public static BaselineBuilder baseline() {
        return new BaselineBuilder();
    }

    private static Texts text(String id) {
        return new Texts(Map.of("es", id, "en", id, "pt", id, "fr", id));
    }

    /**
     * Builds a maturity model from unit ids: {@code D1.2.3} is aspect 3 of factor D1.2 of dimension
     * D1; {@code D1.4} is an aspect-less factor. Dimensions, factors and units keep the order they
     * are first named in.
     */
    public static final class ModelBuilder {
        private final Map<String, Map<String, List<ScoringUnit>>> dimensions = new LinkedHashMap<>();
        private final Map<String, Boolean> factorHasAspects = new LinkedHashMap<>();

        private ModelBuilder() {
        }

        /**
         * Adds a unit with one indicator per given stage, in that order; indicator ids are the unit id,
         * '-', the stage and a letter per stage: {@code unit("D1.1.1", 2, 2, 3)} gives D1.1.1-2a,
         * D1.1.1-2b and D1.1.1-3a.
         */
        public ModelBuilder unit(String id, int... stages) {
            String dimensionId = id.substring(0, id.indexOf('.'));
            boolean aspect = id.indexOf('.') != id.lastIndexOf('.');
            String factorId = aspect ? id.substring(0, id.lastIndexOf('.')) : id;
            int[] letters = new int[6];
            List<Indicator> indicators = new ArrayList<>();
            for (int stage : stages) {
                char letter = (char) ('a' + letters[stage]++);
                String indicatorId = id + "-" + stage + letter;
                indicators.add(new Indicator(indicatorId, stage, text(indicatorId), new Texts(Map.of())));
            }
            factorHasAspects.put(factorId, aspect);
            dimensions.computeIfAbsent(dimensionId, d -> new LinkedHashMap<>())
                    .computeIfAbsent(factorId, f -> new ArrayList<>())
                    .add(new ScoringUnit(id, text(id), factorId, dimensionId, indicators));
            return this;
        }

        public Framework build() {
            List<Dimension> result = new ArrayList<>();
            dimensions.forEach((dimensionId, factors) -> {
                List<Factor> built = new ArrayList<>();
                factors.forEach((factorId, units) -> built.add(
                        new Factor(factorId, text(factorId), dimensionId, units, factorHasAspects.get(factorId))));
                result.add(new Dimension(dimensionId, text(dimensionId), built, List.of()));
            });
            return Framework.of(new FrameworkRef("test-model", "1.0.0"), FrameworkKind.MATURITY_MODEL, "",
                    text("test-model"), text("test-model"), result, "0", Framework.Origin.SHIPPED);
        }
    }

    /** Builds a control baseline from functions and their control ids, in the order given. */
    public static final class BaselineBuilder {
        private final List<Dimension> functions = new ArrayList<>();

        private BaselineBuilder() {
        }

        public BaselineBuilder function(String id, String... controlIds) {
            List<Indicator> controls = new ArrayList<>();
            for (String controlId : controlIds) {
                controls.add(new Indicator(controlId, 0, text(controlId), text(controlId)));
            }
            functions.add(new Dimension(id, text(id), List.of(), controls));
            return this;
        }

        public Framework build() {
            return Framework.of(new FrameworkRef("test-baseline", "1.0.0"), FrameworkKind.CONTROL_BASELINE, "",
                    text("test-baseline"), text("test-baseline"), functions, "0", Framework.Origin.SHIPPED);
        }
    }
}
