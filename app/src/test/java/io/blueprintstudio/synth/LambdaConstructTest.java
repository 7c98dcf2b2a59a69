package io.blueprintstudio.synth;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class LambdaConstructTest {

    @Test
    void deploysTheShadedJarWithTheConfiguredSettingsAndAnEncryptedDeadLetterQueue() throws Exception {
        Template t = SampleSynth.template("lambda");
        t.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "bps-sample-dev-sales-lambda-lambda_csv_parquet",
                "Handler", "io.blueprintstudio.lambda.CsvToParquetHandler",
                "Runtime", "java21",
                "MemorySize", 512,
                "Timeout", 300,
                "EphemeralStorage", Map.of("Size", 1024),
                "Environment", Map.of("Variables", Map.of("DEST_BUCKET_NAME", "bps-sample-lake",
                        "DEST_PREFIX", "curated/orders", "SOURCE_PREFIX", "incoming/orders")),
                "KmsKeyArn", Map.of("Ref", Match.stringLikeRegexp("SSM.*ProjectKmsArnDefault.*")),
                "Role", Map.of("Ref", Match.stringLikeRegexp("SSM.*GeneratedRoleLambdaEtlArn.*")),
                "DeadLetterConfig", Match.objectLike(Map.of("TargetArn", Match.anyValue())))));
        t.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Match.objectLike(Map.of(
                "MaximumRetryAttempts", 2, "MaximumEventAgeInSeconds", 3600)));
        t.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "QueueName", "bps-sample-dev-sales-lambda-lambda_csv_parquet-dlq",
                "KmsMasterKeyId", Match.anyValue())));
        t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/bps-sample/sales/lambda/lambda/lambda_csv_parquet/arn")));
    }

    @Test
    void grantsTheRoleReadOnTheSourcePrefixWriteOnTheDestinationAndTheDataLakeKey() throws Exception {
        Template t = SampleSynth.template("lambda");
        Object statements = Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Sid", "ReadSource", "Action", "s3:GetObject",
                                "Resource", Map.of("Fn::Join", List.of("", List.of("arn:",
                                        Map.of("Ref", "AWS::Partition"), ":s3:::bps-sample-raw/incoming/orders/*"))))),
                        Match.objectLike(Map.of("Sid", "WriteDestination",
                                "Action", List.of("s3:PutObject", "s3:AbortMultipartUpload"))),
                        Match.objectLike(Map.of("Sid", "UseKeys", "Resource", Match.arrayWith(List.of(
                                "arn:aws:kms:us-east-1:000000000000:key/00000000-0000-4000-8000-000000000001"))))));
        t.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", statements)),
                "Roles", List.of(Match.anyValue()))));
    }

    @Test
    void addsTheExtrasTheSandboxAsksForToTheNamedFunction(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        SynthOptions options = SynthOptions.into(dir.resolve("cdk.out")).withLambdaExtras(name -> name.equals(
                "bps-sample-dev-sales-lambda-lambda_csv_parquet")
                ? Map.of("MINISTACK_LAMBDA_PROXY_URL", "http://127.0.0.1:9999/invoke") : Map.of());
        SynthResult r = BlueprintSynthesizer.synthesize(io.blueprintstudio.blueprint.Blueprint.load(
                SampleSynth.sample()), options, SynthProgress.NONE, () -> false);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                r.stacks().get(2).template().toFile(), Map.class);
        Template.fromJSON(json).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "DEST_BUCKET_NAME", "bps-sample-lake",
                        "MINISTACK_LAMBDA_PROXY_URL", "http://127.0.0.1:9999/invoke"))))));
    }
}
