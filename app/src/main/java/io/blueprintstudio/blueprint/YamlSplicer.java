package io.blueprintstudio.blueprint;

import java.util.List;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Computes a file's new text for one structural change by splicing at node marks: everything outside the changed
 * span, comments and blank lines included, stays byte-for-byte. Block and flow (JSON-style) collections are both
 * handled; new entries copy the indentation of their siblings.
 */
final class YamlSplicer {

    private final BlueprintFile file;
    private final String text;
    private final String nl;

    YamlSplicer(BlueprintFile file) {
        this.file = file;
        this.text = file.text();
        this.nl = text.contains("\r\n") ? "\r\n" : "\n";
    }

    String setScalar(String pointer, Object value) {
        Node node = require(pointer);
        if (!(node instanceof ScalarNode scalar)) {
            throw new IllegalArgumentException(where(pointer) + " is not a single value");
        }
        if (DocumentBuilder.INCLUDE.equals(scalar.getTag())) {
            throw new IllegalArgumentException(where(pointer) + " is an !include; edit the included file");
        }
        boolean flow = insideFlow(pointer);
        return splice(start(node), end(node), YamlText.scalar(value, scalar.getScalarStyle(), flow));
    }

    String addMapEntry(String pointer, String key, Object value) {
        if (pointer.isEmpty() && file.root().isEmpty()) {
            String prefix = text.isEmpty() || text.endsWith("\n") ? "" : nl;
            return text + prefix + blockEntry("", key, value);
        }
        if (!(require(pointer) instanceof MappingNode map)) {
            throw new IllegalArgumentException(where(pointer) + " is not a mapping");
        }
        if (BlueprintFile.child(map, key) != null) {
            throw new IllegalArgumentException(where(pointer) + " already has '" + key + "'");
        }
        List<NodeTuple> entries = map.getValue();
        if (map.getFlowStyle() == FlowStyle.FLOW) {
            boolean quoted = entries.isEmpty() || entries.get(0).getKeyNode() instanceof ScalarNode k
                    && k.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
            String keyText = quoted ? YamlText.doubleQuoted(key) : YamlText.scalar(key, null, true);
            String entry = keyText + ": " + flowValue(value, jsonStyle(map));
            return flowAppend(map, entries.isEmpty() ? null : entries.get(entries.size() - 1).getKeyNode(),
                    entries.isEmpty() ? null : entries.get(entries.size() - 1).getValueNode(), entry);
        }
        Node firstKey = entries.get(0).getKeyNode();
        String indent = " ".repeat(column(firstKey));
        int at = lineEnd(lastLeafEnd(map));
        return insertLines(at, blockEntry(indent, key, value));
    }

