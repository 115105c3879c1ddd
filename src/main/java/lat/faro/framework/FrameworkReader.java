package lat.faro.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import lat.faro.shared.web.FieldProblem;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a framework file (schema in {@code docs/frameworks.md}). Every problem is
 * collected with its path, e.g. {@code dimensions[2].factors[0].aspects[1]: stage 3 has no
 * indicator}; a framework is built only from a file with none.
 */
final class FrameworkReader {

    static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");
    static final List<String> REQUIRED_TEXT_LANGUAGES = List.of("es", "en");
    static final int MAX_TEXT = 2000;
    private static final Pattern DIMENSION_ID = Pattern.compile("[A-Z][A-Z0-9]{0,7}");

    /** The framework, or the problems that kept it from loading (never both). */
    record Result(@Nullable Framework framework, List<FieldProblem> problems) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();
    private final YamlTree tree = YamlTree.collectingInto(problems);
    private final YamlTree.Ids ids = new YamlTree.Ids();

    private FrameworkReader() {
    }

    static Result read(byte[] bytes, Framework.Origin origin) {
        return new FrameworkReader().readFile(bytes, origin);
    }

    private Result readFile(byte[] bytes, Framework.Origin origin) {
        Node root = YamlTree.parse(bytes, problems);
        if (root == null) {
            return new Result(null, List.copyOf(problems));
        }
        Map<String, Node> top = tree.mapping(root, "",
                Set.of("schema", "id", "version", "kind", "edition", "name", "description", "dimensions"),
                Set.of("schema", "id", "version", "kind", "name", "description", "dimensions"));
        if (top == null) {
            return new Result(null, List.copyOf(problems));
        }
        if (top.containsKey("schema")) {
            Integer schema = tree.integer(top.get("schema"), "schema", "framework.problem.schema");
            if (schema != null && schema != 1) {
                tree.problem(top.get("schema"), "schema", "framework.problem.schema", schema);
            }
        }
        String id = top.containsKey("id") ? tree.text(top.get("id"), "id") : null;
        if (id != null && !FrameworkRef.isId(id)) {
            tree.problem(top.get("id"), "id", "framework.problem.idShape", id);
            id = null;
        }
        String version = top.containsKey("version") ? tree.text(top.get("version"), "version") : null;
        if (version != null && !FrameworkRef.isVersion(version)) {
            tree.problem(top.get("version"), "version", "framework.problem.versionShape", version);
            version = null;
        }
        FrameworkKind kind = null;
        if (top.containsKey("kind")) {
            String value = tree.text(top.get("kind"), "kind");
            if (value != null) {
                kind = FrameworkKind.ofFileValue(value).orElse(null);
                if (kind == null) {
                    tree.problem(top.get("kind"), "kind", "framework.problem.kind", value);
                }
            }
        }
        String edition = top.containsKey("edition") ? tree.text(top.get("edition"), "edition") : "";
        Texts name = top.containsKey("name") ? texts(top.get("name"), "name", LANGUAGES) : null;
        Texts description = top.containsKey("description")
                ? texts(top.get("description"), "description", REQUIRED_TEXT_LANGUAGES) : null;
        List<Dimension> dimensions = new ArrayList<>();
        if (top.containsKey("dimensions")) {
            List<Node> items = tree.sequence(top.get("dimensions"), "dimensions");
            for (int i = 0; i < items.size(); i++) {
                Dimension d = dimension(items.get(i), "dimensions[" + i + "]", kind);
                if (d != null) {
                    dimensions.add(d);
                }
            }
        }
        if (!problems.isEmpty() || id == null || version == null || kind == null || name == null || description == null) {
            return new Result(null, List.copyOf(problems));
        }
        Framework framework = Framework.of(new FrameworkRef(id, version), kind, edition == null ? "" : edition,
                name, description, dimensions, DigestUtils.sha256Hex(bytes), origin);
        return new Result(framework, List.of());
    }

