package io.blueprintstudio.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprintstudio.convert.ConversionReport;
import io.blueprintstudio.convert.ReportJson;

/**
 * The one structured line each run writes. CloudWatch Logs Insights reads its fields directly, so a query such
 * as {@code filter status = "failed"} finds every failure with its reason.
 */
final class RunLog {
    private final ObjectMapper json;
    private final String requestId;

    RunLog(ObjectMapper json, String requestId) {
        this.json = json;
        this.requestId = requestId;
    }

    String passed(ConversionReport report, long elapsedMs) {
        ObjectNode line = start("info", "passed", report.source());
        ObjectNode details = ReportJson.of(report);
        // The schema can hold thousands of columns; the count keeps the line within CloudWatch's event size.
        int columns = report.schema().size();
        details.remove("schema");
        details.remove("source");
        line.setAll(details);
        line.put("columns", columns);
        line.put("elapsedMs", elapsedMs);
        return line.toString();
    }

    String failed(String source, HandlerFailure failure, long rowsRead, long elapsedMs) {
        ObjectNode line = start("error", "failed", source);
        line.putArray("outputs");
        line.put("rowsRead", rowsRead);
        line.put("elapsedMs", elapsedMs);
        ObjectNode error = line.putObject("error");
        error.put("kind", failure.kind());
        error.put("message", failure.message());
        // Always present, null when unknown, so every failure line has the same shape.
        if (failure.line() > 0) {
            error.put("line", failure.line());
        } else {
            error.putNull("line");
        }
        error.put("column", failure.column());
        return line.toString();
    }

    private ObjectNode start(String level, String status, String source) {
        ObjectNode line = json.createObjectNode();
        line.put("level", level);
        line.put("event", "conversion");
        line.put("status", status);
        if (requestId != null) {
            line.put("requestId", requestId);
        }
        line.put("source", source);
        return line;
    }
}
