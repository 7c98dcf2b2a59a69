package io.blueprintstudio.sandbox;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.synth.BlueprintSynthesizer;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthProgress;
import io.blueprintstudio.synth.SynthResult;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A blueprint made ready to deploy into a running sandbox: synthesized with every function's Lambda proxy URL, its
 * external resources (buckets, topics) created in the emulator, and its templates fitted to what the emulator can
 * create. What is left to do is the ordinary deploy of {@code synth().assemblyDir()} to {@code sandbox.target()}.
 *
 * @param synth        the synthesis (check {@link SynthResult#ok()}: when not ok nothing was provisioned)
 * @param resultQueues one SQS queue per SNS topic, to read the state machine's reports from
 * @param leftOut      one line per resource the emulator cannot create, left out of the templates
 */
public record SandboxDeployment(SynthResult synth, List<ResultQueue> resultQueues, List<String> leftOut) {
    public SandboxDeployment {
        resultQueues = List.copyOf(resultQueues);
        leftOut = List.copyOf(leftOut);
    }

    /** Synthesizes into {@code options.outputDir()}, provisions and adapts; a refused synthesis stops there. */
    public static SandboxDeployment prepare(Blueprint blueprint, SynthOptions options, LocalSandbox sandbox,
            SynthProgress progress, BooleanSupplier cancelled) throws SynthException, SandboxException {
        SynthResult synth = BlueprintSynthesizer.synthesize(blueprint,
                options.withLambdaExtras(sandbox.lambdaProxy().environmentExtras()), progress, cancelled);
        if (!synth.ok()) {
            return new SandboxDeployment(synth, List.of(), List.of());
        }
        progress.step("Creating the blueprint's buckets and topics in the sandbox", 0.95);
        List<ResultQueue> queues = new SandboxProvisioner(sandbox.target()).provision(
                SandboxResources.of(synth.external()));
        List<String> leftOut = SandboxAssembly.adapt(synth.assemblyDir(), sandbox.target());
        leftOut.forEach(note -> progress.step(note, 0.98));
        return new SandboxDeployment(synth, queues, leftOut);
    }
}
