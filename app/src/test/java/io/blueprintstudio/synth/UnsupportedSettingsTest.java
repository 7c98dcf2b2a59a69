package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What MDAA would make and we do not is a located warning; layers given by ARN are attached. */
class UnsupportedSettingsTest {

    @Test
    void warnsAtASettingNoConstructMakesAndAttachesLayersByArn(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of(
                "stepfunctions/project.yaml", s -> s + "dataEngineerRoles:\n  - arn: arn:aws:iam::000000000000:role/eng\n",
                "stepfunctions/lambda.yaml", s -> s.replace("    memorySizeMB: 512\n", "    memorySizeMB: 512\n"
                        + "    layerArns:\n      extras: arn:aws:lambda:us-east-1:000000000000:layer:extras:3\n")));
        SynthResult r = BlueprintSynthesizer.synthesize(Blueprint.load(bp), SynthOptions.into(dir.resolve("out")),
                SynthProgress.NONE, () -> false);
        assertTrue(r.ok(), r.findings().toString());
        List<Diagnostic> unsupported = r.findings().stream().filter(d -> d.code().equals("SYNTH-UNSUPPORTED"))
                .toList();
        assertEquals(1, unsupported.size(), r.findings().toString());
        Diagnostic d = unsupported.get(0);
        assertEquals("stepfunctions/project.yaml", d.file());
        assertTrue(d.line() > 10 && d.message().startsWith("`dataEngineerRoles`"), d.toString());
        String lambda = Files.readString(r.stacks().get(2).template());
        assertTrue(lambda.replaceAll("\\s+", "").contains(
                "\"Layers\":[\"arn:aws:lambda:us-east-1:000000000000:layer:extras:3\"]"), lambda);
    }

    @Test
    void warnsAtSettingsNestedInEntriesAndHonoursVerbatimNames(@TempDir Path dir) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of(
                "stepfunctions/roles.yaml", s -> s.replace("    trustedPrincipal: service:lambda.amazonaws.com\n",
                        "    trustedPrincipal: service:lambda.amazonaws.com\n    verbatimRoleName: true\n"
                                + "    additionalTrustedActions: [sts:TagSession]\n"),
                "stepfunctions/lambda.yaml", s -> s.replace("    memorySizeMB: 512\n", "    memorySizeMB: 512\n"
                        + "    eventBridge:\n      retryAttempts: 1\n")));
        SynthResult r = BlueprintSynthesizer.synthesize(Blueprint.load(bp), SynthOptions.into(dir.resolve("out")),
                SynthProgress.NONE, () -> false);
        assertTrue(r.ok(), r.findings().toString());
        List<String> unsupported = r.findings().stream().filter(d -> d.code().equals("SYNTH-UNSUPPORTED"))
                .map(d -> d.file() + " " + d.pointer()).toList();
        assertEquals(List.of("stepfunctions/roles.yaml /generateRoles/lambda-etl/additionalTrustedActions",
                "stepfunctions/lambda.yaml /functions/0/eventBridge"), unsupported);
        String roles = Files.readString(r.stacks().get(0).template());
        assertTrue(roles.contains("\"RoleName\": \"lambda-etl\""), "verbatimRoleName keeps the name");
    }
}
