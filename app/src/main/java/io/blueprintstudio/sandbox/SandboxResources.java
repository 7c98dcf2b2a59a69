package io.blueprintstudio.sandbox;

import java.util.List;

/**
 * What a blueprint uses but does not create, which the sandbox must hold before a deploy: the buckets CSVs land in
 * (with EventBridge notifications on, so an upload starts the state machine), the buckets Parquet goes to, and
 * the SNS topics results are reported to.
 */
public record SandboxResources(List<String> sourceBuckets, List<String> destinationBuckets, List<String> topicNames) {
    public SandboxResources {
        sourceBuckets = List.copyOf(sourceBuckets);
        destinationBuckets = List.copyOf(destinationBuckets);
        topicNames = List.copyOf(topicNames);
    }
}
