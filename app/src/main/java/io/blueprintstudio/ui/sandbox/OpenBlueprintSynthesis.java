package io.blueprintstudio.ui.sandbox;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.sandbox.LocalSandbox;
import io.blueprintstudio.sandbox.ResultQueue;
import io.blueprintstudio.sandbox.SandboxDeployment;
import io.blueprintstudio.sandbox.SandboxException;
import io.blueprintstudio.synth.BlueprintSynthesizer;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthProgress;
import io.blueprintstudio.synth.SynthResult;
import io.blueprintstudio.ui.deploy.Synthesis;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Deploy screen's synthesis of the open blueprint. Into the running local sandbox it goes through
 * {@link SandboxDeployment} (Lambda proxy URLs, the blueprint's buckets and topic created, templates fitted to the
 * emulator), into the sandbox's own folder so such an assembly never reaches AWS; elsewhere it is a plain
 * synthesis.
 */
public final class OpenBlueprintSynthesis implements Synthesis {
    private final Supplier<Blueprint> blueprint;
    private final Supplier<AwsTarget> target;
    private final Supplier<LocalSandbox> sandbox;
    private final Path assemblies;

    /**
     * @param sandbox    the running sandbox, or null
     * @param assemblies where plain syntheses go (one folder per blueprint folder name)
     */
    public OpenBlueprintSynthesis(Supplier<Blueprint> blueprint, Supplier<AwsTarget> target,
            Supplier<LocalSandbox> sandbox, Path assemblies) {
        this.blueprint = blueprint;
        this.target = target;
        this.sandbox = sandbox;
        this.assemblies = assemblies;
    }

    @Override
    public CloudAssembly synthesize(DeployListener listener, CancelSignal cancel) throws DeployException {
        Blueprint bp = blueprint.get();
        if (bp == null) {
            throw new DeployException("Open a blueprint first: Deploy synthesizes the open blueprint");
        }
        LocalSandbox box = sandbox.get();
        SynthProgress progress = (step, fraction) -> listener.step(step);
        try {
            SynthResult result;
            if (box != null && box.target().equals(target.get())) {
                SandboxDeployment d = SandboxDeployment.prepare(bp, SynthOptions.into(box.home().resolve("cdk.out")),
                        box, progress, cancel::isCancelled);
                for (ResultQueue q : d.resultQueues()) {
                    listener.step("Messages to " + q.topicArn() + " arrive in the sandbox queue " + q.queueUrl());
                }
                result = d.synth();
            } else {
                result = BlueprintSynthesizer.synthesize(bp,
                        SynthOptions.into(assemblies.resolve(bp.folder().getFileName().toString())), progress,
                        cancel::isCancelled);
            }
            if (!result.ok()) {
                throw new DeployException("Synthesis refused the blueprint: " + result.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR).limit(5).map(Object::toString)
                        .collect(Collectors.joining("; ")));
            }
            return CloudAssembly.read(result.assemblyDir());
        } catch (SynthException | SandboxException e) {
            throw new DeployException(e.getMessage(), e);
        } catch (CancellationException e) {
            throw new DeployException("Cancelled during synthesis; nothing was deployed", e);
        }
    }
}
