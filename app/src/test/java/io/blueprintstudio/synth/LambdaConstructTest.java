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
}