    private @Nullable Dimension dimension(Node node, String path, @Nullable FrameworkKind kind) {
        boolean baseline = kind == FrameworkKind.CONTROL_BASELINE;
        Map<String, Node> map = tree.mapping(node, path, Set.of("id", "name", "factors", "controls"),
                baseline ? Set.of("id", "name", "controls") : Set.of("id", "name", "factors"));
        if (map == null) {
            return null;
        }
        String id = id(map, node, path, null, "");
        if (id != null && !DIMENSION_ID.matcher(id).matches()) {
            tree.problem(map.get("id"), path + ".id", "framework.problem.dimensionIdShape", id);
        }
        Texts name = map.containsKey("name") ? texts(map.get("name"), path + ".name", LANGUAGES) : null;
        List<Factor> factors = new ArrayList<>();
        List<Indicator> controls = new ArrayList<>();
        if (kind == FrameworkKind.MATURITY_MODEL && map.containsKey("controls")) {
            tree.problem(map.get("controls"), path + ".controls", "framework.problem.controlsInModel");
        }
        if (baseline && map.containsKey("factors")) {
            tree.problem(map.get("factors"), path + ".factors", "framework.problem.factorsInBaseline");
        }
        if (!baseline && map.containsKey("factors")) {
            List<Node> items = tree.sequence(map.get("factors"), path + ".factors");
            for (int i = 0; i < items.size(); i++) {
                Factor f = factor(items.get(i), path + ".factors[" + i + "]", id == null ? "" : id);
                if (f != null) {
                    factors.add(f);
                }
            }
        }
        if (baseline && map.containsKey("controls")) {
            List<Node> items = tree.sequence(map.get("controls"), path + ".controls");
            for (int i = 0; i < items.size(); i++) {
                Indicator c = control(items.get(i), path + ".controls[" + i + "]", id == null ? "" : id);
                if (c != null) {
                    controls.add(c);
                }
            }
        }
        return id == null || name == null ? null : new Dimension(id, name, factors, controls);
    }

    private @Nullable Factor factor(Node node, String path, String dimensionId) {
        Map<String, Node> map = tree.mapping(node, path, Set.of("id", "name", "aspects", "indicators"), Set.of("id", "name"));
        if (map == null) {
            return null;
        }
        String id = id(map, node, path, dimensionId, ".");
        Texts name = map.containsKey("name") ? texts(map.get("name"), path + ".name", LANGUAGES) : null;
        List<ScoringUnit> units = new ArrayList<>();
        boolean hasAspects = map.containsKey("aspects");
        if (hasAspects && map.containsKey("indicators")) {
            tree.problem(node, path, "framework.problem.aspectsAndIndicators");
        } else if (!hasAspects && !map.containsKey("indicators")) {
            tree.problem(node, path, "framework.problem.noIndicators");
        }
        if (id == null || name == null) {
            return null;
        }
        if (hasAspects) {
            List<Node> items = tree.sequence(map.get("aspects"), path + ".aspects");
            for (int i = 0; i < items.size(); i++) {
                ScoringUnit aspect = aspect(items.get(i), path + ".aspects[" + i + "]", id, dimensionId);
                if (aspect != null) {
                    units.add(aspect);
                }
            }
        } else if (map.containsKey("indicators")) {
            List<Indicator> indicators = indicators(map.get("indicators"), node, path, id);
            units.add(new ScoringUnit(id, name, id, dimensionId, indicators));
        }
        return new Factor(id, name, dimensionId, units, hasAspects);
    }

    private @Nullable ScoringUnit aspect(Node node, String path, String factorId, String dimensionId) {
        Map<String, Node> map = tree.mapping(node, path, Set.of("id", "name", "indicators"), Set.of("id", "name", "indicators"));
        if (map == null) {
            return null;
        }
        String id = id(map, node, path, factorId, ".");
        Texts name = map.containsKey("name") ? texts(map.get("name"), path + ".name", LANGUAGES) : null;
        List<Indicator> indicators = map.containsKey("indicators")
                ? indicators(map.get("indicators"), node, path, id == null ? "" : id) : List.of();
        return id == null || name == null ? null : new ScoringUnit(id, name, factorId, dimensionId, indicators);
    }

