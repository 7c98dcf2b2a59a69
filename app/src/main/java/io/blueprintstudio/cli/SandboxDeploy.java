package io.blueprintstudio.cli;

import io.blueprintstudio.aws.Approval;
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
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.core.exception.SdkException;

/** {@code sandbox --deploy BLUEPRINT}: the blueprint made ready for the sandbox and deployed into it. */
final class SandboxDeploy {
    private final PrintWriter out;
    private final PrintWriter err;

    SandboxDeploy(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Returns the exit code: 0 deployed, 1 refused or failed, 2 not loadable, 130 cancelled. Ctrl+C cancels it
     * (a synthesis at its next step, a deploy as {@code deploy} is cancelled).
     */
    int run(Path folder, String env, LocalSandbox sandbox) {
        Blueprint blueprint;
        try {
            blueprint = Blueprint.load(folder);
        } catch (BlueprintLoadException e) {
            err.println("cannot load the blueprint " + folder + ":");
            e.diagnostics().forEach(err::println);
            return 2;
        }
        return CtrlC.run(cancel -> deploy(folder, blueprint, env, sandbox, cancel));
    }

    private int deploy(Path folder, Blueprint blueprint, String env, LocalSandbox sandbox, CancelSignal cancel) {
        try {
            SandboxDeployment d = SandboxDeployment.prepare(blueprint, new SynthOptions(env,
                    sandbox.home().resolve("cdk.out"), null, null), sandbox, (step, f) -> progress(step),
                    cancel::isCancelled);
            if (!d.synth().ok()) {
                err.println("synthesis refused the blueprint:");
                d.synth().findings().stream().filter(x -> x.severity() == Severity.ERROR).forEach(err::println);
                return 1;
            }
            CloudAssembly assembly = CloudAssembly.read(d.synth().assemblyDir());
            BootstrapThenDeploy.Ending end;
            try (Deployer deployer = new Deployer(sandbox.target())) {
                end = BootstrapThenDeploy.run(deployer, assembly, question -> true, Approval.ALL, listener(), cancel);
            }
            if (end.notBootstrapped().isPresent()) {
                err.println("not deployed: " + end.notBootstrapped().get());
                return cancel.isCancelled() ? 130 : 1;
            }
            DeployResult result = end.result().orElseThrow();
            result.stacks().stream().map(StackOutcome::summary).forEach(out::println);
            if (!result.ok()) {
                return cancel.isCancelled() ? 130 : 1;
            }
            describe(folder, d.synth().external(), d.resultQueues(), sandbox);
            return 0;
        } catch (CancellationException e) {
            err.println("cancelled while synthesizing; nothing was deployed");
            return 130;
        } catch (SynthException | SandboxException | DeployException e) {
            err.println(e.getMessage());
            return cancel.isCancelled() ? 130 : 1;
        } catch (SdkException e) {
            err.println("the sandbox did not answer as expected: " + e.getMessage());
            return cancel.isCancelled() ? 130 : 1;
        }
    }

    private DeployListener listener() {
        return new DeployListener() {
            @Override
            public void step(String message) {
                progress(message);
            }

            @Override
            public void event(StackEvent event) {
            }
        };
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
