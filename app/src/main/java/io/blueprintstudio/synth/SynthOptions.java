package io.blueprintstudio.synth;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to synthesize and where.
 *
 * @param env              the environment ({@code dev}); null for the blueprint's first environment
 * @param outputDir        the cloud assembly folder ({@code cdk.out}); emptied first
 * @param keySuffix        only objects whose key ends with this (such as {@code .csv}) start executions; null or
 *                         empty for every object under the prefix, as MDAA does
 * @param lambdaExtras     extra environment variables per deployed function name
 */
public record SynthOptions(String env, Path outputDir, String keySuffix, LambdaEnvironmentExtras lambdaExtras) {

    public SynthOptions {
        Objects.requireNonNull(outputDir, "outputDir");
        keySuffix = keySuffix == null || keySuffix.isEmpty() ? null : keySuffix;
        lambdaExtras = lambdaExtras == null ? LambdaEnvironmentExtras.NONE : lambdaExtras;
    }

    /** The first environment, every object under the prefix, no extra Lambda variables. */
    public static SynthOptions into(Path outputDir) {
        return new SynthOptions(null, outputDir, null, LambdaEnvironmentExtras.NONE);
    }

    public SynthOptions withEnv(String newEnv) {
        return new SynthOptions(newEnv, outputDir, keySuffix, lambdaExtras);
    }

    public SynthOptions withKeySuffix(String suffix) {
        return new SynthOptions(env, outputDir, suffix, lambdaExtras);
    }

    public SynthOptions withLambdaExtras(LambdaEnvironmentExtras extras) {
        return new SynthOptions(env, outputDir, keySuffix, extras);
    }
}
