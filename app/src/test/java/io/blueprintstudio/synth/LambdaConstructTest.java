package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void grantsTheRoleReadOfWhatStartsAnExecutionWriteOnTheDestinationAndTheKeys() throws Exception {
        Template t = SampleSynth.template("lambda");
        Object statements = List.of(
                Match.objectLike(Map.of("Sid", "ReadSource", "Action", "s3:GetObject",
                        "Resource", arn(":s3:::bps-sample-raw/incoming/orders*.csv"))),
                Match.objectLike(Map.of("Sid", "ListSource", "Action", "s3:ListBucket",
                        "Resource", arn(":s3:::bps-sample-raw"),
                        "Condition", Map.of("StringLikeIfExists", Map.of("s3:prefix", List.of("incoming/orders*"))))),
                Match.objectLike(Map.of("Sid", "WriteDestination",
                        "Action", List.of("s3:PutObject", "s3:AbortMultipartUpload"),
                        "Resource", arn(":s3:::bps-sample-lake/curated/orders/*"))),
                Match.objectLike(Map.of("Sid", "UseDataLakeKey",
                        "Action", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                        "Resource", "arn:aws:kms:us-east-1:000000000000:key/00000000-0000-4000-8000-000000000001",
                        "Condition", Map.of("StringEquals", Map.of("kms:ViaService", "s3.us-east-1.amazonaws.com")))),
                Match.objectLike(Map.of("Sid", "UseProjectKey",
                        "Resource", Map.of("Ref", Match.stringLikeRegexp("SSM.*ProjectKmsArnDefault.*")))),
                Match.objectLike(Map.of("Sid", "DeadLetters", "Action", "sqs:SendMessage")));
        t.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", statements)),
                "Roles", List.of(Match.anyValue()))));
    }

    @Test
    void readsEveryPrefixThatStartsAnExecutionAndListsEachSourceBucketThere(@TempDir Path dir) throws Exception {
        SynthResult r = SampleSynth.synth(dir, Map.of("stepfunctions/stepfunction.yaml", s -> s.replace(
                "            - \"{{context:datalake_src_prefix}}\"\n",
                "            - \"{{context:datalake_src_prefix}}\"\n            - /incoming/returns\n"
                        + "        returns-bucket:\n          buckets: [bps-sample-returns]\n          prefixes: [in/]\n")));
        assertTrue(r.ok(), r.findings().toString());
        Template t = SampleSynth.template(r, "lambda");
        Object reads = Match.objectLike(Map.of("Sid", "ReadSource", "Resource", List.of(
                arn(":s3:::bps-sample-raw/incoming/orders*.csv"),
                arn(":s3:::bps-sample-raw/incoming/returns*.csv"),
                arn(":s3:::bps-sample-returns/in/*.csv"))));
        Object listRaw = Match.objectLike(Map.of("Sid", "ListSource1", "Resource", arn(":s3:::bps-sample-raw"),
                "Condition", Map.of("StringLikeIfExists", Map.of("s3:prefix",
                        List.of("incoming/orders*", "incoming/returns*")))));
        Object listReturns = Match.objectLike(Map.of("Sid", "ListSource2", "Resource",
                arn(":s3:::bps-sample-returns"), "Condition", Map.of("StringLikeIfExists", Map.of("s3:prefix",
                        List.of("in/*")))));
        t.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(reads, listRaw, listReturns)))))));
        SampleSynth.template(r, "stepfunction").hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "EventPattern", Match.objectLike(Map.of("detail", Map.of(
                        "bucket", Map.of("name", List.of("bps-sample-raw")),
                        "object", Map.of("key", List.of(Map.of("wildcard", "incoming/orders*.csv"),
                                Map.of("wildcard", "incoming/returns*.csv")))))))));
        assertEquals(List.of("bps-sample-raw", "bps-sample-returns"), r.external().sourceBucketNames());
    }

    @Test
    void warnsWhereThePolicyCannotGrantWhatTheHandlerNeeds(@TempDir Path dir) throws Exception {
        SynthResult r = SampleSynth.synth(dir, Map.of(
                "stepfunctions/project.yaml", s -> s.replace("s3OutputKmsKeyArn: \"{{context:datalake_kms_arn}}\"\n",
                        ""),
                "stepfunctions/lambda.yaml", s -> s.replace("      DEST_PREFIX: \"{{context:datalake_dest_prefix}}\"\n",
                        "") + uncalledFunction(s)));
        assertTrue(r.ok(), r.findings().toString());
        Map<String, Diagnostic> byCode = new java.util.HashMap<>();
        r.findings().forEach(d -> byCode.put(d.code(), d));
        Diagnostic noKey = byCode.get("SYNTH-LAMBDA-NO-DATA-KEY");
        assertEquals("stepfunctions/lambda.yaml", noKey.file(), r.findings().toString());
        assertEquals(9, noKey.line(), "the function's entry: " + noKey);
        assertTrue(noKey.message().contains("s3OutputKmsKeyArn"), noKey.message());
        Diagnostic dest = byCode.get("SYNTH-LAMBDA-DESTINATION");
        assertEquals("/functions/0/environment", dest.pointer(), dest.toString());
        assertTrue(dest.message().contains("lacks DEST_PREFIX") && dest.message().contains("sample-state-machine-1"),
                dest.message());
        Diagnostic uncalled = byCode.get("SYNTH-LAMBDA-UNCALLED");
        assertEquals("/functions/1", uncalled.pointer(), uncalled.toString());
        assertTrue(uncalled.message().contains("`other_fn`"), uncalled.message());
        assertEquals(Severity.WARNING, uncalled.severity());
        String policy = Files.readString(r.stacks().get(2).template());
        assertFalse(policy.contains("WriteDestination"), "no write without DEST_PREFIX");
        assertFalse(policy.contains("UseDataLakeKey"), "no data lake key known");
    }

    @Test
    void findsAFunctionCalledByItsDeployedArnAndGrantsItTheSource(@TempDir Path dir) throws Exception {
        SynthResult r = SampleSynth.synth(dir, Map.of("stepfunctions/stepfunction.yaml", s -> s.replace(
                "\"{{resolve:ssm:/{{org}}/{{domain}}/lambda/lambda/lambda_csv_parquet/arn}}\"",
                "\"arn:aws:lambda:us-east-1:000000000000:function:bps-sample-dev-sales-lambda-lambda_csv_parquet\"")));
        assertTrue(r.ok(), r.findings().toString());
        assertTrue(r.findings().stream().noneMatch(d -> d.code().startsWith("SYNTH-LAMBDA")), r.findings().toString());
        assertTrue(Files.readString(r.stacks().get(2).template()).contains("\"ReadSource\""));
    }

    /** A second function like the first, which no state machine calls. */
    private static String uncalledFunction(String lambdaYaml) {
        String srcDir = lambdaYaml.lines().filter(l -> l.trim().startsWith("srcDir:")).findFirst().orElseThrow();
        return "  - functionName: other_fn\n" + srcDir + "\n    handler: io.blueprintstudio.lambda.CsvToParquetHandler\n"
                + "    runtime: java21\n    roleArn: generated-role-arn:lambda-etl\n";
    }

    private static Map<String, Object> arn(String rest) {
        return Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"), rest)));
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
