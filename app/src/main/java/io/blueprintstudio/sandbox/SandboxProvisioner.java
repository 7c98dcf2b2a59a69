package io.blueprintstudio.sandbox;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.SourceBuckets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates a blueprint's external resources in the sandbox. Every step may run again: an existing bucket, topic,
 * queue or subscription is kept, so provisioning after a sandbox restart or a second deploy is harmless.
 */
public final class SandboxProvisioner {
    private final AwsTarget target;

    public SandboxProvisioner(AwsTarget target) {
        if (!target.isLocal()) {
            throw new IllegalArgumentException("Sandbox provisioning creates buckets and topics in a local emulator"
                    + " only, not in " + target.describe());
        }
        this.target = target;
    }

    /**
     * Creates the buckets and topics; returns one result queue per topic, in the order given. A name the emulator
     * or the SDK refuses, or an emulator that does not answer, is a {@link SandboxException} naming it.
     */
    public List<ResultQueue> provision(SandboxResources resources) throws SandboxException {
        try (S3Client s3 = target.s3(); SourceBuckets sources = new SourceBuckets(target)) {
            for (String bucket : resources.sourceBuckets()) {
                attempt("source bucket " + bucket, () -> {
                    createBucket(s3, bucket);
                    // S3 tells EventBridge about every object; the blueprint's rules pick the prefixes they watch.
                    sources.enableEventBridge(bucket);
                    return null;
                });
            }
            for (String bucket : resources.destinationBuckets()) {
                attempt("destination bucket " + bucket, () -> {
                    createBucket(s3, bucket);
                    return null;
                });
            }
        }
        List<ResultQueue> queues = new ArrayList<>();
        try (SnsClient sns = target.client(SnsClient.builder()); SqsClient sqs = target.client(SqsClient.builder())) {
            for (String topic : resources.topicNames()) {
                queues.add(attempt("topic " + topic, () -> topicWithQueue(sns, sqs, topic)));
            }
        }
        return queues;
    }

    /** One resource's creation. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws DeployException;
    }

    private <T> T attempt(String what, Step<T> step) throws SandboxException {
        try {
            return step.run();
        } catch (DeployException | SdkException | IllegalArgumentException e) {
            throw new SandboxException("Could not create the sandbox's " + what + " in " + target.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void createBucket(S3Client s3, String bucket) {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException exists) {
            // Provisioned before: keep it and its objects.
        }
    }

    private static ResultQueue topicWithQueue(SnsClient sns, SqsClient sqs, String topic) {
        String topicArn = sns.createTopic(b -> b.name(topic)).topicArn();
        String queueUrl = sqs.createQueue(b -> b.queueName(topic + "-results")).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        boolean subscribed = sns.listSubscriptionsByTopicPaginator(b -> b.topicArn(topicArn)).subscriptions()
                .stream().anyMatch(s -> queueArn.equals(s.endpoint()));
        if (!subscribed) {
            sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
                    .attributes(Map.of("RawMessageDelivery", "true")));
        }
        return new ResultQueue(topicArn, queueUrl);
    }
}
