package io.blueprintstudio.synth;

import java.util.Map;

/**
 * Extra environment variables for a Lambda, by its deployed function name. The local sandbox adds
 * {@code MINISTACK_LAMBDA_PROXY_URL} so the emulator forwards invocations to a handler running in our JVM.
 */
@FunctionalInterface
public interface LambdaEnvironmentExtras {

    /** No extras: the function gets exactly what its config says. */
    LambdaEnvironmentExtras NONE = functionName -> Map.of();

    /** The variables to add to the function deployed as {@code deployedFunctionName}; never null. */
    Map<String, String> extraFor(String deployedFunctionName);
}
