package io.blueprintstudio.blueprint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Writes values as YAML source text: plain when YAML reads it back unchanged, quoted otherwise. */
final class YamlText {

    private static final CoreSchema CORE = new CoreSchema();
    private static final ObjectMapper JSON = new ObjectMapper();

    private YamlText() {
    }

    /**
     * A scalar's source text. Keeps the original quoting style where it can ({@code style} may be null), and in
     * flow collections ({@code flow}) avoids plain text with flow indicators.
     */
    static String scalar(Object value, ScalarStyle style, boolean flow) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) ? ".nan" : Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf") : n.toString();
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("not a scalar: " + value.getClass().getSimpleName());
        }
        if (style == ScalarStyle.DOUBLE_QUOTED) {
            return doubleQuoted(s);
        }
        if (style == ScalarStyle.SINGLE_QUOTED && s.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
            return "'" + s.replace("'", "''") + "'";
        }
        return plainSafe(s, flow) ? s : doubleQuoted(s);
    }

    /** True when {@code s} written plain reads back as the same string under the Core schema. */
    static boolean plainSafe(String s, boolean flow) {
        if (s.isEmpty() || !s.equals(s.strip()) || "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
            if (flow && ",[]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        return Tag.STR.equals(CORE.getScalarResolver().resolve(s, true));
    }

    static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A map or list as block YAML, every line prefixed by {@code indent}, each line ending in {@code nl}. */
    static String block(Object value, String indent, String nl) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
                .setDefaultScalarStyle(ScalarStyle.PLAIN).setIndent(2).setIndicatorIndent(0).setSchema(CORE)
                .setWidth(4096).build();
        String dumped = new Dump(settings).dumpToString(value);
        StringBuilder b = new StringBuilder();
        for (String line : dumped.split("\n")) {
            b.append(indent).append(line).append(nl);
        }
        return b.toString();
    }

    /** A value as JSON, which is also YAML flow syntax (for edits inside JSON-style flow collections). */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static boolean isCollection(Object value) {
        return value instanceof Map || value instanceof List;
    }
}
