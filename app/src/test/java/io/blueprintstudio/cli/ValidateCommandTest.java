package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code validate}: formats, exit codes, and SARIF that the SARIF 2.1.0 schema accepts. */
class ValidateCommandTest {
    private static final Path SAMPLE = Path.of("..", "blueprints", "stepfunction_orchestrator");

    @Test
    void sampleHasNoErrorsSoExitsZeroWithCompilerStyleLines() {
        CliRun r = CliRun.of("validate", SAMPLE.toString(), "--env", "dev");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stepfunctions/stepfunction.yaml:58:32: warning: Choice \"Passed or Failed?\" "
                + "has no Default"), r.out());
        assertTrue(r.out().contains("\n  hint: "), r.out());
        assertTrue(r.out().strip().matches("(?s).*\n0 errors, \\d+ warnings?, 1 note"), r.out());
    }

    @Test
    void anErrorExitsOneAndJsonListsIt(@TempDir Path dir) throws Exception {
        Path bp = copy(dir);
        Path lambda = bp.resolve("stepfunctions/lambda.yaml");
        Files.writeString(lambda, Files.readString(lambda).replace("retryAttempts: 2", "retryAttempts: 5"));
        CliRun r = CliRun.of("validate", bp.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertEquals(1, json.get("errors").asInt());
        JsonNode error = json.get("diagnostics").valueStream().filter(d -> d.get("severity").asString()
                .equals("ERROR")).findFirst().orElseThrow();
        assertEquals("VALUE-RANGE", error.get("code").asString());
        assertEquals(26, error.get("line").asInt());
    }

    @Test
    void unloadableBlueprintOrUnknownEnvExitsTwoWithoutStackTrace(@TempDir Path dir) {
        CliRun missing = CliRun.of("validate", dir.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("mdaa.yaml"), missing.err());
        assertTrue(!missing.err().contains("Exception") && !missing.err().contains("\tat "), missing.err());
        CliRun env = CliRun.of("validate", SAMPLE.toString(), "--env", "prod");
        assertEquals(2, env.code());
        assertTrue(env.err().startsWith("no environment named prod in ") && env.err().contains("; known: dev"),
                env.err());
    }

    @Test
    void sarifOutputIsValidSarif210WithRulesAndLocations() throws Exception {
        CliRun r = CliRun.of("validate", SAMPLE.toString(), "--format", "sarif");
        assertEquals(0, r.code(), r.err());
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode log = mapper.readTree(r.out());
        JsonNode schemaTree;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schemaTree = mapper.readTree(in);
        }
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaTree)
                .validate(log);
        assertEquals(List.of(), errors);
        JsonNode run = log.get("runs").get(0);
        assertTrue(run.get("tool").get("driver").get("rules").size() > 40, "every code is described");
        JsonNode choice = run.get("results").valueStream()
                .filter(x -> x.get("ruleId").asString().equals("ASL-CHOICE-NO-DEFAULT")).findFirst().orElseThrow();
        assertEquals("warning", choice.get("level").asString());
        JsonNode location = choice.get("locations").get(0).get("physicalLocation");
        assertEquals("stepfunctions/stepfunction.yaml", location.get("artifactLocation").get("uri").asString());
        assertEquals(58, location.get("region").get("startLine").asInt());
        assertEquals(32, location.get("region").get("startColumn").asInt());
        int index = choice.get("ruleIndex").asInt();
        assertEquals("ASL-CHOICE-NO-DEFAULT", run.get("tool").get("driver").get("rules").get(index).get("id")
                .asString());
    }

    @Test
    void graphDrawsTheSampleBlueprintsStateMachine(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("g.svg");
        CliRun r = CliRun.of("graph", SAMPLE.toString(), "--out", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(svg).contains("Passed or Failed?"));
        CliRun wrong = CliRun.of("graph", SAMPLE.toString(), "--machine", "nope", "--out", svg.toString());
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("no state machine named nope; known: sample-state-machine-1"), wrong.err());
    }

    private static Path copy(Path dir) throws Exception {
        Path source = SAMPLE.toAbsolutePath().normalize();
        try (var files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = dir.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return dir;
    }
}
