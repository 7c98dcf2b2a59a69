package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample blueprint, synthesized once per test JVM (the CDK takes seconds to start). */
final class SampleSynth {
    private static SynthResult result;
    private static Path out;

    private SampleSynth() {
    }

    static Path sample() {
        Path p = Path.of("..", "blueprints", "stepfunction_orchestrator").toAbsolutePath().normalize();
        if (!Files.isRegularFile(p.resolve("mdaa.yaml"))) {
            throw new IllegalStateException("sample blueprint not found at " + p);
        }
        return p;
    }

    static synchronized SynthResult result() throws Exception {
        if (result == null) {
            out = Files.createTempDirectory("bps-synth-sample");
            result = BlueprintSynthesizer.synthesize(Blueprint.load(sample()),
                    SynthOptions.into(out.resolve("cdk.out")).withKeySuffix(".csv"), SynthProgress.NONE, () -> false);
        }
        return result;
    }
}
