package io.blueprintstudio.cli;

import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintLoadException;
import io.blueprintstudio.synth.BlueprintSynthesizer;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthProgress;
import io.blueprintstudio.synth.SynthResult;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Where deploy and destroy get their cloud assembly: a given {@code cdk.out} folder, or the blueprint synthesized. */
final class AssemblySource {
    private AssemblySource() {
    }

    static CloudAssembly of(Path blueprint, String env, Path assembly) throws DeployException {
        if (assembly != null) {
            return CloudAssembly.read(assembly);
        }
        return CloudAssembly.read(synthesize(blueprint, env));
    }

    /** Synthesizes into {@code .blueprint-studio/cdk.out} in the blueprint folder, as the app does. */
    private static Path synthesize(Path blueprint, String env) throws DeployException {
        try {
            Blueprint bp = Blueprint.load(blueprint);
            SynthResult r = BlueprintSynthesizer.synthesize(bp, new SynthOptions(env,
                    bp.folder().resolve(".blueprint-studio").resolve("cdk.out"), null, null), SynthProgress.NONE,
                    () -> false);
            if (!r.ok()) {
                throw new DeployException("synthesis of " + blueprint + " found errors; fix them (or suppress the "
                        + "cdk-nag findings with a reason) before deploying:\n" + r.findings().stream()
                        .filter(d -> d.severity() == Severity.ERROR).map(Object::toString)
                        .collect(Collectors.joining("\n")));
            }
            return r.assemblyDir();
        } catch (BlueprintLoadException e) {
            throw new DeployException("cannot load the blueprint " + blueprint + ": " + e.getMessage(), e);
        } catch (SynthException e) {
            throw new DeployException(e.getMessage(), e);
        }
    }
}
