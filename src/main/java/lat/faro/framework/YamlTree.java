package lat.faro.framework;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML document as a tree of nodes (never as objects, so no tag can make it build one) and
 * answers typed questions about it, collecting every problem with its path and line instead of
 * stopping at the first. Anchors, aliases and explicit tags are refused: a framework file is plain
 * data.
 */
final class YamlTree {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Set<Tag> PLAIN = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private final List<FieldProblem> problems;

    private YamlTree(List<FieldProblem> problems) {
        this.problems = problems;
    }

    /** The root node, or null with the reason added to {@code problems}. */
    static @Nullable Node parse(byte[] bytes, List<FieldProblem> problems) {
        if (bytes.length == 0) {
            problems.add(FieldProblem.at("file", "framework.problem.empty"));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(FieldProblem.at("file", "framework.problem.tooLarge", MAX_BYTES / (1024 * 1024)));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(FieldProblem.at("file", "framework.problem.notUtf8"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(20);
        // Only nodes are composed, never objects, so any tag is harmless here; letting the
        // composer pass them lets plain() refuse each one by its path instead of the whole file
        // failing as "malformed YAML".
        options.setTagInspector(tag -> true);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(FieldProblem.at("file", "framework.problem.empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            problems.add(new FieldProblem("file", line, "framework.problem.syntax", line, column));
            return null;
        } catch (YAMLException e) {
            problems.add(FieldProblem.at("file", "framework.problem.syntaxSomewhere"));
            return null;
        }
    }

    static YamlTree collectingInto(List<FieldProblem> problems) {
        return new YamlTree(problems);
    }

    void problem(Node at, String path, String code, Object... args) {
        problems.add(new FieldProblem(path.isEmpty() ? "file" : path, line(at), code, args));
    }

    static int line(@Nullable Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /**
     * The entries of a mapping node in file order; unknown keys, duplicate keys and missing
     * required keys are problems. Null when the node is not a mapping.
     */
    @Nullable Map<String, Node> mapping(Node node, String path, Set<String> allowed, Set<String> required) {
        if (!plain(node, path)) {
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            problem(node, path, "framework.problem.notMapping");
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : "?";
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (!plain(keyNode, keyPath)) {
                continue;
            }
            if (!allowed.contains(key)) {
                problem(keyNode, keyPath, "framework.problem.unknownKey", key);
            } else if (entries.containsKey(key)) {
                problem(keyNode, keyPath, "framework.problem.duplicateKey", key);
            } else {
                entries.put(key, tuple.getValueNode());
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key)) {
                problem(node, path, "framework.problem.missing", key);
            }
        }
        return entries;
    }

    /** The items of a sequence node; a problem and an empty list when it is not one. */
    List<Node> sequence(Node node, String path) {
        return sequence(node, path, false);
    }

    List<Node> sequence(Node node, String path, boolean mayBeEmpty) {
        if (!plain(node, path)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, path, "framework.problem.notList");
            return List.of();
        }
        if (seq.getValue().isEmpty() && !mayBeEmpty) {
            problem(node, path, "framework.problem.emptyList");
        }
        return new ArrayList<>(seq.getValue());
    }

    /** A scalar as text; a problem and null when it is not a scalar or is blank. */
    @Nullable String text(Node node, String path) {
        if (!plain(node, path)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            problem(node, path, "framework.problem.notText");
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problem(node, path, "framework.problem.blank");
            return null;
        }
        return value;
    }

    /** A scalar that YAML reads as an integer; a problem and null otherwise. */
    @Nullable Integer integer(Node node, String path, String code) {
        if (!plain(node, path)) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.valueOf(scalar.getValue());
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        problem(node, path, code, node instanceof ScalarNode s ? s.getValue() : "?");
        return null;
    }

    private boolean plain(Node node, String path) {
        if (node.getAnchor() != null) {
            problem(node, path, "framework.problem.anchor");
            return false;
        }
        if (!PLAIN.contains(node.getTag())) {
            problem(node, path, "framework.problem.tag", node.getTag().getValue());
            return false;
        }
        return true;
    }

    /** Tracks ids seen in a file, so the second use of one is reported with where the first was. */
    static final class Ids {
        private final Map<String, String> firstPath = new LinkedHashMap<>();
        private final Set<String> all = new HashSet<>();

        /** Null when new; the path of the first use when it is a duplicate. */
        @Nullable String add(String id, String path) {
            if (all.add(id)) {
                firstPath.put(id, path);
                return null;
            }
            return firstPath.get(id);
        }
    }
}
