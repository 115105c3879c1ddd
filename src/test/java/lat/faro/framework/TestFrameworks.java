package lat.faro.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Frameworks for tests in other packages: the shipped files read as Faro reads them, and small
 * models or baselines built in code. A built framework skips the file rules (a unit may lack a
 * stage), so that a test can state exactly the structure it is about. And small framework files
 * (a model with one dimension, a factor with two aspects and an aspect-less factor, one indicator
 * per stage; a baseline with two functions) that the reader tests break one place at a time.
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

    // --- small framework files, for the reader tests -----------------------------------------

    /** A valid maturity model, id {@code test-model}, version 1.0.0. */
    public static final String MODEL = """
            schema: 1
            id: test-model
            version: "1.0.0"
            kind: maturity-model
            edition: "2024"
            name: {es: Modelo de prueba, en: Test model, pt: Modelo de teste, fr: Modèle de test}
            description: {es: Un modelo pequeño para las pruebas., en: A small model for the tests.}
            dimensions:
              - id: D1
                name: {es: Política, en: Policy, pt: Política, fr: Politique}
                factors:
                  - id: D1.1
                    name: {es: Estrategia, en: Strategy, pt: Estratégia, fr: Stratégie}
                    aspects:
                      - id: D1.1.1
                        name: {es: Desarrollo, en: Development, pt: Desenvolvimento, fr: Développement}
                        indicators:
                          - {id: D1.1.1-1a, stage: 1, text: {es: Hay ideas sueltas., en: There are loose ideas.}}
                          - {id: D1.1.1-2a, stage: 2, text: {es: Hay un borrador., en: There is a draft.}}
                          - {id: D1.1.1-3a, stage: 3, text: {es: Hay una estrategia., en: There is a strategy., pt: Há uma estratégia., fr: Il existe une stratégie.}}
                          - {id: D1.1.1-4a, stage: 4, text: {es: Se revisa cada año., en: It is reviewed every year.}}
                          - {id: D1.1.1-5a, stage: 5, text: {es: Se mejora sin cesar., en: It is improved continuously.}}
                      - id: D1.1.2
                        name: {es: Contenido, en: Content, pt: Conteúdo, fr: Contenu}
                        indicators:
                          - {id: D1.1.2-1a, stage: 1, text: {es: No hay contenido., en: There is no content.}}
                          - {id: D1.1.2-2a, stage: 2, text: {es: Hay algo de contenido., en: There is some content.}}
                          - {id: D1.1.2-3a, stage: 3, text: {es: El contenido es completo., en: The content is complete.}}
                          - {id: D1.1.2-4a, stage: 4, text: {es: El contenido se mide., en: The content is measured.}}
                          - {id: D1.1.2-5a, stage: 5, text: {es: El contenido se adapta., en: The content adapts.}}
                  - id: D1.2
                    name: {es: Defensa, en: Defence, pt: Defesa, fr: Défense}
                    indicators:
                      - {id: D1.2-1a, stage: 1, text: {es: Sin defensa., en: No defence.}}
                      - {id: D1.2-2a, stage: 2, text: {es: Defensa básica., en: Basic defence.}}
                      - {id: D1.2-3a, stage: 3, text: {es: Defensa organizada., en: Organised defence.}}
                      - {id: D1.2-4a, stage: 4, text: {es: Defensa planificada., en: Planned defence.}}
                      - {id: D1.2-5a, stage: 5, text: {es: Defensa dinámica., en: Dynamic defence.}}
            """;

    /** A valid control baseline, id {@code test-baseline}, version 1.0.0. */
    public static final String BASELINE = """
            schema: 1
            id: test-baseline
            version: "1.0.0"
            kind: control-baseline
            name: {es: Línea base de prueba, en: Test baseline, pt: Linha de base de teste, fr: Socle de test}
            description: {es: Dos funciones., en: Two functions.}
            dimensions:
              - id: GV
                name: {es: Gobernar, en: Govern, pt: Governar, fr: Gouverner}
                controls:
                  - id: GV-01
                    name: {es: Responsable, en: Owner, pt: Responsável, fr: Responsable}
                    text: {es: Hay un responsable de seguridad., en: There is a security owner.}
              - id: PR
                name: {es: Proteger, en: Protect, pt: Proteger, fr: Protéger}
                controls:
                  - id: PR-01
                    name: {es: Copias, en: Backups, pt: Cópias, fr: Sauvegardes}
                    text: {es: Se hacen copias de seguridad., en: Backups are made.}
                  - id: PR-02
                    name: {es: Parches, en: Patches, pt: Correções, fr: Correctifs}
                    text: {es: Se aplican parches., en: Patches are applied.}
            """;

    /** The model under another id and version. */
    public static String model(String id, String version) {
        return MODEL.replace("id: test-model", "id: " + id).replace("version: \"1.0.0\"", "version: \"" + version + "\"");
    }

    /** The model without the line that holds {@code text}. */
    public static String modelWithoutTheLineHolding(String text) {
        String line = MODEL.lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds " + text));
        return MODEL.replace(line + "\n", "");
    }

    public static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first line of {@code yaml} that contains {@code text}. */
    public static int lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
