package io.blueprintstudio.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.nodes.MappingNode;

class BlueprintLoadTest {

    @TempDir
    Path dir;

    @Test
    void sampleLoadsWithItsTypedViewsAndNoProblems() throws Exception {
        Blueprint bp = Blueprint.load(TestBlueprints.sample());
        assertEquals(List.of(), bp.problems());
        MdaaConfig mdaa = bp.mdaa();
        assertEquals("bps-sample", mdaa.organization());
        assertEquals("us-east-1", mdaa.region());
        MdaaConfig.Environment dev = mdaa.domains().get("sales").environments().get("dev");
        assertEquals("000000000000", dev.account());
        assertEquals("incoming/orders", dev.context().get("datalake_src_prefix"));
        assertEquals(List.of("roles", "project", "lambda", "stepfunction"), List.copyOf(dev.modules().keySet()));
        assertEquals(ModuleKind.DATAOPS_LAMBDA, dev.modules().get("lambda").kind());
        assertEquals(Map.of("project", "blueprint-studio-sample", "owner", "data-engineering", "cost-center",
                "1234", "environment", "dev"), bp.tags(bp.modules().get(0)));

        RolesConfig roles = bp.module("sales", "dev", "roles").orElseThrow().roles().orElseThrow();
        assertEquals("service:states.amazonaws.com", roles.generateRoles().get("stepfunction").trustedPrincipal());
        assertEquals("AwsSolutions-IAM4", roles.generateRoles().get("lambda-etl").suppressions().get(0).id());

        ProjectConfig project = bp.module("sales", "dev", "project").orElseThrow().project().orElseThrow();
        assertEquals("{{context:data_admin_role_arn}}", project.dataAdminRoles().get(0).arn());
        assertEquals("generated-role-id:lambda-etl", project.projectExecutionRoles().get(1).id());

        LambdaConfig.Function fn = bp.module("sales", "dev", "lambda").orElseThrow().lambda().orElseThrow()
                .functions().get(0);
        assertEquals("lambda_csv_parquet", fn.functionName());
        assertEquals("java21", fn.runtime());
        assertEquals("io.blueprintstudio.lambda.CsvToParquetHandler", fn.handler());
        assertEquals(512, fn.memorySizeMB());
        assertEquals("{{context:datalake_src_prefix}}", fn.environment().get("SOURCE_PREFIX"));
        Path jar = TestBlueprints.sample().resolve("../../converter-lambda/target/"
                + "converter-lambda-0.1.0-SNAPSHOT-lambda.jar").normalize();
        assertEquals(jar.toString(), fn.srcDir(), "../ is resolved against the file that holds it");

        StepFunctionConfig.Definition def = bp.module("sales", "dev", "stepfunction").orElseThrow().stepFunction()
                .orElseThrow().definitions().get(0);
        assertEquals("sample-state-machine-1", def.stateMachineName());
        assertEquals("STANDARD", def.stateMachineType());
        assertEquals(0, def.logGroupRetentionDays());
        assertEquals(Boolean.FALSE, def.logExecutionData());
        assertEquals("NIST.800.53.R5-CloudWatchLogGroupRetentionPeriod", def.suppressions().get(0).id());
    }

