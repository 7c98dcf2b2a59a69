package io.blueprintstudio.aws;

import io.blueprintstudio.blueprint.BlueprintCopy;
import io.blueprintstudio.blueprint.TestBlueprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EventBridgeConfiguration;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The sample blueprint's state machine deployed to MiniStack by hand (through the SFN API, under the name MDAA
 * gives it) with the S3 → EventBridge → Step Functions trigger the blueprint describes, for a copy of the sample
 * with its own organization and source bucket, so runs never collide.
 */
public final class S3TriggeredMachine {
    private S3TriggeredMachine() {
    }

    /**
     * The sample's states; the "Lambda" is a Pass here, as no emulator runs a Java Lambda, and the Choice also
     * needs an S3 event as input, so a run started without one fails there (States.NoChoiceMatched).
     */
    private static String definition(String topicArn) {
        return """
            {"StartAt": "Lambda CSV to Parquet", "States": {
              "Lambda CSV to Parquet": {"Type": "Pass", "Result": "passed", "ResultPath": "$.status",
                "Next": "Passed or Failed?"},
              "Passed or Failed?": {"Type": "Choice", "Choices": [{"And": [
                {"Variable": "$.detail.object.key", "IsPresent": true},
                {"Variable": "$.status", "StringEquals": "passed"}], "Next": "Report Result"}]},
              "Report Result": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                "Parameters": {"TopicArn": "%s", "Message": {"Input.$": "$.detail.object.key",
                  "Status.$": "$.status"}}, "End": true}}}
            """.formatted(topicArn);
    }

    /** A copy of the sample in {@code dir} with organization {@code org} and source bucket {@code org-raw}. */
    public static Path blueprint(Path dir, String org) throws IOException {
        Path copy = BlueprintCopy.copy(TestBlueprints.sample(), dir.resolve("blueprint"));
        Path mdaa = copy.resolve("mdaa.yaml");
        String text = Files.readString(mdaa, StandardCharsets.UTF_8)
                .replace("organization: bps-sample", "organization: " + org)
                .replace("datalake_src_bucket_name: bps-sample-raw", "datalake_src_bucket_name: " + org + "-raw");
        Files.writeString(mdaa, text, StandardCharsets.UTF_8);
        return copy;
    }

    /** Deploys the machine of {@link #blueprint}'s copy, its topic and the S3 trigger; returns the machine's ARN. */
    public static String deploy(AwsTarget target, String org) {
        String name = org + "-dev-sales-stepfunction-sample-state-machine-1";
        String bucket = org + "-raw";
        try (SnsClient sns = target.client(SnsClient.builder()); SfnClient sfn = target.client(SfnClient.builder());
                S3Client s3 = target.s3(); EventBridgeClient events = target.client(EventBridgeClient.builder())) {
            String topic = sns.createTopic(b -> b.name(org + "-status")).topicArn();
            String arn = sfn.createStateMachine(b -> b.name(name).roleArn("arn:aws:iam::000000000000:role/" + org)
                    .definition(definition(topic))).stateMachineArn();
            s3.createBucket(b -> b.bucket(bucket));
            s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                    .eventBridgeConfiguration(EventBridgeConfiguration.builder().build())));
            events.putRule(b -> b.name(org + "-s3").eventPattern("{\"source\": [\"aws.s3\"], \"detail-type\": "
                    + "[\"Object Created\"], \"detail\": {\"bucket\": {\"name\": [\"" + bucket + "\"]}, \"object\": "
                    + "{\"key\": [{\"prefix\": \"incoming/orders\"}]}}}"));
            events.putTargets(b -> b.rule(org + "-s3").targets(software.amazon.awssdk.services.eventbridge.model.Target
                    .builder().id("machine").arn(arn).roleArn("arn:aws:iam::000000000000:role/" + org + "-events")
                    .build()));
            return arn;
        }
    }
}
