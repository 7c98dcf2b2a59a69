package io.blueprintstudio.aws;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EventBridgeConfiguration;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The buckets a blueprint's EventBridge rules listen to but do not create: whether each exists and sends its events
 * to EventBridge, and switching that on (keeping every other notification the bucket has).
 */
public final class SourceBuckets implements AutoCloseable {
    /** What a source bucket looks like. */
    public enum State { READY, NO_EVENTBRIDGE, MISSING }

    /** One bucket's check, with what to do about it. */
    public record Check(String bucket, State state, String advice) {
    }

    private final S3Client s3;

    public SourceBuckets(AwsTarget target) {
        this.s3 = target.s3();
    }

    public Check check(String bucket) throws DeployException {
        try {
            GetBucketNotificationConfigurationResponse n = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket));
            if (n.eventBridgeConfiguration() != null) {
                return new Check(bucket, State.READY, "s3://" + bucket + " sends its events to EventBridge");
            }
            return new Check(bucket, State.NO_EVENTBRIDGE, "s3://" + bucket + " does not send events to EventBridge, "
                    + "so uploads will not start the state machine; switch it on (deploy --enable-eventbridge, or "
                    + "the Deploy screen's button) or run: aws s3api put-bucket-notification-configuration --bucket "
                    + bucket + " --notification-configuration '{\"EventBridgeConfiguration\": {}}' (this replaces "
                    + "other notifications; the button keeps them)");
        } catch (NoSuchBucketException e) {
            return missing(bucket);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return missing(bucket);
            }
            throw new DeployException("could not check s3://" + bucket + ": " + Errors.message(e), e);
        } catch (SdkException e) {
            throw new DeployException("could not check s3://" + bucket + ": " + Errors.message(e), e);
        }
    }

    private static Check missing(String bucket) {
        return new Check(bucket, State.MISSING, "s3://" + bucket + " does not exist: the blueprint reads from it but "
                + "does not create it. Create it (with EventBridge notifications on) before uploading CSV files");
    }

    /** Adds EventBridge delivery to the bucket's notifications, keeping its queue, topic and Lambda ones. */
    public void enableEventBridge(String bucket) throws DeployException {
        try {
            GetBucketNotificationConfigurationResponse n = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket));
            s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(c -> c
                    .queueConfigurations(n.queueConfigurations()).topicConfigurations(n.topicConfigurations())
                    .lambdaFunctionConfigurations(n.lambdaFunctionConfigurations())
                    .eventBridgeConfiguration(EventBridgeConfiguration.builder().build())));
        } catch (SdkException e) {
            throw new DeployException("could not switch on EventBridge notifications for s3://" + bucket + ": "
                    + Errors.message(e), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
