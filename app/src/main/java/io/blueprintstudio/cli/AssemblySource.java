package io.blueprintstudio.cli;

import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeploySource;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintLoadException;
import io.blueprintstudio.blueprint.BlueprintModule;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Where deploy and destroy get their stacks: a given {@code cdk.out} folder, or the blueprint synthesized. */
final class AssemblySource {
    private AssemblySource() {
    }

    /** {@code env} and {@code keySuffix} as {@code synth} takes them (null: the first environment, every key). */
    static DeploySource of(Path blueprint, String env, String keySuffix, Path assembly, DeployListener listener,
            CancelSignal cancel) throws DeployException {
        if (assembly != null) {
            return DeploySource.read(assembly);
        }
        Blueprint bp;
        try {
            bp = Blueprint.load(blueprint);
        } catch (BlueprintLoadException e) {
            throw new DeployException("cannot load the blueprint " + blueprint + ":\n" + e.diagnostics().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")), e);
        }
        if (env != null && bp.modules().stream().noneMatch(m -> m.env().equals(env))) {
            throw new DeployException("no environment named " + env + " in " + bp.folder().resolve(Blueprint.MDAA_FILE)
                    + "; known: " + bp.modules().stream().map(BlueprintModule::env).distinct()
                            .collect(Collectors.joining(", ")));
        }
        DeploySource source = DeploySource.synthesize(bp, env, keySuffix, listener, cancel);
        listener.step(source.notes());
        return source;
    }
}
