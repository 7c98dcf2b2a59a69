package io.blueprintstudio.ui.deploy;

import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;

/** Makes the cloud assembly to deploy (the open blueprint synthesized); runs off the FX thread. */
@FunctionalInterface
public interface Synthesis {
    CloudAssembly synthesize(DeployListener listener, CancelSignal cancel) throws DeployException;
}
