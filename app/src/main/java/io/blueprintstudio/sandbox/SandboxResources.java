package io.blueprintstudio.sandbox;

import io.blueprintstudio.synth.ExternalResources;
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

    /** What synthesis found the blueprint uses: its buckets, and its topics by name (the ARN's last part). */
    public static SandboxResources of(ExternalResources external) {
        return new SandboxResources(external.sourceBucketNames(),
                external.destinationBuckets().stream().map(ExternalResources.BucketPrefix::bucket).distinct().toList(),
                external.snsTopicArns().stream().map(arn -> arn.substring(arn.lastIndexOf(':') + 1)).distinct()
                        .toList());
    }
}
