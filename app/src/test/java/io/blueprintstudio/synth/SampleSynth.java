package io.blueprintstudio.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.TestBlueprints;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awscdk.assertions.Template;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample blueprint, synthesized once per test JVM (the CDK takes seconds to start). */
final class SampleSynth {
    private static SynthResult result;
    private static Path out;

    private SampleSynth() {
    }

    static Path sample() {
        return TestBlueprints.sample();
    }

    /** The synthesized template of the sample's stack for {@code module}, for CDK assertions. */
    static Template template(String module) throws Exception {
        return template(result(), module);
    }

    /** The template of {@code module}'s stack in {@code result}. */
    static Template template(SynthResult result, String module) throws Exception {
        SynthesizedStack stack = result.stacks().stream().filter(s -> s.moduleName().equals(module)).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new ObjectMapper().readValue(stack.template().toFile(), Map.class);
        return Template.fromJSON(json);
    }

    /** A copy of the sample in {@code dir} (with the Lambda jar's path made absolute), edited by {@code edits}. */
    static Path copy(Path dir, Map<String, UnaryOperator<String>> edits) throws Exception {
        Path copy = TestBlueprints.copyOfSampleWithLambdaJar(dir);
        for (Map.Entry<String, UnaryOperator<String>> e : edits.entrySet()) {
            Path f = copy.resolve(e.getKey());
            String before = Files.readString(f);
            String after = e.getValue().apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("edit changed nothing in " + e.getKey());
            }
            Files.writeString(f, after);
        }
        return copy;
    }

    /** A copy of the sample edited by {@code edits}, synthesized with {@code --key-suffix .csv} into {@code dir}. */
    static SynthResult synth(Path dir, Map<String, UnaryOperator<String>> edits) throws Exception {
        Path copy = copy(dir, edits);
        return BlueprintSynthesizer.synthesize(Blueprint.load(copy),
                SynthOptions.into(dir.resolve("cdk.out")).withKeySuffix(".csv"), SynthProgress.NONE, () -> false);
    }

    /** Adds {@code lines} (YAML, indented as under {@code context:}) to the dev environment's context. */
    static UnaryOperator<String> context(String lines) {
        return s -> s.replace("        context:\n", "        context:\n" + lines);
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
