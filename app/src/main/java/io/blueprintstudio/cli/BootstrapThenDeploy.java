package io.blueprintstudio.cli;

import io.blueprintstudio.aws.Approval;
import io.blueprintstudio.aws.BootstrapStatus;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.Deployer;
import io.blueprintstudio.aws.StackOutcome;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The bootstrap made when it is missing (if allowed), then the stacks deployed: {@code deploy} and {@code sandbox --deploy}. */
final class BootstrapThenDeploy {
    private BootstrapThenDeploy() {
    }

    /**
     * How it ended.
     *
     * @param notBootstrapped why nothing was deployed: the bootstrap is missing and was not allowed, or it failed
     * @param result          each stack's outcome, when it got that far
     */
    record Ending(Optional<String> notBootstrapped, Optional<DeployResult> result) {
    }

    /**
     * @param mayBootstrap asked with a question when the bootstrap is missing; false: nothing is deployed
     * @param approval     asked before each stack's change set runs
     */
    static Ending run(Deployer deployer, CloudAssembly cloud, Predicate<String> mayBootstrap, Approval approval,
            DeployListener out, CancelSignal cancel) throws DeployException {
        Optional<String> why = bootstrap(deployer, cloud, mayBootstrap, out, cancel);
        if (why.isPresent()) {
            return new Ending(why, Optional.empty());
        }
        return new Ending(Optional.empty(), Optional.of(deployer.deploy(cloud, List.of(), approval, out, cancel)));
    }

    /** Empty when {@code cloud} can be deployed (bootstrapped before, or now), else why not. */
    static Optional<String> bootstrap(Deployer deployer, CloudAssembly cloud, Predicate<String> mayBootstrap,
            DeployListener out, CancelSignal cancel) throws DeployException {
        BootstrapStatus status = deployer.bootstrapStatus(cloud);
        if (status.ready()) {
            return Optional.empty();
        }
        String problem = deployer.environment() + " is not bootstrapped for CDK deploys: " + status.problem();
        if (!mayBootstrap.test(problem + ". Bootstrap it now (stack CDKToolkit: the assets bucket and the version "
                + "parameter)?")) {
            return Optional.of(problem + "; run deploy with --yes (or answer yes) to bootstrap it");
        }
        StackOutcome o = deployer.bootstrap(status.required(), out, cancel);
        out.step(o.summary());
        return o.ok() ? Optional.empty() : Optional.of(o.summary());
    }
}
