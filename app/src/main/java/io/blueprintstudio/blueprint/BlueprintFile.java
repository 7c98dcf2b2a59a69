package io.blueprintstudio.blueprint;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One YAML file of a blueprint exactly as it is on disk (or as the editor last changed it): its text, and the node
 * tree snakeyaml-engine composed from it under the YAML 1.2 Core schema (so {@code yes}/{@code no} stay strings).
 * Every node carries start and end marks; {@link #offset(Mark)} turns a mark into an index into {@link #text()}.
 *
 * <p>A file with a syntax error is still a {@code BlueprintFile}: {@link #root()} is empty and
 * {@link #syntaxError()} says where and what. Immutable.
 */
public final class BlueprintFile {

    /** Larger files are refused: a config file is a few KB; this bounds memory and parse time. */
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private final String relativePath;
    private final Path path;
    private final String text;
    private final Node root;
    private final Diagnostic syntaxError;
    private final boolean bmpOnly;

    private BlueprintFile(String relativePath, Path path, String text, Node root, Diagnostic syntaxError) {
        this.relativePath = relativePath;
        this.path = path;
        this.text = text;
        this.root = root;
        this.syntaxError = syntaxError;
        this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    /**
     * Parses {@code text}; never throws for bad YAML.
     *
     * @param relativePath the file relative to the blueprint folder, with forward slashes (used in diagnostics)
     * @param path         the absolute, normalised path
     */
    public static BlueprintFile parse(String relativePath, Path path, String text) {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        LoadSettings settings = LoadSettings.builder()
                .setLabel(relativePath)
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        try {
            Node root = new Compose(settings).composeString(text).orElse(null);
            return new BlueprintFile(relativePath, path, text, root, null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            return new BlueprintFile(relativePath, path, text, null, syntaxDiagnostic(relativePath, mark,
                    describe(e)));
        } catch (YamlEngineException e) {
            return new BlueprintFile(relativePath, path, text, null, syntaxDiagnostic(relativePath, null,
                    String.valueOf(e.getMessage())));
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext();
        return context == null || context.isBlank() ? problem : problem + " (" + context + ")";
    }

    private static Diagnostic syntaxDiagnostic(String file, Mark mark, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        return new Diagnostic(Severity.ERROR, "YAML-SYNTAX", file, line, column, "", "YAML syntax error: " + message,
                "Check the indentation and quoting near this line");
    }

    /** Relative to the blueprint folder, forward slashes: {@code stepfunctions/lambda.yaml}. */
    public String relativePath() {
        return relativePath;
    }

    /** Absolute and normalised. */
    public Path path() {
        return path;
    }

    /** The file's text, byte-for-byte what a save writes when nothing changed (UTF-8). */
    public String text() {
        return text;
    }

    /** The document's root node; empty when the file is empty or does not parse. */
    public Optional<Node> root() {
        return Optional.ofNullable(root);
    }

    /** The syntax error that stopped parsing, located by line and column. */
    public Optional<Diagnostic> syntaxError() {
        return Optional.ofNullable(syntaxError);
    }

    /** The node at a JSON pointer ({@code ""} is the root; {@code /functions/0/srcDir}), within this file only. */
    public Optional<SourceNode> find(String pointer) {
        Node node = root;
        for (String segment : JsonPointer.segments(pointer)) {
            node = child(node, segment);
            if (node == null) {
                return Optional.empty();
            }
        }
        return node == null ? Optional.empty() : Optional.of(new SourceNode(this, node));
    }

    static Node child(Node node, String segment) {
        if (node instanceof MappingNode map) {
            Node found = null;
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(segment)) {
                    found = tuple.getValueNode(); // the last one wins, as for the value tree
                }
            }
            return found;
        }
        if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            int index = JsonPointer.index(segment);
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }
        return null;
    }

    /** A mark's position as a {@code char} index into {@link #text()} (marks count code points). */
    public int offset(Mark mark) {
        int index = mark.getIndex();
        return bmpOnly ? index : text.offsetByCodePoints(0, index);
    }

    @Override
    public String toString() {
        return relativePath;
    }
}
