package io.blueprintstudio.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Turns both shapes execution history comes in into {@link ExecutionEvent}s: the SFN API's {@link HistoryEvent}
 * (one typed "...EventDetails" member per event type) and the JSON lines Step Functions writes to a CloudWatch
 * log group at level ALL ({@code {"id":"3","type":"TaskStateEntered","details":{...},"event_timestamp":"...",
 * "execution_arn":"..."}}). Both carry the same detail fields (name, input, output, error, cause, resource,
 * parameters), so one reader of those names serves every event type, including ones added after this was written.
 */
final class HistoryEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryEvents() {
    }

    static ExecutionEvent fromApi(String executionArn, HistoryEvent e) {
        Map<String, String> d = new HashMap<>();
        for (SdkField<?> field : e.sdkFields()) {
            if (field.memberName().endsWith("EventDetails") && field.getValueOrDefault(e) instanceof SdkPojo pojo) {
                for (SdkField<?> f : pojo.sdkFields()) {
                    if (f.getValueOrDefault(pojo) instanceof String s) {
                        d.put(f.memberName(), s);
                    }
                }
            }
        }
        return event(executionArn, e.id(), e.timestamp(), e.typeAsString(), d);
    }

    /** An event from a log line, or empty for a line that is not a Step Functions history event. */
    static Optional<ExecutionEvent> fromLogLine(String message) {
        JsonNode n;
        try {
            n = JSON.readTree(message);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (n == null || !n.hasNonNull("type") || !n.hasNonNull("execution_arn") || !n.hasNonNull("id")) {
            return Optional.empty();
        }
        Map<String, String> d = new HashMap<>();
        n.path("details").properties().forEach(f -> {
            if (f.getValue().isValueNode()) {
                d.put(f.getKey(), f.getValue().asText());
            } else if (f.getKey().equals("parameters") || f.getKey().equals("input") || f.getKey().equals("output")) {
                d.put(f.getKey(), f.getValue().toString());
            }
        });
        Instant time = Instant.ofEpochMilli(n.path("event_timestamp").asLong(0));
        return Optional.of(event(n.get("execution_arn").asText(), n.get("id").asLong(), time, n.get("type").asText(),
                d));
    }

    private static ExecutionEvent event(String arn, long id, Instant time, String type, Map<String, String> d) {
        String resource = d.getOrDefault("resource", "");
        if (!resource.isEmpty() && d.containsKey("resourceType") && !resource.startsWith("arn:")) {
            resource = d.get("resourceType") + ":" + resource; // "sns" + "publish": say which service
        }
        return new ExecutionEvent(arn, id, time, type, d.get("name"), d.get("input"), d.get("output"),
                d.get("error"), d.get("cause"), resource, d.get("parameters"));
    }
}
