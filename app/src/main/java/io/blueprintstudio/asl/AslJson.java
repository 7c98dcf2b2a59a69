package io.blueprintstudio.asl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.snakeyaml.engine.v2.nodes.Node;

/** Writes a definition as JSON text, for tools that take ASL JSON (asl-validator, the AWS CLI, CloudFormation). */
public final class AslJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AslJson() {
    }

    /** The JSON text of a {@code rawStepFunctionDef} YAML node, pretty-printed, members in written order. */
    public static String toJson(Node yaml) throws AslParseException {
        return toJson(YamlSource.read(yaml));
    }

    public static String toJson(SourceValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, SourceValue v) throws IOException {
        if (v instanceof SourceValue.Obj o) {
            g.writeStartObject();
            for (SourceValue.Member m : o.members().values()) {
                g.writeFieldName(m.key());
                write(g, m.value());
            }
            g.writeEndObject();
        } else if (v instanceof SourceValue.Arr a) {
            g.writeStartArray();
            for (SourceValue item : a.items()) {
                write(g, item);
            }
            g.writeEndArray();
        } else {
            Object s = ((SourceValue.Scalar) v).value();
            if (s == null) {
                g.writeNull();
            } else if (s instanceof String str) {
                g.writeString(str);
            } else if (s instanceof Boolean b) {
                g.writeBoolean(b);
            } else if (s instanceof BigDecimal d) {
                g.writeNumber(d);
            } else if (s instanceof BigInteger i) {
                g.writeNumber(i);
            } else {
                g.writeNumber(((Number) s).longValue());
            }
        }
    }
}
