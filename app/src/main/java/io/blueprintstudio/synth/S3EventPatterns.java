package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.S3KeyPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.events.EventPattern;

/**
 * The EventBridge pattern for S3 "Object Created" events on buckets and key prefixes, as MDAA writes it (the prefix
 * is {@link S3Prefixes#keyPrefix}), optionally narrowed to keys ending with a suffix such as {@code .csv}, so
 * folder placeholders and other files do not start executions.
 */
final class S3EventPatterns {
    private S3EventPatterns() {
    }

    static EventPattern objectCreated(List<String> buckets, List<String> prefixes, String keySuffix) {
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("bucket", Map.of("name", buckets));
        List<Object> keys = keyMatchers(prefixes, keySuffix);
        if (!keys.isEmpty()) {
            detail.put("object", Map.of("key", keys));
        }
        return EventPattern.builder().source(List.of("aws.s3")).detailType(List.of("Object Created"))
                .detail(detail).build();
    }

    /**
     * A prefix alone is {@code {"prefix": p}}; with a suffix, both must hold, which one EventBridge matcher can say
     * only as a wildcard {@code p*suffix} (matchers in one list are alternatives).
     */
    static List<Object> keyMatchers(List<String> prefixes, String keySuffix) {
        List<Object> out = new ArrayList<>();
        List<String> ps = prefixes.isEmpty() ? List.of("") : prefixes;
        for (String raw : ps) {
            String p = S3KeyPrefix.of(raw);
            if (keySuffix != null) {
                out.add(Map.of("wildcard", escape(p) + "*" + escape(keySuffix)));
            } else if (!p.isEmpty()) {
                out.add(Map.of("prefix", p));
            }
        }
        return out;
    }

    /** EventBridge wildcards treat {@code *} as any run of characters and {@code \} as its escape. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*");
    }
}
