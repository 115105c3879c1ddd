package lat.faro.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import lat.faro.shared.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a mapping file between two framework versions: both versions loaded, every
 * id a unit of its framework, every unit of the older version linked or retired.
 */
final class MappingReader {

    record Result(@Nullable Mapping mapping, List<FieldProblem> problems) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();
    private final YamlTree tree = YamlTree.collectingInto(problems);

    static Result read(byte[] bytes, Function<FrameworkRef, @Nullable Framework> frameworks) {
        return new MappingReader().readFile(bytes, frameworks);
    }

    private Result readFile(byte[] bytes, Function<FrameworkRef, @Nullable Framework> frameworks) {
        Node root = YamlTree.parse(bytes, problems);
        if (root == null) {
            return new Result(null, List.copyOf(problems));
        }
        Map<String, Node> top = tree.mapping(root, "", Set.of("schema", "from", "to", "links", "retired"),
                Set.of("schema", "from", "to", "links"));
        if (top == null) {
            return new Result(null, List.copyOf(problems));
        }
        Framework from = top.containsKey("from") ? framework(top.get("from"), "from", frameworks) : null;
        Framework to = top.containsKey("to") ? framework(top.get("to"), "to", frameworks) : null;
        List<Mapping.Link> links = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        if (top.containsKey("links")) {
            List<Node> items = tree.sequence(top.get("links"), "links");
            for (int i = 0; i < items.size(); i++) {
                String path = "links[" + i + "]";
                Map<String, Node> map = tree.mapping(items.get(i), path, Set.of("from", "to", "relation"), Set.of("from", "to", "relation"));
                if (map == null || map.size() < 3) {
                    continue;
                }
                String f = unit(map.get("from"), path + ".from", from);
                String t = unit(map.get("to"), path + ".to", to);
                String relationText = tree.text(map.get("relation"), path + ".relation");
                Relation relation = null;
                for (Relation r : Relation.values()) {
                    if (r.fileValue().equals(relationText)) {
                        relation = r;
                    }
                }
                if (relationText != null && relation == null) {
                    tree.problem(map.get("relation"), path + ".relation", "framework.problem.relation", relationText);
                }
                if (f != null && t != null && relation != null) {
                    links.add(new Mapping.Link(f, t, relation));
                    linked.add(f);
                }
            }
        }
        Set<String> retired = new LinkedHashSet<>();
        if (top.containsKey("retired")) {
            List<Node> items = tree.sequence(top.get("retired"), "retired", true);
            for (int i = 0; i < items.size(); i++) {
                String u = unit(items.get(i), "retired[" + i + "]", from);
                if (u != null) {
                    retired.add(u);
                }
            }
        }
        if (from != null && problems.isEmpty()) {
            for (ScoringUnit unit : from.units()) {
                if (!linked.contains(unit.id()) && !retired.contains(unit.id())) {
                    tree.problem(root, "links", "framework.problem.unitUnmapped", unit.id());
                }
            }
        }
        if (!problems.isEmpty() || from == null || to == null) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new Mapping(from.ref(), to.ref(), links, retired), List.of());
    }

    private @Nullable Framework framework(Node node, String path, Function<FrameworkRef, @Nullable Framework> frameworks) {
        Map<String, Node> map = tree.mapping(node, path, Set.of("id", "version"), Set.of("id", "version"));
        if (map == null || map.size() < 2) {
            return null;
        }
        String id = tree.text(map.get("id"), path + ".id");
        String version = tree.text(map.get("version"), path + ".version");
        if (id == null || version == null) {
            return null;
        }
        if (!FrameworkRef.isId(id) || !FrameworkRef.isVersion(version)) {
            tree.problem(node, path, "framework.problem.unknownFramework", id + "@" + version);
            return null;
        }
        Framework framework = frameworks.apply(new FrameworkRef(id, version));
        if (framework == null) {
            tree.problem(node, path, "framework.problem.unknownFramework", id + "@" + version);
        }
        return framework;
    }

    private @Nullable String unit(Node node, String path, @Nullable Framework framework) {
        String id = tree.text(node, path);
        if (id == null || framework == null) {
            return null;
        }
        if (framework.unit(id).isEmpty()) {
            tree.problem(node, path, "framework.problem.unknownUnit", id, framework.ref().toString());
            return null;
        }
        return id;
    }
}
