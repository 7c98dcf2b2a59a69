package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Deploy screen synthesizes again after a bootstrap, into the same folder, in the same process. */
class RepeatedSynthesisTest {
    @TempDir
    Path dir;

    @Test
    void aSecondSynthesisIntoTheSameFolderStillHoldsTheLambdaJar() throws Exception {
        Blueprint sample = Blueprint.load(SampleSynth.sample());
        SynthOptions options = SynthOptions.into(dir.resolve("cdk.out"));
        assertTrue(BlueprintSynthesizer.synthesize(sample, options, SynthProgress.NONE, () -> false).ok());
        SynthResult again = BlueprintSynthesizer.synthesize(sample, options, SynthProgress.NONE, () -> false);
        assertTrue(again.ok(), again.findings()::toString);
        try (Stream<Path> files = Files.list(again.assemblyDir())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().matches("asset\\..*\\.jar")),
                    "the Lambda jar asset is missing from the second assembly");
        }
    }
}
