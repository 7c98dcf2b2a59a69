package io.blueprintstudio.cli;

import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import java.nio.file.Path;

/** Where deploy and destroy get their cloud assembly: a given {@code cdk.out} folder, or the blueprint synthesized. */
final class AssemblySource {
    private AssemblySource() {
    }

    static CloudAssembly of(Path blueprint, String env, Path assembly) throws DeployException {
        if (assembly != null) {
            return CloudAssembly.read(assembly);
        }
        throw new DeployException("this build cannot synthesize blueprints yet; synthesize " + blueprint
                + (env == null ? "" : " (env " + env + ")") + " with MDAA or the CDK and pass the cdk.out folder with "
                + "--assembly DIR");
    }
}