    @Test
    void rawStepFunctionDefKeepsItsNodeFileAndPositions() throws Exception {
        Blueprint bp = Blueprint.load(TestBlueprints.sample());
        StepFunctionConfig.Definition def = bp.modules(ModuleKind.DATAOPS_STEPFUNCTION).get(0).stepFunction()
                .orElseThrow().definitions().get(0);
        SourceNode asl = def.rawStepFunctionDef().orElseThrow();
        assertEquals("stepfunctions/stepfunction.yaml", asl.file().relativePath());
        assertInstanceOf(MappingNode.class, asl.node());
        assertEquals(48, asl.line());
        assertEquals(7, asl.column());
        assertTrue(asl.text().startsWith("{") && asl.text().endsWith("}"), asl.text());
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) def.rawStepFunctionDefValue();
        assertEquals("Lambda CSV to Parquet", value.get("StartAt"));
        SourceNode next = bp.modules(ModuleKind.DATAOPS_STEPFUNCTION).get(0)
                .source(def.rawStepFunctionDefPointer() + "/States/Passed or Failed?/Choices/1/Next").orElseThrow();
        assertEquals(69, next.line());
    }

    @Test
    void yesAndNoStayStrings() throws Exception {
        TestBlueprints.write(dir, "mdaa.yaml", TestBlueprints.mdaaWith("@aws-mdaa/roles", "./roles.yaml"));
        TestBlueprints.write(dir, "roles.yaml", "a: yes\nb: no\nc: on\nd: true\ne: 010\nf: ~\n");
        Map<String, Object> doc = Blueprint.load(dir).modules().get(0).document();
        assertEquals("yes", doc.get("a"));
        assertEquals("no", doc.get("b"));
        assertEquals("on", doc.get("c"));
        assertEquals(Boolean.TRUE, doc.get("d"));
        assertEquals(10, ((Number) doc.get("e")).intValue());
        assertTrue(doc.containsKey("f") && doc.get("f") == null);
    }

    @Test
    void includeInlinesTheFileAndSeveralFilesDeepMerge() throws Exception {
        TestBlueprints.write(dir, "mdaa.yaml",
                TestBlueprints.mdaaWith("@aws-mdaa/dataops-stepfunction", "./sf/base.yaml", "./sf/more.yaml"));
        TestBlueprints.write(dir, "sf/base.yaml", """
                projectName: p1
                settings: {keep: 1, replace: old}
                stepfunctionDefinitions:
                  - stateMachineName: first
                    rawStepFunctionDef: !include ./asl/first.json
                """);
        TestBlueprints.write(dir, "sf/asl/first.json", """
                {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
                """);
        TestBlueprints.write(dir, "sf/more.yaml", """
                settings: {replace: new, added: true}
                stepfunctionDefinitions:
                  - stateMachineName: second
                """);
        Blueprint bp = Blueprint.load(dir);
        assertEquals(List.of(), bp.problems());
        BlueprintModule m = bp.modules().get(0);
        assertEquals(Map.of("keep", 1, "replace", "new", "added", true), m.document().get("settings"));
        StepFunctionConfig sf = m.stepFunction().orElseThrow();
        assertEquals(List.of("first", "second"),
                sf.definitions().stream().map(StepFunctionConfig.Definition::stateMachineName).toList());
        SourceNode asl = sf.definitions().get(0).rawStepFunctionDef().orElseThrow();
        assertEquals("sf/asl/first.json", asl.file().relativePath());
        assertEquals("sf/more.yaml", m.source("/stepfunctionDefinitions/1/stateMachineName").orElseThrow()
                .file().relativePath());
        assertEquals(List.of("sf/base.yaml", "sf/asl/first.json", "sf/more.yaml"),
                m.files().stream().map(BlueprintFile::relativePath).toList());
    }

    @Test
    void syntaxErrorInAModuleFileIsReportedWithFileLineAndColumn() throws Exception {
        TestBlueprints.write(dir, "mdaa.yaml", TestBlueprints.mdaaWith("@aws-mdaa/roles", "./roles.yaml"));
        TestBlueprints.write(dir, "roles.yaml", "generateRoles:\n  r1:\n    trustedPrincipal: [unclosed\n");
        Blueprint bp = Blueprint.load(dir);
        assertEquals(1, bp.problems().size(), bp.problems().toString());
        Diagnostic d = bp.problems().get(0);
        assertEquals("roles.yaml", d.file());
        assertEquals("YAML-SYNTAX", d.code());
        assertTrue(d.line() >= 3 && d.column() > 0, d.toString());
        assertTrue(d.toString().startsWith("roles.yaml:" + d.line() + ":" + d.column() + ": error: YAML syntax"),
                d.toString());
        assertFalse(d.message().contains("Exception"), d.message());
    }

    @Test
    void syntaxErrorInMdaaYamlThrowsALocatedLoadException() {
        TestBlueprints.write(dir, "mdaa.yaml", "organization: x\ndomains:\n  d1:\n    environments: {}\n  oops: [a, b\n");
        BlueprintLoadException e = assertThrows(BlueprintLoadException.class, () -> Blueprint.load(dir));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("mdaa.yaml", d.file());
        assertEquals(6, d.line());
        assertEquals(1, d.column());
        assertTrue(e.getMessage().startsWith("mdaa.yaml:6:1: error: YAML syntax error"), e.getMessage());
    }

    @Test
    void missingModuleFileIsAProblemAtItsReference() throws Exception {
        TestBlueprints.write(dir, "mdaa.yaml", TestBlueprints.mdaaWith("@aws-mdaa/roles", "./nowhere.yaml"));
        Blueprint bp = Blueprint.load(dir);
        Diagnostic d = bp.problems().get(0);
        assertEquals("FILE-MISSING", d.code());
        assertEquals("mdaa.yaml", d.file());
        assertEquals(17, d.line());
    }

    @Test
    void missingMdaaYamlThrows() {
        BlueprintLoadException e = assertThrows(BlueprintLoadException.class, () -> Blueprint.load(dir));
        assertTrue(e.getMessage().contains("mdaa.yaml does not exist"), e.getMessage());
    }
}
