package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
                "Name", "bps-sample-dev-sales-stepfunction-sample-state-machine--7dcd8108",
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

    @Test
    void buildsSettingsWrittenAsTemplatesAsTheValuesTheyResolveTo(@TempDir Path dir) throws Exception {
        SynthResult r = SampleSynth.synth(dir, Map.of(
                "mdaa.yaml", SampleSynth.context("          sftype: EXPRESS\n          ret: 14\n"
                        + "          logdata: true\n          retries: 3\n          mem: 1024\n"),
                "stepfunctions/stepfunction.yaml", s -> s
                        .replace("stateMachineType: STANDARD", "stateMachineType: \"{{context:sftype}}\"")
                        .replace("logGroupRetentionDays: 0", "logGroupRetentionDays: \"{{context:ret}}\"")
                        .replace("logExecutionData: false", "logExecutionData: \"{{context:logdata}}\"")
                        .replace("retryAttempts: 10", "retryAttempts: \"{{context:retries}}\""),
                "stepfunctions/lambda.yaml", s -> s.replace("memorySizeMB: 512", "memorySizeMB: \"{{context:mem}}\"")));
        assertTrue(r.ok(), r.findings().toString());
        Template t = SampleSynth.template(r, "stepfunction");
        t.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
                "StateMachineType", "EXPRESS",
                "LoggingConfiguration", Match.objectLike(Map.of("IncludeExecutionData", true)))));
        t.hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 14)));
        t.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of("Targets", List.of(Match.objectLike(
                Map.of("RetryPolicy", Map.of("MaximumEventAgeInSeconds", 3600, "MaximumRetryAttempts", 3)))))));
        SampleSynth.template(r, "lambda").hasResourceProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("MemorySize", 1024)));
        assertEquals("EXPRESS", r.stacks().get(3).stateMachines().get(0).type());
    }

    @Test
    void keepsLogsForTheConfiguredDaysAndBuildsAScheduledRuleWithAFixedInput(@TempDir Path dir) throws Exception {
        SynthResult r = SampleSynth.synth(dir, Map.of("stepfunctions/stepfunction.yaml", s -> s
                .replace("logGroupRetentionDays: 0", "logGroupRetentionDays: 90")
                .replace("      s3EventBridgeRules:\n", "      eventBridgeRules:\n        nightly:\n"
                        + "          scheduleExpression: cron(0 2 * * ? *)\n"
                        + "          input: {detail: {bucket: {name: \"{{context:datalake_src_bucket_name}}\"}}}\n"
                        + "        on-tag:\n          description: Objects tagged for reprocessing\n"
                        + "          eventPattern: {source: [aws.s3], detailType: [Object Tags Added]}\n"
                        + "      s3EventBridgeRules:\n")));
        assertTrue(r.ok(), r.findings().toString());
        assertEquals(List.of(), r.findings().stream().filter(d -> d.code().equals("SYNTH-UNSUPPORTED")).toList());
        Template t = SampleSynth.template(r, "stepfunction");
        t.hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 90)));
        t.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "Name", "bps-sample-dev-sales-stepfunction-sample-state-machine--47ce8af9",
                "ScheduleExpression", "cron(0 2 * * ? *)",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Input", "{\"detail\":{\"bucket\":{\"name\":\"bps-sample-raw\"}}}",
                        "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 3600, "MaximumRetryAttempts", 10),
                        "DeadLetterConfig", Match.anyValue()))))));
        t.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "Name", "bps-sample-dev-sales-stepfunction-sample-state-machine-1-on-tag",
                "Description", "Objects tagged for reprocessing",
                "EventPattern", Map.of("source", List.of("aws.s3"), "detail-type", List.of("Object Tags Added")))));
        t.resourceCountIs("AWS::Events::Rule", 3);
    }
}
