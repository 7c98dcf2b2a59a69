package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synth}: the stacks in deploy order, exit codes, JSON. */
class SynthCommandTest {
    private static final Path SAMPLE = Path.of("..", "blueprints", "stepfunction_orchestrator");

    @Test
    void sampleSynthesizesCleanAndListsStacksInStageOrderAsJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cdk.out");
        CliRun r = CliRun.of("synth", SAMPLE.toString(), "--env", "dev", "--out", out.toString(), "--key-suffix", ".csv",
                "--format", "json", "--progress", "never");
        assertEquals(0, r.code(), r.err() + r.out());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(0, json.get("errors").asInt());
        assertEquals("bps-sample-dev-sales-roles", json.at("/stacks/0/stackName").asText());
        assertEquals("bps-sample-dev-sales-stepfunction", json.at("/stacks/3/stackName").asText());
        assertEquals("bps-sample-dev-sales-lambda", json.at("/stacks/3/dependsOn/0").asText());
        assertEquals("bps-sample-raw", json.at("/external/sourceBuckets/0/bucket").asText());
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    }

    @Test
    void aMissingBlueprintOrEnvironmentExitsTwoWithoutAStackTrace(@TempDir Path dir) {
        CliRun missing = CliRun.of("synth", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("synth: no such blueprint"), missing.err());
        CliRun env = CliRun.of("synth", SAMPLE.toString(), "--env", "prod", "--out", dir.resolve("o").toString(),
                "--progress", "never");
        assertEquals(2, env.code());
        assertEquals("synth: no environment named prod in mdaa.yaml", env.err().strip());
    }

    @Test
    void refusesToEmptyAFolderThatIsNotACloudAssembly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        CliRun r = CliRun.of("synth", SAMPLE.toString(), "--out", dir.toString(), "--progress", "never");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a cloud assembly"), r.err());
    }

    @Test
    void aBlueprintWithValidationErrorsIsRefusedWithThemAndExitsOne(@TempDir Path dir) throws Exception {
        Path bp = io.blueprintstudio.blueprint.BlueprintCopy.copy(SAMPLE.toAbsolutePath().normalize(),
                dir.resolve("bp"));
        Path lambda = bp.resolve("stepfunctions/lambda.yaml");
        Files.writeString(lambda, Files.readString(lambda).replace("generated-role-arn:lambda-etl",
                "generated-role-arn:lambda-elt"));
        CliRun r = CliRun.of("synth", bp.toString(), "--out", dir.resolve("out").toString(), "--progress", "never");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("stepfunctions/lambda.yaml:") && r.out().contains("[REF-ROLE-MISSING]"), r.out());
        assertTrue(r.out().strip().matches("(?s).*\nnot synthesized: the blueprint has \\d+ validation errors?"),
                r.out());
        assertTrue(!Files.exists(dir.resolve("out").resolve("manifest.json")));
    }

    @Test
    void listsDestinationsTopicsAndKeysAlsoWhenNoBucketStartsAnExecution(@TempDir Path dir) throws Exception {
        Path bp = io.blueprintstudio.blueprint.TestBlueprints.copyOfSampleWithLambdaJar(dir);
        Path sf = bp.resolve("stepfunctions/stepfunction.yaml");
        String without = Files.readString(sf).replaceAll("(?s)    eventBridge:\n.*?(?=    # The rawStepFunctionDef)", "");
        Files.writeString(sf, without);
        CliRun r = CliRun.of("synth", bp.toString(), "--out", dir.resolve("out").toString(), "--progress", "never");
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("Uses but does not create:\n  destination s3://bps-sample-lake/curated/orders\n"
                + "  topic arn:aws:sns:us-east-1:000000000000:bps-sample-orders-status\n"
                + "  key arn:aws:kms:us-east-1:000000000000:key/"), r.out());
        assertTrue(!r.out().contains("  source s3://"), r.out());
    }
}
