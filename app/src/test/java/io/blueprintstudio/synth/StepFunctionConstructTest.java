package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class StepFunctionConstructTest {

    @Test
    void resolvesTheDefinitionWithTheLambdaArnAsADeployTimeSsmParameter() throws Exception {
        Template t = SampleSynth.template("stepfunction");
        t.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
                "StateMachineName", "bps-sample-dev-sales-stepfunction-sample-state-machine-1",
                "StateMachineType", "STANDARD",
                "TracingConfiguration", Map.of("Enabled", true),
                "LoggingConfiguration", Match.objectLike(Map.of("Level", "ALL", "IncludeExecutionData", false)),
                "DefinitionString", Map.of("Fn::Join", List.of("", List.of(
                        Match.stringLikeRegexp(".*\"Resource\":\"$"),
                        Map.of("Ref", Match.stringLikeRegexp("SSM.*LambdaLambdaLambdaCsvParquetArn.*")),
                        Match.stringLikeRegexp("^\",.*\"TopicArn\":\"arn:aws:sns:us-east-1:000000000000:"
                                + "bps-sample-orders-status\".*")))))));
        t.hasParameter("*", Map.of("Type", "AWS::SSM::Parameter::Value<String>",
                "Default", "/bps-sample/sales/lambda/lambda/lambda_csv_parquet/arn"));
        SynthesizedStack.StateMachine m = SampleSynth.result().stacks().get(3).stateMachines().get(0);
        JsonNode asl = new ObjectMapper().readTree(m.definition());
        assertEquals("{{resolve:ssm:/bps-sample/sales/lambda/lambda/lambda_csv_parquet/arn}}",
                asl.at("/States/Lambda CSV to Parquet/Resource").asText());
        assertFalse(m.definition().contains("{{context:"), m.definition());
    }

    @Test
    void keepsLogsForeverInAnEncryptedRetainedLogGroupAsConfigured() throws Exception {
        Template t = SampleSynth.template("stepfunction");
        t.hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "Properties", Map.of("LogGroupName",
                        "/aws/stepfunction/bps-sample-dev-sales-stepfunction-sample-state-machine-1",
                        "KmsKeyId", Map.of("Ref", Match.stringLikeRegexp("SSM.*ProjectKmsArnDefault.*")),
                        "Tags", Match.anyValue()),
                "DeletionPolicy", "Retain")));
    }

    @Test
    void startsOnCsvObjectsUnderTheSourcePrefixWithRetriesAndADeadLetterQueue() throws Exception {
        Template t = SampleSynth.template("stepfunction");
        t.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "EventPattern", Map.of("source", List.of("aws.s3"), "detail-type", List.of("Object Created"),
                        "detail", Map.of("bucket", Map.of("name", List.of("bps-sample-raw")),
                                "object", Map.of("key", List.of(Map.of("wildcard", "incoming/orders*.csv"))))),
                "Targets", List.of(Match.objectLike(Map.of(
                        "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 3600, "MaximumRetryAttempts", 10),
                        "DeadLetterConfig", Match.anyValue(), "RoleArn", Match.anyValue()))))));
        t.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Action", "states:StartExecution"))))))));
    }

    @Test
    void grantsTheStateMachineRoleLogDeliveryAndXRay() throws Exception {
        Template t = SampleSynth.template("stepfunction");
        t.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(
                        Match.objectLike(Map.of("Sid", "LogDelivery", "Action", Match.arrayWith(List.of(
                                "logs:CreateLogDelivery")), "Resource", "*")),
                        Match.objectLike(Map.of("Sid", "XRay", "Action", Match.arrayWith(List.of(
                                "xray:PutTraceSegments")), "Resource", "*"))))))));
    }
}
