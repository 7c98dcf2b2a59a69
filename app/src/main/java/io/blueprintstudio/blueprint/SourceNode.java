package io.blueprintstudio.blueprint;

import java.util.Objects;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A YAML node together with the file it was read from, so anything found in a value tree can be shown, located
 * in a diagnostic, or edited in place. Lines and columns are 1-based (as in {@link
 * io.blueprintstudio.validate.Diagnostic}); offsets are {@code char} indexes into {@link BlueprintFile#text()}.
 */
public record SourceNode(BlueprintFile file, Node node) {

    public SourceNode {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(node, "node");
    }

    /** 1-based line of the node's first character. */
    public int line() {
        return start().getLine() + 1;
    }

    /** 1-based column (in code points) of the node's first character. */
    public int column() {
        return start().getColumn() + 1;
    }

    /** 1-based line of the position just after the node. */
    public int endLine() {
        return end().getLine() + 1;
    }

    /** 1-based column of the position just after the node. */
    public int endColumn() {
        return end().getColumn() + 1;
    }

    /** Index into the file's text of the node's first character. */
    public int startOffset() {
        return file.offset(start());
    }

    /** Index into the file's text just after the node (for block collections, where the next token starts). */
    public int endOffset() {
        return file.offset(end());
    }

    /**
     * The node's source text. For a flow mapping written as JSON (such as the sample's {@code rawStepFunctionDef})
     * this is that JSON, and a JSON parser's offsets into it plus {@link #startOffset()} are offsets in the file.
     */
    public String text() {
        return file.text().substring(startOffset(), endOffset());
    }

    private Mark start() {
        return node.getStartMark().orElseThrow(() -> new IllegalStateException("node without marks"));
    }

    private Mark end() {
        return node.getEndMark().orElseThrow(() -> new IllegalStateException("node without marks"));
    }

    @Override
    public String toString() {
        return file.relativePath() + ":" + line() + ":" + column();
    }
}
