package io.blueprintstudio.asl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a composed snakeyaml-engine node (the {@code rawStepFunctionDef} value of a step function config) into a
 * {@link SourceValue} tree. Positions are those of the YAML file, made 1-based (marks are 0-based).
 * Plain scalars are typed as YAML 1.2's core schema types them; quoted scalars are strings.
 */
final class YamlSource {
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private YamlSource() {
    }

    static SourceValue read(Node node) throws AslParseException {
        return value(node, "");
    }

    private static SourceValue value(Node node, String pointer) throws AslParseException {
        Position pos = position(node, pointer);
        if (node instanceof MappingNode m) {
            Map<String, SourceValue.Member> members = new LinkedHashMap<>();
            for (NodeTuple tuple : m.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode k)) {
                    Position kp = position(tuple.getKeyNode(), pointer);
                    throw new AslParseException("a key must be a plain string", kp.line(), kp.column(), null);
                }
                String key = k.getValue();
                Position keyPos = position(k, Position.child(pointer, key));
                if (members.containsKey(key)) {
                    throw new AslParseException("duplicate key \"" + key + "\"", keyPos.line(), keyPos.column(), null);
                }
                members.put(key, new SourceValue.Member(key, keyPos, value(tuple.getValueNode(), keyPos.pointer())));
            }
            return new SourceValue.Obj(pos, members);
        }
        if (node instanceof SequenceNode s) {
            List<SourceValue> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(value(item, Position.child(pointer, items.size())));
            }
            return new SourceValue.Arr(pos, items);
        }
        ScalarNode s = (ScalarNode) node;
        return new SourceValue.Scalar(pos, scalar(s));
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        boolean plain = s.getScalarStyle() == ScalarStyle.PLAIN;
        if (Tag.STR.equals(tag) && !plain) {
            return v;
        }
        if ((Tag.NULL.equals(tag) || plain) && NULL.matcher(v).matches()) {
            return null;
        }
        if ((Tag.BOOL.equals(tag) || plain) && BOOL.matcher(v).matches()) {
            return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT));
        }
        if ((Tag.INT.equals(tag) || plain) && INT.matcher(v).matches()) {
            BigInteger i = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
            return i.bitLength() < 64 ? (Object) i.longValue() : i;
        }
        if ((Tag.FLOAT.equals(tag) || plain) && FLOAT.matcher(v).matches()) {
            return new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
        }
        return v;
    }

    private static Position position(Node node, String pointer) {
        return node.getStartMark().map(m -> at(m, pointer)).orElse(new Position(0, 0, pointer));
    }

    private static Position at(Mark m, String pointer) {
        return new Position(m.getLine() + 1, m.getColumn() + 1, pointer);
    }
}
