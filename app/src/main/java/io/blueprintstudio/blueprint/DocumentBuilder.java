package io.blueprintstudio.blueprint;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns node trees into one plain value tree ({@code Map<String,Object>}, {@code List<Object>}, String, Number,
 * Boolean, null) the way MDAA reads module configs: {@code !include} inlines the named file, later files deep-merge
 * into earlier ones (maps merge, lists concatenate, later scalars win), and strings beginning {@code ./} or
 * {@code ../} become absolute paths relative to the file that holds them. Records, for every JSON pointer of the
 * result, the node it came from.
 */
final class DocumentBuilder {

    static final Tag INCLUDE = new Tag("!include");
    private static final int MAX_DEPTH = 200;
    private static final Map<Tag, ConstructNode> SCALARS = new CoreSchema().getSchemaTagConstructors();

    private final FileSet files;
    private final List<Diagnostic> problems;
    private final boolean resolvePaths;
    private final Map<String, SourceNode> sources = new LinkedHashMap<>();
    private final Deque<Path> including = new ArrayDeque<>();
    private final java.util.Set<BlueprintFile> touched = new java.util.LinkedHashSet<>();
    private Object value;

    DocumentBuilder(FileSet files, List<Diagnostic> problems, boolean resolvePaths) {
        this.files = files;
        this.problems = problems;
        this.resolvePaths = resolvePaths;
    }

    /** Merges one more file's document into the result. */
    DocumentBuilder add(BlueprintFile file) {
        touched.add(file);
        file.root().ifPresent(root -> {
            including.push(file.path());
            value = merge(value, file, root, "", 0);
            including.pop();
        });
        return this;
    }

    Object value() {
        return value;
    }

    /** The files read, in order: those added and those reached through {@code !include}. */
    List<BlueprintFile> files() {
        return List.copyOf(touched);
    }

    Map<String, SourceNode> sources() {
        return sources;
    }

    private Object merge(Object existing, BlueprintFile file, Node node, String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(problem(file, node, "YAML-DEPTH", "nesting deeper than " + MAX_DEPTH + " levels"));
            return existing;
        }
        if (INCLUDE.equals(node.getTag())) {
            return include(existing, file, node, pointer, depth);
        }
        sources.put(pointer, new SourceNode(file, node));
        if (node instanceof MappingNode map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> target = existing instanceof Map<?, ?> m ? (Map<String, Object>) m : replaced(pointer);
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(problem(file, tuple.getKeyNode(), "YAML-KEY", "a key must be a plain value"));
                    continue;
                }
                String key = keyNode.getValue();
                if (!seen.add(key)) {
                    problems.add(problem(file, keyNode, "YAML-DUPLICATE-KEY", "duplicate key '" + key + "'"));
                }
                String child = JsonPointer.append(pointer, key);
                target.put(key, merge(target.get(key), file, tuple.getValueNode(), child, depth + 1));
            }
            return target;
        }
        if (node instanceof SequenceNode seq) {
            @SuppressWarnings("unchecked")
            List<Object> target = existing instanceof List<?> l ? (List<Object>) l : replacedList(pointer);
            for (Node item : seq.getValue()) {
                String child = JsonPointer.append(pointer, target.size());
                target.add(merge(null, file, item, child, depth + 1));
            }
            return target;
        }
        purge(pointer);
        return scalar(file, (ScalarNode) node);
    }

    private Object include(Object existing, BlueprintFile file, Node node, String pointer, int depth) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(problem(file, node, "YAML-INCLUDE", "!include needs a relative file path"));
            return existing;
        }
        Path target = file.path().resolveSibling(scalar.getValue().trim()).normalize();
        if (including.contains(target)) {
            problems.add(problem(file, node, "YAML-INCLUDE", "!include " + scalar.getValue()
                    + " includes itself (directly or through other files)"));
            return existing;
        }
        BlueprintFile included = files.get(target, new SourceNode(file, node), "included file");
        if (included == null || included.root().isEmpty()) {
            return existing;
        }
        touched.add(included);
        including.push(target);
        try {
            return merge(existing, included, included.root().get(), pointer, depth + 1);
        } finally {
            including.pop();
        }
    }

    private Object scalar(BlueprintFile file, ScalarNode node) {
        ConstructNode constructor = SCALARS.get(node.getTag());
        Object v;
        if (constructor == null || Tag.STR.equals(node.getTag())) {
            v = node.getValue();
        } else {
            try {
                v = constructor.construct(node);
            } catch (YamlEngineException | IllegalArgumentException e) {
                v = node.getValue();
            }
        }
        if (resolvePaths && v instanceof String s && (s.startsWith("./") || s.startsWith("../"))) {
            return file.path().resolveSibling(s).normalize().toString();
        }
        return v;
    }

    private Map<String, Object> replaced(String pointer) {
        purge(pointer);
        return new LinkedHashMap<>();
    }

    private List<Object> replacedList(String pointer) {
        purge(pointer);
        return new ArrayList<>();
    }

    private void purge(String pointer) {
        String prefix = pointer + "/";
        sources.keySet().removeIf(k -> k.startsWith(prefix));
    }

    static Diagnostic problem(BlueprintFile file, Node node, String code, String message) {
        SourceNode at = new SourceNode(file, node);
        return new Diagnostic(Severity.ERROR, code, file.relativePath(), at.line(), at.column(), "", message, "");
    }
}
