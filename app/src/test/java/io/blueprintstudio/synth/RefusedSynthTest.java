package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blueprints synthesis must refuse or fail, each with a located diagnostic rather than a CDK stack trace. */
class RefusedSynthTest {

    private static SynthResult synth(Path blueprint, Path dir) throws Exception {
        return BlueprintSynthesizer.synthesize(Blueprint.load(blueprint), SynthOptions.into(dir.resolve("cdk.out")),
                SynthProgress.NONE, () -> false);
    }

    @Test
    void refusesAnUndefinedRoleReferenceWithTheValidatorsDiagnostic(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/lambda.yaml",
                s -> s.replace("generated-role-arn:lambda-etl", "generated-role-arn:lambda-elt")));
        SynthResult r = synth(bp, dir);
        assertFalse(r.ok());
        assertNull(r.assemblyDir(), "nothing synthesized");
        Diagnostic d = r.findings().get(0);
        assertEquals("REF-ROLE-MISSING", d.code());
        assertEquals("stepfunctions/lambda.yaml", d.file());
        assertTrue(d.line() > 0);
        assertTrue(r.findings().stream().allMatch(x -> x.severity() == Severity.ERROR));
    }

    @Test
    void failsOnAnUnsuppressedNagFindingAtTheRoleThatCausedIt(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/roles.yaml", s -> s.replace(
                "    suppressions:\n      - id: \"AwsSolutions-IAM4\"\n        reason: \"AWSLambdaBasicExecutionRole "
                        + "approved for usage\"\n", "")));
        SynthResult r = synth(bp, dir);
        assertFalse(r.ok());
        List<Diagnostic> errors = r.findings().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals("AwsSolutions-IAM4", d.code());
        assertEquals("stepfunctions/roles.yaml", d.file());
        assertEquals(12, d.line(), "the lambda-etl entry");
        assertEquals("/generateRoles/lambda-etl", d.pointer());
        assertTrue(d.message().contains("AWSLambdaBasicExecutionRole"), d.message());
        assertTrue(d.hint().contains("suppression {id: AwsSolutions-IAM4"), d.hint());
    }

    @Test
    void namesTheMissingLambdaJarInsteadOfFailingInTheCdk(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/lambda.yaml",
                s -> s.replaceAll("srcDir: .*", "srcDir: ./missing-lambda.jar")));
        SynthResult r = synth(bp, dir);
        assertFalse(r.ok());
        Diagnostic d = r.findings().get(0);
        assertTrue(d.message().contains("missing-lambda.jar"), d.toString());
        assertEquals("stepfunctions/lambda.yaml", d.file());
    }

    @Test
    void refusesAStateMachineCallingALambdaNoModulePublishes(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/stepfunction.yaml",
                s -> s.replace("/lambda/lambda/lambda_csv_parquet/arn", "/lambda/lambda/other_fn/arn")));
        SynthResult r = synth(bp, dir);
        assertNull(r.assemblyDir(), "nothing synthesized");
        Diagnostic d = r.findings().stream().filter(x -> x.code().equals("REF-SSM-MISSING")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("stepfunctions/stepfunction.yaml:53", d.file() + ":" + d.line());
        assertTrue(d.message().contains("/bps-sample/sales/lambda/lambda/other_fn/arn"), d.message());
        assertTrue(d.hint().contains("lambda_csv_parquet"), d.hint());
    }

    @Test
    void refusesAParameterMdaaWouldPublishButTheProjectStackDoesNot(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/stepfunction.yaml", s -> s.replace(
                "                \"Status.$\": \"$.status\"\n",
                "                \"Status.$\": \"$.status\",\n                \"Bucket\": "
                        + "\"{{resolve:ssm:/{{org}}/{{domain}}/project/projectBucket/default}}\"\n")));
        SynthResult r = synth(bp, dir);
        assertFalse(r.ok());
        List<Diagnostic> errors = r.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals("SYNTH-SSM-UNPUBLISHED", d.code());
        assertEquals("stepfunctions/stepfunction.yaml:81", d.file() + ":" + d.line(), d.toString());
        assertTrue(d.message().contains("/bps-sample/sales/project/projectBucket/default"), d.message());
        assertTrue(d.hint().contains("/bps-sample/sales/project/kmsArn/default"), d.hint());
    }

    @Test
    void refusesAnS3RuleWithoutBucketsWhereItIsWritten(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/stepfunction.yaml", s -> s.replace(
                "          buckets:\n            - \"{{context:datalake_src_bucket_name}}\"\n", "          buckets: []\n")));
        SynthResult r = synth(bp, dir);
        assertFalse(r.ok());
        Diagnostic d = r.findings().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("SYNTH-NO-BUCKETS", d.code());
        assertEquals("stepfunctions/stepfunction.yaml", d.file());
        assertEquals("/stepfunctionDefinitions/0/eventBridge/s3EventBridgeRules/testing-event-bridge-s3/buckets",
                d.pointer());
        assertTrue(d.line() > 30, d.toString());
    }

    @Test
    void aModuleTheCdkCannotBuildIsALocatedErrorNotAStackTrace(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/lambda.yaml", s -> s + "  - functionName: "
                + "lambda_csv_parquet\n" + s.lines().filter(l -> l.trim().startsWith("srcDir:")).findFirst()
                        .orElseThrow() + "\n    handler: x.Y\n    runtime: java21\n    roleArn: generated-role-arn:lambda-etl\n"));
        SynthResult r = synth(bp, dir);
        assertFalse(r.ok());
        assertNull(r.assemblyDir(), "a half-built stack is not written");
        Diagnostic d = r.findings().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("SYNTH-FAILED", d.code(), d.toString());
        assertEquals("stepfunctions/lambda.yaml", d.file(), d.toString());
        assertTrue(d.line() > 0, d.toString());
        assertTrue(d.message().contains("lambda_csv_parquet"), d.message());
        assertFalse(d.message().contains("\tat "), "no stack trace: " + d.message());
        try (var files = java.nio.file.Files.list(dir.resolve("cdk.out"))) {
            assertEquals(0, files.count(), "the folder is left empty");
        }
    }

    @Test
    void stopsWhenCancelled(@TempDir Path dir) throws Exception {
        Blueprint bp = Blueprint.load(SampleSynth.sample());
        org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class, () -> BlueprintSynthesizer
                .synthesize(bp, SynthOptions.into(dir.resolve("cdk.out")), SynthProgress.NONE, () -> true));
    }

    @Test
    void aSynthesisCancelledHalfWayLeavesAnEmptyFolderTheNextOneFills(@TempDir Path dir) throws Exception {
        Blueprint bp = Blueprint.load(SampleSynth.sample());
        SynthOptions options = SynthOptions.into(dir.resolve("cdk.out"));
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class, () -> BlueprintSynthesizer
                .synthesize(bp, options, SynthProgress.NONE, () -> checks.incrementAndGet() > 4));
        try (var files = java.nio.file.Files.list(dir.resolve("cdk.out"))) {
            assertEquals(0, files.count(), "the Lambda jar staged before the cancel is gone");
        }
        assertTrue(BlueprintSynthesizer.synthesize(bp, options, SynthProgress.NONE, () -> false).ok());
    }

    @Test
    void refusesToEmptyAFolderThatIsNotACloudAssembly(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "mine");
        Blueprint bp = Blueprint.load(SampleSynth.sample());
        SynthException e = org.junit.jupiter.api.Assertions.assertThrows(SynthException.class, () ->
                BlueprintSynthesizer.synthesize(bp, SynthOptions.into(dir), SynthProgress.NONE, () -> false));
        assertTrue(e.getMessage().contains("not a cloud assembly"), e.getMessage());
        assertTrue(java.nio.file.Files.exists(dir.resolve("notes.txt")));
    }

    @Test
    void findsNodeOnThePathOrSaysItIsMissing() {
        assertTrue(NodeRuntime.find(null, "/nonexistent-dir").isEmpty());
        assertTrue(NodeRuntime.find("/nonexistent/node", System.getenv("PATH")).isEmpty());
    }

    @Test
    void namesANodeVersionTheCdkNoLongerSupportsInOneLine() {
        assertEquals("Node.js v20.20.2, past its end of life for the AWS CDK: synthesis works, but install Node.js 22 "
                + "or later", NodeRuntime.describe("v20.20.2"));
        assertEquals("Node.js v22.1.0", NodeRuntime.describe("v22.1.0"));
        assertEquals("Node.js v24.0.0", NodeRuntime.describe("v24.0.0"));
        assertEquals("Node.js weird", NodeRuntime.describe("weird"));
        assertEquals("Node.js", NodeRuntime.describe(""));
    }
}
