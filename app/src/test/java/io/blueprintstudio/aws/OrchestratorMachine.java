package io.blueprintstudio.aws;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * A state machine shaped like the sample blueprint's, created straight through the SFN API: the "Lambda" is a Pass
 * that copies the wanted status from the input (no emulator runs a Java Lambda), a Wait, the Choice, an
 * sns:publish that reports the result, and a failing path whose publish to a missing topic is caught and ends in a
 * Fail state.
 */
public record OrchestratorMachine(String arn, String topicArn) {
    /** States a passing run goes through, in order. */
    public static final List<String> PASSING = List.of("Lambda CSV to Parquet", "Wait a moment", "Passed or Failed?",
            "Report Result");
    /** States a failing run goes through, in order. */
    public static final List<String> FAILING = List.of("Lambda CSV to Parquet", "Wait a moment", "Passed or Failed?",
            "Report Failure", "Conversion Failed");

    static String definition(String topicArn, String missingTopicArn, int waitSeconds) {
        return """
            {"StartAt": "Lambda CSV to Parquet", "States": {
              "Lambda CSV to Parquet": {"Type": "Pass", "InputPath": "$.want", "ResultPath": "$.status",
                "Next": "Wait a moment"},
              "Wait a moment": {"Type": "Wait", "Seconds": %d, "Next": "Passed or Failed?"},
              "Passed or Failed?": {"Type": "Choice", "Choices": [
                {"Variable": "$.status", "StringEquals": "passed", "Next": "Report Result"}],
                "Default": "Report Failure"},
              "Report Result": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                "Parameters": {"TopicArn": "%s", "Message": {"Input.$": "$.key", "Status.$": "$.status"}},
                "End": true},
              "Report Failure": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                "Parameters": {"TopicArn": "%s", "Message.$": "$.status"},
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Conversion Failed"}],
                "Next": "Report Result"},
              "Conversion Failed": {"Type": "Fail", "Error": "ConversionFailed",
                "Cause": "the CSV could not be converted"}}}
            """.formatted(waitSeconds, topicArn, missingTopicArn);
    }

    /** Creates the topic and a STANDARD machine named {@code name}. */
    public static OrchestratorMachine create(Emulator emulator, String name, int waitSeconds) {
        AwsTarget target = emulator.target();
        try (SnsClient sns = target.client(SnsClient.builder()); SfnClient sfn = target.client(SfnClient.builder())) {
            String topic = sns.createTopic(b -> b.name(name + "-status")).topicArn();
            String missing = "arn:aws:sns:us-east-1:" + emulator.account() + ":" + name + "-missing";
            String arn = sfn.createStateMachine(b -> b.name(name).type(StateMachineType.STANDARD)
                    .roleArn("arn:aws:iam::" + emulator.account() + ":role/" + name)
                    .definition(definition(topic, missing, waitSeconds))).stateMachineArn();
            return new OrchestratorMachine(arn, topic);
        }
    }

    /** Creates an EXPRESS machine logging at level ALL to {@code logGroup} (created here). */
    public static String createExpress(Emulator emulator, String name, String logGroup) {
        AwsTarget target = emulator.target();
        try (SfnClient sfn = target.client(SfnClient.builder());
                var logs = target.client(software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient.builder())) {
            logs.createLogGroup(b -> b.logGroupName(logGroup));
            String groupArn = "arn:aws:logs:us-east-1:" + emulator.account() + ":log-group:" + logGroup + ":*";
            return sfn.createStateMachine(b -> b.name(name).type(StateMachineType.EXPRESS)
                    .roleArn("arn:aws:iam::" + emulator.account() + ":role/" + name)
                    .definition(definition("arn:aws:sns:us-east-1:" + emulator.account() + ":x", "arn:aws:sns:us-east-1:"
                            + emulator.account() + ":y", 0))
                    .loggingConfiguration(l -> l.level(LogLevel.ALL).includeExecutionData(true)
                            .destinations(software.amazon.awssdk.services.sfn.model.LogDestination.builder()
                            .cloudWatchLogsLogGroup(g -> g.logGroupArn(groupArn)).build())))
                    .stateMachineArn();
        }
    }

    static String input(String want) {
        return "{\"want\": \"" + want + "\", \"key\": \"incoming/orders/orders-" + want + ".csv\"}";
    }

    /** Waits until the execution has stopped, asking the SFN API directly (not through the code under test). */
    static String awaitEnd(Emulator emulator, String executionArn) throws InterruptedException {
        try (SfnClient sfn = emulator.target().client(SfnClient.builder())) {
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(until)) {
                String status = sfn.describeExecution(b -> b.executionArn(executionArn)).statusAsString();
                if (!"RUNNING".equals(status)) {
                    return status;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError(executionArn + " did not end within 60 s");
    }
}