    private List<Indicator> indicators(Node listNode, Node owner, String path, String unitId) {
        List<Node> items = tree.sequence(listNode, path + ".indicators");
        List<Indicator> indicators = new ArrayList<>();
        Map<Integer, Integer> perStage = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            String p = path + ".indicators[" + i + "]";
            Map<String, Node> map = tree.mapping(items.get(i), p, Set.of("id", "stage", "text"), Set.of("id", "stage", "text"));
            if (map == null) {
                continue;
            }
            String id = id(map, items.get(i), p, unitId, "-");
            Integer stage = null;
            if (map.containsKey("stage")) {
                stage = tree.integer(map.get("stage"), p + ".stage", "framework.problem.stage");
                if (stage != null && (stage < 1 || stage > 5)) {
                    tree.problem(map.get("stage"), p + ".stage", "framework.problem.stage", stage);
                    stage = null;
                }
            }
            Texts text = map.containsKey("text") ? texts(map.get("text"), p + ".text", REQUIRED_TEXT_LANGUAGES) : null;
            if (stage != null) {
                perStage.merge(stage, 1, Integer::sum);
            }
            if (id != null && stage != null && text != null) {
                indicators.add(new Indicator(id, stage, text, new Texts(Map.of())));
            }
        }
        if (!items.isEmpty()) {
            for (int stage = 1; stage <= 5; stage++) {
                if (!perStage.containsKey(stage)) {
                    tree.problem(owner, path, "framework.problem.stageMissing", stage);
                }
            }
        }
        return indicators;
    }

    private @Nullable Indicator control(Node node, String path, String dimensionId) {
        Map<String, Node> map = tree.mapping(node, path, Set.of("id", "name", "text"), Set.of("id", "name", "text"));
        if (map == null) {
            return null;
        }
        String id = id(map, node, path, dimensionId, "-");
        Texts name = map.containsKey("name") ? texts(map.get("name"), path + ".name", LANGUAGES) : null;
        Texts text = map.containsKey("text") ? texts(map.get("text"), path + ".text", REQUIRED_TEXT_LANGUAGES) : null;
        return id == null || name == null || text == null ? null : new Indicator(id, 0, text, name);
    }

    /** The element's id, checked for uniqueness and for nesting under its parent's id. */
    private @Nullable String id(Map<String, Node> map, Node owner, String path, @Nullable String parentId, String separator) {
        if (!map.containsKey("id")) {
            return null;
        }
        String id = tree.text(map.get("id"), path + ".id");
        if (id == null) {
            return null;
        }
        if (id.length() > 40 || !id.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'))) {
            tree.problem(map.get("id"), path + ".id", "framework.problem.idChars", id);
            return null;
        }
        String first = ids.add(id, path);
        if (first != null) {
            tree.problem(map.get("id"), path + ".id", "framework.problem.duplicateId", id, first);
        }
        if (parentId != null && !parentId.isEmpty() && !(id.startsWith(parentId + separator) && id.length() > parentId.length() + 1)) {
            tree.problem(map.get("id"), path + ".id", "framework.problem.idNesting", id, parentId + separator);
        }
        return id;
    }

    private @Nullable Texts texts(Node node, String path, List<String> required) {
        Map<String, Node> map = tree.mapping(node, path, Set.copyOf(LANGUAGES), Set.of());
        if (map == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (String language : LANGUAGES) {
            Node value = map.get(language);
            if (value == null) {
                if (required.contains(language)) {
                    tree.problem(node, path + "." + language, "framework.problem.language", language);
                }
                continue;
            }
            String text = tree.text(value, path + "." + language);
            if (text != null && text.length() > MAX_TEXT) {
                tree.problem(value, path + "." + language, "framework.problem.tooLong", MAX_TEXT);
            } else if (text != null) {
                values.put(language, text);
            }
        }
        return required.stream().allMatch(values::containsKey) ? new Texts(values) : null;
    }
}
