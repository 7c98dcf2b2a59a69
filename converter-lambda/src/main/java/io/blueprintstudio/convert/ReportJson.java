package io.blueprintstudio.convert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The report as JSON, one shape for the command line's {@code --report json} and the Lambda's log line. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    public static ObjectNode of(ConversionReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", r.source());
        ArrayNode outputs = o.putArray("outputs");
        r.outputs().forEach(outputs::add);
        o.put("rowsRead", r.rowsRead());
        o.put("rowsWritten", r.rowsWritten());
        o.put("rowsRejected", r.rowsRejected());
        if (r.rejectsLocation() != null) {
            o.put("rejects", r.rejectsLocation());
        }
        o.put("bytesIn", r.bytesIn());
        o.put("bytesOut", r.bytesOut());
        o.put("elapsedMs", r.elapsed().toMillis());
        ObjectNode dialect = o.putObject("dialect");
        dialect.put("delimiter", String.valueOf(r.dialect().delimiter()));
        dialect.put("quote", String.valueOf(r.dialect().quote()));
        dialect.put("escape", r.dialect().escape() == null ? null : String.valueOf(r.dialect().escape()));
        dialect.put("header", r.dialect().header());
        dialect.put("encoding", r.dialect().encoding());
        dialect.put("bom", r.dialect().bom());
        ArrayNode schema = o.putArray("schema");
        for (Column c : r.schema()) {
            schema.addObject().put("name", c.name()).put("source", c.sourceName()).put("type", c.typeName());
        }
        ArrayNode widened = o.putArray("widenings");
        for (Widening w : r.widenings()) {
            widened.addObject().put("column", w.column()).put("from", w.from()).put("to", w.to())
                    .put("line", w.line()).put("value", w.value());
        }
        return o;
    }

    public static String toString(ConversionReport r) {
        return of(r).toString();
    }
}
