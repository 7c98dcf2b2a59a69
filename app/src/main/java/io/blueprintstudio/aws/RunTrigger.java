package io.blueprintstudio.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.Resolution;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.S3KeyPrefix;
import io.blueprintstudio.blueprint.StateMachineSource;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a CSV must land to start the blueprint's state machine: the first bucket and prefix of its
 * {@code eventBridge.s3EventBridgeRules}, resolved as MDAA resolves them ({@code {{context:...}}}).
 */
public record RunTrigger(String bucket, String prefix) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The S3 key a file of this name is uploaded to. */
    public String key(String fileName) {
        String p = S3KeyPrefix.of(prefix).replaceAll("/+$", "");
        return p.isEmpty() ? fileName : p + "/" + fileName;
    }

    /**
     * True when an execution's input is the EventBridge "Object Created" event of the object {@code key} in this
     * trigger's bucket ({@code detail.bucket.name}, {@code detail.object.key}): the execution that upload started,
     * and not one another file (or another source) started meanwhile. The event's key may come URL-encoded.
     */
    public boolean startedBy(String executionInput, String key) {
        JsonNode detail;
        try {
            detail = executionInput == null || executionInput.isBlank() ? null
                    : JSON.readTree(executionInput).path("detail");
        } catch (IOException notJson) {
            return false;
        }
        if (detail == null || !bucket.equals(detail.path("bucket").path("name").asText())) {
            return false;
        }
        String eventKey = detail.path("object").path("key").asText();
        return key.equals(eventKey) || key.equals(urlDecoded(eventKey));
    }

    private static String urlDecoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    /** The trigger of {@code machine}, or a reason why the blueprint does not say where files go. */
    public static Optional<RunTrigger> of(Blueprint blueprint, StateMachineSource machine, List<String> problems) {
        Map<String, Object> rules = asMap(machine.definition().eventBridge().get("s3EventBridgeRules"));
        if (rules.isEmpty()) {
            problems.add(machine.name() + " has no eventBridge.s3EventBridgeRules: no upload starts it");
            return Optional.empty();
        }
        Map<String, Object> rule = asMap(rules.values().iterator().next());
        Resolver resolver = Resolver.forModule(blueprint, machine.module(), Resolver.Target.UNKNOWN, System.getenv());
        String bucket = first(rule.get("buckets"), resolver, problems);
        String prefix = first(rule.get("prefixes"), resolver, problems);
        if (bucket == null || bucket.isEmpty()) {
            problems.add("the S3 rule of " + machine.name() + " names no bucket");
            return Optional.empty();
        }
        return Optional.of(new RunTrigger(bucket, prefix == null ? "" : prefix));
    }

    private static String first(Object list, Resolver resolver, List<String> problems) {
        if (!(list instanceof List<?> l) || l.isEmpty()) {
            return null;
        }
        Resolution r = resolver.resolveString(String.valueOf(l.get(0)));
        r.problems().forEach(p -> problems.add(String.valueOf(p)));
        return r.string();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
