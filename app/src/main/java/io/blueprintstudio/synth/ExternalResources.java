package io.blueprintstudio.synth;

import java.util.List;

/**
 * What the blueprint uses but does not create; the deployer checks these exist, the sandbox creates them.
 *
 * @param sourceBuckets      buckets and prefixes whose new objects start executions; they need EventBridge
 *                           notifications switched on
 * @param destinationBuckets buckets and prefixes the Lambdas write to
 * @param snsTopicArns       topics the state machines publish to
 * @param kmsKeyArns         keys the configs name (data lake, Glue catalog)
 * @param roleArns           roles the configs name by ARN (data admins)
 */
public record ExternalResources(List<BucketPrefix> sourceBuckets, List<BucketPrefix> destinationBuckets,
        List<String> snsTopicArns, List<String> kmsKeyArns, List<String> roleArns) {

    public static final ExternalResources NONE = new ExternalResources(List.of(), List.of(), List.of(), List.of(),
            List.of());

    public ExternalResources {
        sourceBuckets = List.copyOf(sourceBuckets);
        destinationBuckets = List.copyOf(destinationBuckets);
        snsTopicArns = List.copyOf(snsTopicArns);
        kmsKeyArns = List.copyOf(kmsKeyArns);
        roleArns = List.copyOf(roleArns);
    }

    /** A bucket and a key prefix in it (empty for the whole bucket). */
    public record BucketPrefix(String bucket, String prefix) {
    }

    /** The distinct source bucket names, for switching on EventBridge notifications. */
    public List<String> sourceBucketNames() {
        return sourceBuckets.stream().map(BucketPrefix::bucket).distinct().toList();
    }
}
