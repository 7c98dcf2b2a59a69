package io.blueprintstudio.ui.synth;

import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.synth.BlueprintSynthesizer;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthResult;
import io.blueprintstudio.ui.deploy.Synthesis;
import io.blueprintstudio.validate.Severity;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the Deploy screen deploys when no cdk.out folder is chosen: the open blueprint synthesized into
 * {@code .blueprint-studio/cdk.out}, its steps reported as deploy steps; error findings refuse the deploy.
 */
public final class DeploySynthesis implements Synthesis {
    private final Supplier<Blueprint> blueprint;

    public DeploySynthesis(Supplier<Blueprint> blueprint) {
        this.blueprint = blueprint;
    }

    @Override
    public CloudAssembly synthesize(DeployListener listener, CancelSignal cancel) throws DeployException {
        Blueprint bp = blueprint.get();
        if (bp == null) {
            throw new DeployException("Open a blueprint first, or choose a synthesized cloud assembly (cdk.out)");
        }
        try {
            SynthResult r = BlueprintSynthesizer.synthesize(bp, SynthOptions.into(bp.folder()
                    .resolve(".blueprint-studio").resolve("cdk.out")), (step, fraction) -> listener.step(step),
                    cancel::isCancelled);
            if (!r.ok()) {
                throw new DeployException("Synthesis found errors; fix them (or suppress cdk-nag findings with a "
                        + "reason) before deploying:\n" + r.findings().stream()
                        .filter(d -> d.severity() == Severity.ERROR).map(Object::toString)
                        .collect(Collectors.joining("\n")));
            }
            return CloudAssembly.read(r.assemblyDir());
        } catch (SynthException e) {
            throw new DeployException(e.getMessage(), e);
        } catch (CancellationException e) {
            throw new DeployException("Cancelled while synthesizing", e);
        }
    }
}
