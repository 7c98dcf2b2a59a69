package io.blueprintstudio.cli;

import io.blueprintstudio.aws.Approval;
import io.blueprintstudio.aws.BootstrapStatus;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.Deployer;
import io.blueprintstudio.aws.StackEvent;
import io.blueprintstudio.aws.StackOutcome;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintLoadException;
import io.blueprintstudio.sandbox.LocalSandbox;
import io.blueprintstudio.sandbox.ResultQueue;
import io.blueprintstudio.sandbox.SandboxDeployment;
import io.blueprintstudio.sandbox.SandboxException;
import io.blueprintstudio.synth.ExternalResources;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.validate.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code sandbox --deploy BLUEPRINT}: the blueprint made ready for the sandbox and deployed into it. */
final class SandboxDeploy {
    private final PrintWriter out;
    private final PrintWriter err;

    SandboxDeploy(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Returns the exit code: 0 deployed, 1 refused or failed, 2 not loadable. */
    int run(Path folder, String env, LocalSandbox sandbox) {
        Blueprint blueprint;
        try {
            blueprint = Blueprint.load(folder);
        } catch (BlueprintLoadException e) {
            err.println("cannot load the blueprint " + folder + ":");
            e.diagnostics().forEach(err::println);
            return 2;
        }
        try {
            SandboxDeployment d = SandboxDeployment.prepare(blueprint, new SynthOptions(env,
                    sandbox.home().resolve("cdk.out"), null, null), sandbox, (step, f) -> progress(step), () -> false);
            if (!d.synth().ok()) {
                err.println("synthesis refused the blueprint:");
                d.synth().findings().stream().filter(x -> x.severity() == Severity.ERROR).forEach(err::println);
                return 1;
            }
            DeployResult result = deploy(CloudAssembly.read(d.synth().assemblyDir()), sandbox);
            result.stacks().stream().map(StackOutcome::summary).forEach(out::println);
            if (!result.ok()) {
                return 1;
            }
            describe(folder, d.synth().external(), d.resultQueues(), sandbox);
            return 0;
        } catch (SynthException | SandboxException | DeployException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private DeployResult deploy(CloudAssembly assembly, LocalSandbox sandbox) throws DeployException {
        DeployListener listener = new DeployListener() {
            @Override
            public void step(String message) {
                progress(message);
            }

            @Override
            public void event(StackEvent event) {
            }
        };
        try (Deployer deployer = new Deployer(sandbox.target())) {
            BootstrapStatus boot = deployer.bootstrapStatus(assembly);
            if (!boot.ready()) {
                deployer.bootstrap(boot.required(), listener, new CancelSignal());
            }
            return deployer.deploy(assembly, List.of(), Approval.ALL, listener, new CancelSignal());
        }
    }

    private void describe(Path folder, ExternalResources external, List<ResultQueue> queues, LocalSandbox sandbox) {
        for (ExternalResources.BucketPrefix source : external.sourceBuckets()) {
            String prefix = source.prefix().isEmpty() || source.prefix().endsWith("/") ? source.prefix()
                    : source.prefix() + "/";
            out.println("Upload a CSV to s3://" + source.bucket() + "/" + prefix + " to start the state machine, and "
                    + "follow the run: blueprint-studio executions run " + folder + " FILE.csv --endpoint "
                    + sandbox.endpoint());
        }
        for (ResultQueue q : queues) {
            out.println("Reports of " + q.topicArn() + " arrive in " + q.queueUrl());
        }
    }

    private void progress(String message) {
        err.println(message);
        err.flush();
    }
}
