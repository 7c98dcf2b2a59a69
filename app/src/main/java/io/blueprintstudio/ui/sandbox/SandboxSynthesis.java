package io.blueprintstudio.ui.sandbox;

import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeploySource;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.sandbox.LocalSandbox;
import io.blueprintstudio.sandbox.ResultQueue;
import io.blueprintstudio.sandbox.SandboxDeployment;
import io.blueprintstudio.sandbox.SandboxException;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.ui.deploy.DeployViewModel;
import io.blueprintstudio.validate.Severity;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Deploy screen's synthesis for the local sandbox: through {@link SandboxDeployment} (every function's Lambda
 * proxy URL, the blueprint's buckets and topic created, templates fitted to the emulator), into the sandbox's own
 * folder, so such an assembly never reaches AWS.
 */
final class SandboxSynthesis implements DeployViewModel.BlueprintSynthesis {
    private final Supplier<LocalSandbox> sandbox;

    /** @param sandbox the running sandbox, or null */
    SandboxSynthesis(Supplier<LocalSandbox> sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public DeploySource synthesize(Blueprint blueprint, String env, String keySuffix, DeployListener listener,
            CancelSignal cancel) throws DeployException {
        LocalSandbox box = sandbox.get();
        if (box == null) {
            throw new DeployException("The local sandbox is not running; start it with Tools › Start Local Sandbox");
        }
        try {
            SandboxDeployment d = SandboxDeployment.prepare(blueprint, new SynthOptions(env, box.home().resolve("cdk.out"),
                    keySuffix, null), box, (step, fraction) -> listener.step(step), cancel::isCancelled);
            if (!d.synth().ok()) {
                throw new DeployException("synthesis refused: " + d.synth().findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR).map(Object::toString)
                        .collect(Collectors.joining("\n")));
            }
            for (ResultQueue q : d.resultQueues()) {
                listener.step("Messages to " + q.topicArn() + " arrive in the sandbox queue " + q.queueUrl());
            }
            String notes = "synthesized for the local sandbox into " + d.synth().assemblyDir()
                    + (d.leftOut().isEmpty() ? "" : "; " + String.join("; ", d.leftOut()));
            return new DeploySource(CloudAssembly.read(d.synth().assemblyDir()), d.synth().external()
                    .sourceBucketNames(), notes);
        } catch (SynthException | SandboxException e) {
            throw new DeployException(e.getMessage(), e);
        } catch (CancellationException e) {
            throw new DeployException("cancelled while synthesizing; nothing was deployed", e);
        }
    }
}
