package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleSynthTest {

    @Test
    void sampleSynthesizesFourStagedStacksWithoutFindings() throws Exception {
        SynthResult r = SampleSynth.result();
        r.findings().forEach(d -> System.out.println(d));
        assertEquals(List.of("bps-sample-dev-sales-roles", "bps-sample-dev-sales-project",
                "bps-sample-dev-sales-lambda", "bps-sample-dev-sales-stepfunction"),
                r.stacks().stream().map(SynthesizedStack::stackName).toList());
        assertEquals(List.of(), r.findings().stream().map(Diagnostic::toString).toList());
        assertTrue(r.ok());
        for (SynthesizedStack s : r.stacks()) {
            assertTrue(Files.isRegularFile(s.template()), s.template().toString());
        }
        assertTrue(Files.isRegularFile(r.assemblyDir().resolve("manifest.json")));
    }

    @Test
    void synthesizingAgainIntoTheSameFolderStagesTheLambdaJarAgain(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        io.blueprintstudio.blueprint.Blueprint bp = io.blueprintstudio.blueprint.Blueprint.load(SampleSynth.sample());
        SynthOptions options = SynthOptions.into(dir.resolve("cdk.out"));
        for (int i = 0; i < 2; i++) {
            SynthResult r = BlueprintSynthesizer.synthesize(bp, options, SynthProgress.NONE, () -> false);
            try (var files = Files.list(r.assemblyDir())) {
                assertEquals(1, files.filter(p -> p.getFileName().toString().matches("asset\\..*\\.jar")).count(),
                        "synthesis " + (i + 1));
            }
        }
    }
}
