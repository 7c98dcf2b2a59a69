package io.blueprintstudio.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {

    @TempDir
    Path dir;

    private static Resolver sampleResolver(String module) throws BlueprintLoadException {
        Blueprint bp = Blueprint.load(TestBlueprints.sample());
        return Resolver.forModule(bp, bp.module("sales", "dev", module).orElseThrow(), Resolver.Target.UNKNOWN,
                Map.of("HOME_BUCKET", "from-env"));
    }

    @Test
    void contextOrgDomainAndNestedSsmReferenceResolveForTheSampleStateMachine() throws Exception {
        Resolver r = sampleResolver("stepfunction");
        assertEquals("{{resolve:ssm:/bps-sample/sales/roles/role/stepfunction/arn}}",
                r.resolveString("{{resolve:ssm:/{{org}}/{{domain}}/roles/role/stepfunction/arn}}").string());
        assertEquals("incoming/orders", r.resolveString("{{context:datalake_src_prefix}}").string());
        assertEquals(List.of("/bps-sample/sales/lambda/lambda/lambda_csv_parquet/arn"), Resolver.ssmParameters(
                r.resolveString("{{resolve:ssm:/{{org}}/{{domain}}/lambda/lambda/lambda_csv_parquet/arn}}").string()));
    }

    @Test
    void wholeModuleDocumentResolvesWithoutProblems() throws Exception {
        Blueprint bp = Blueprint.load(TestBlueprints.sample());
        for (BlueprintModule m : bp.modules()) {
            Resolution res = Resolver.forModule(bp, m, Resolver.Target.LOCAL, Map.of()).resolve(m.document());
            assertEquals(List.of(), res.problems(), m.toString());
        }
        BlueprintModule lambda = bp.module("sales", "dev", "lambda").orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> fn = ((List<Map<String, Object>>) ((Map<String, Object>) Resolver
                .forModule(bp, lambda, Resolver.Target.LOCAL, Map.of()).resolve(lambda.document()).value())
                .get("functions")).get(0);
        assertEquals("{{resolve:ssm:/bps-sample/sales/generated-role/lambda-etl/arn}}", fn.get("roleArn"));
        assertEquals(Map.of("DEST_BUCKET_NAME", "bps-sample-lake", "DEST_PREFIX", "curated/orders",
                "SOURCE_PREFIX", "incoming/orders"), fn.get("environment"));
    }

    @Test
    void lowerLevelsOfContextWinAndAMissingKeyIsReportedNotThrown() throws Exception {
        TestBlueprints.write(dir, "mdaa.yaml", TestBlueprints.mdaaWith("@aws-mdaa/roles", "./roles.yaml"));
        TestBlueprints.write(dir, "roles.yaml", "a: x\n");
        Blueprint bp = Blueprint.load(dir);
        Resolver r = Resolver.forModule(bp, bp.modules().get(0), Resolver.Target.LOCAL, Map.of());
        assertEquals("from-env", r.resolveString("{{context:overridden}}").string());
        assertEquals("global-value", r.resolveString("{{context:shared}}").string());

        Resolution missing = r.resolve(Map.of("k", List.of("pre-{{context:nope}}-post")));
        assertEquals(Map.of("k", List.of("pre-{{context:nope}}-post")), missing.value());
        assertEquals(1, missing.problems().size());
        ResolutionProblem p = missing.problems().get(0);
        assertEquals("/k/0", p.pointer());
        assertEquals("{{context:nope}}", p.template());
        assertTrue(p.message().contains("'nope'"), p.message());
    }

    @Test
    void pseudoParametersWhenRegionAndAccountAreUnknown() throws Exception {
        TestBlueprints.write(dir, "mdaa.yaml", TestBlueprints.mdaaWith("@aws-mdaa/roles", "./roles.yaml"));
        TestBlueprints.write(dir, "roles.yaml", "a: x\n");
        Blueprint bp = Blueprint.load(dir);
        Resolver r = Resolver.forModule(bp, bp.modules().get(0), Resolver.Target.UNKNOWN, Map.of());
        assertEquals("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/x",
                r.resolveString("arn:{{partition}}:events:{{region}}:{{account}}:event-bus/x").string());
        Resolver local = Resolver.forModule(bp, bp.modules().get(0), Resolver.Target.LOCAL, Map.of());
        assertEquals("arn:aws:events:us-east-1:000000000000:event-bus/x",
                local.resolveString("arn:{{partition}}:events:{{region}}:{{account}}:event-bus/x").string());
    }

    @Test
    void referencesBecomeTheSsmPathsMdaaUses() {
        Resolver r = new Resolver(new Resolver.Scope("o", "d", "dev", "m", "us-east-1", "1", "aws",
                Map.of("list", List.of("a", "b")), Map.of("NAME", "value")), "proj");
        assertEquals("{{resolve:ssm:/o/d/generated-role/etl/id}}", r.resolveString("generated-role-id:etl").string());
        assertEquals("{{resolve:ssm:/o/d/generated-role/etl/arn}}",
                r.resolveString("generated-role-arn:etl").string());
        assertEquals("{{resolve:ssm:/o/d/proj/kmsArn/default}}", r.resolveString("project:kmsArn/default").string());
        assertEquals("{{resolve:ssm:/some/param}}", r.resolveString("ssm:/some/param").string());
        assertEquals("{{resolve:ssm:/o/x}}", r.resolveString("ssm-org:x").string());
        assertEquals("{{resolve:ssm:/o/d/dev/x}}", r.resolveString("ssm-env:x").string());
        assertEquals("m-dev-value", r.resolveString("{{module_name}}-{{env}}-{{env_var:NAME}}").string());
        assertEquals(List.of("a", "b"), r.resolveString("{{context:list}}").value());
        assertEquals("{{resolve:secretsmanager:s:SecretString:o}}",
                r.resolveString("{{resolve:secretsmanager:s:SecretString:{{org}}}}").string());
        assertEquals("{{ref:a/b:Arn}} and {{unknown}}", r.resolveString("{{ref:a/b:Arn}} and {{unknown}}").string());
        Resolution noVar = r.resolveString("{{env_var:MISSING}}");
        assertEquals("{{env_var:MISSING}}", noVar.string());
        assertEquals(1, noVar.problems().size());
    }
}