    String removeMapEntry(String pointer, String key) {
        if (!(require(pointer) instanceof MappingNode map)) {
            throw new IllegalArgumentException(where(pointer) + " is not a mapping");
        }
        List<NodeTuple> entries = map.getValue();
        for (int i = entries.size() - 1; i >= 0; i--) {
            NodeTuple t = entries.get(i);
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                if (map.getFlowStyle() == FlowStyle.FLOW) {
                    return flowRemove(i, entries.stream().map(NodeTuple::getKeyNode).toList(),
                            entries.stream().map(NodeTuple::getValueNode).toList());
                }
                return removeLines(start(t.getKeyNode()), lastLeafEnd(t.getValueNode()));
            }
        }
        throw new IllegalArgumentException(where(pointer) + " has no '" + key + "'");
    }

    String addListItem(String pointer, Object value) {
        if (!(require(pointer) instanceof SequenceNode seq)) {
            throw new IllegalArgumentException(where(pointer) + " is not a list");
        }
        List<Node> items = seq.getValue();
        if (seq.getFlowStyle() == FlowStyle.FLOW || items.isEmpty()) {
            Node last = items.isEmpty() ? null : items.get(items.size() - 1);
            return flowAppend(seq, last, last, flowValue(value, jsonStyle(seq)));
        }
        int dash = dashBefore(start(items.get(0)));
        String indent = " ".repeat(dash - lineStart(dash));
        String item;
        if (YamlText.isCollection(value)) {
            String nested = YamlText.block(value, indent + "  ", nl);
            item = indent + "- " + nested.substring(indent.length() + 2);
        } else {
            item = indent + "- " + YamlText.scalar(value, null, false) + nl;
        }
        return insertLines(lineEnd(lastLeafEnd(seq)), item);
    }

    String removeListItem(String pointer, int index) {
        if (!(require(pointer) instanceof SequenceNode seq)) {
            throw new IllegalArgumentException(where(pointer) + " is not a list");
        }
        List<Node> items = seq.getValue();
        if (index < 0 || index >= items.size()) {
            throw new IllegalArgumentException(where(pointer) + " has no item " + index);
        }
        if (seq.getFlowStyle() == FlowStyle.FLOW) {
            return flowRemove(index, items, items);
        }
        return removeLines(dashBefore(start(items.get(index))), lastLeafEnd(items.get(index)));
    }

    // ---- block helpers

    private String blockEntry(String indent, String key, Object value) {
        String keyText = YamlText.scalar(key, null, false);
        if (YamlText.isCollection(value)) {
            return indent + keyText + ":" + nl + YamlText.block(value, indent + "  ", nl);
        }
        return indent + keyText + ": " + YamlText.scalar(value, null, false) + nl;
    }

    /** Inserts whole lines at a line start ({@code at}), adding a line break first when the file lacks one. */
    private String insertLines(int at, String lines) {
        if (at == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
            return text + nl + lines.substring(0, lines.length() - nl.length());
        }
        return text.substring(0, at) + lines + text.substring(at);
    }

    /** Removes from the line of {@code from} (when only blanks precede it) through the end of {@code to}'s line. */
    private String removeLines(int from, int to) {
        int ls = lineStart(from);
        int begin = text.substring(ls, from).isBlank() ? ls : from;
        return text.substring(0, begin) + text.substring(lineEnd(to));
    }

    private int dashBefore(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '-') {
            throw new IllegalStateException("no '-' before a block list item in " + file);
        }
        return i;
    }

    /** The end of the last scalar (or empty collection) inside {@code node}: where its text really ends. */
    private int lastLeafEnd(Node node) {
        Node n = node;
        while (true) {
            if (n instanceof MappingNode m && !m.getValue().isEmpty() && m.getFlowStyle() != FlowStyle.FLOW) {
                n = m.getValue().get(m.getValue().size() - 1).getValueNode();
            } else if (n instanceof SequenceNode s && !s.getValue().isEmpty() && s.getFlowStyle() != FlowStyle.FLOW) {
                n = s.getValue().get(s.getValue().size() - 1);
            } else {
                return end(n);
            }
        }
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The start of the line after the one {@code offset} is on (or the text's end); a line start stays. */
    private int lineEnd(int offset) {
        if (offset > 0 && text.charAt(offset - 1) == '\n') {
            return offset;
        }
        int nlAt = text.indexOf('\n', offset);
        return nlAt < 0 ? text.length() : nlAt + 1;
    }

    // ---- flow helpers

    /** JSON inside JSON-style collections (and for new collections); YAML flow scalars elsewhere. */
    private static String flowValue(Object value, boolean json) {
        return json || YamlText.isCollection(value) ? YamlText.json(value) : YamlText.scalar(value, null, true);
    }

    /** True when the collection is written as JSON: its first key or item is double-quoted (or a JSON object). */
    private static boolean jsonStyle(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED;
        }
        if (n instanceof MappingNode m) {
            return !m.getValue().isEmpty() && jsonStyle(m.getValue().get(0).getKeyNode());
        }
        if (n instanceof SequenceNode s) {
            return !s.getValue().isEmpty() && jsonStyle(s.getValue().get(0));
        }
        return false;
    }

    /** Appends {@code entry} to a flow collection after its last entry (or inside an empty one). */
    private String flowAppend(CollectionNode<?> coll, Node lastStart, Node lastEnd, String entry) {
        int close = end(coll) - 1;
        if (lastEnd == null) {
            return splice(close, close, entry);
        }
        int after = end(lastEnd);
        boolean multiline = text.substring(start(coll), close).contains("\n");
        String sep = multiline ? "," + nl + text.substring(lineStart(start(lastStart)), start(lastStart)) : ", ";
        if (!text.substring(lineStart(start(lastStart)), start(lastStart)).isBlank()) {
            sep = ", ";
        }
        return splice(after, after, sep + entry);
    }

    private String flowRemove(int i, List<Node> starts, List<Node> ends) {
        if (starts.size() == 1) {
            return splice(start(starts.get(0)), end(ends.get(0)), "");
        }
        if (i < starts.size() - 1) {
            return splice(start(starts.get(i)), start(starts.get(i + 1)), "");
        }
        return splice(end(ends.get(i - 1)), end(ends.get(i)), "");
    }

    // ---- common

    private boolean insideFlow(String pointer) {
        Node n = file.root().orElse(null);
        for (String segment : JsonPointer.segments(pointer)) {
            if (n instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW) {
                return true;
            }
            n = BlueprintFile.child(n, segment);
        }
        return false;
    }

    private Node require(String pointer) {
        return file.find(pointer).map(SourceNode::node)
                .orElseThrow(() -> new IllegalArgumentException(where(pointer) + " does not exist"));
    }

    private String where(String pointer) {
        return file.relativePath() + (pointer.isEmpty() ? " (document)" : " " + pointer);
    }

    private String splice(int from, int to, String replacement) {
        return text.substring(0, from) + replacement + text.substring(to);
    }

    private int start(Node n) {
        return file.offset(n.getStartMark().orElseThrow());
    }

    private int end(Node n) {
        return file.offset(n.getEndMark().orElseThrow());
    }

    private static int column(Node n) {
        return n.getStartMark().orElseThrow().getColumn();
    }
}
