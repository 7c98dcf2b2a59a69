package io.blueprintstudio.cli;

import io.blueprintstudio.aws.Approval;
import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.DeploySource;
import io.blueprintstudio.aws.Deployer;
import io.blueprintstudio.aws.StackPlan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deploy BLUEPRINT}: bootstrap check, change set preview per stack, execute in order with its events. */
@Command(name = "deploy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Deploy a blueprint's stacks with CloudFormation change sets, in dependency order, printing "
                + "one line per stack event. Without --yes it shows each stack's changes and asks first (on a "
                + "terminal only)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:deployed (or, with --diff-only, previewed)",
            "1:a stack failed, was declined, or the account is not bootstrapped",
            "2:bad usage, or the blueprint cannot be read or synthesized (its errors are listed)",
            "3:AWS (or the endpoint) could not be reached or refused a call", "130:cancelled (Ctrl+C)"})
public final class DeployCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "the blueprint folder (or its mdaa.yaml)")
    Path blueprint;

    @Option(names = "--env", paramLabel = "ENV", description = "the environment to deploy (default: the first)")
    String env;

    @Option(names = "--key-suffix", paramLabel = "SUFFIX",
            description = "as synth: only objects whose key ends with SUFFIX (e.g. .csv) start executions; default: "
                    + "every object under the prefix, as MDAA does")
    String keySuffix;

    @Mixin
    TargetOptions targetOptions = new TargetOptions();

    @Option(names = {"-y", "--yes"}, description = "bootstrap if needed and execute every change set without asking")
    boolean yes;

    @Option(names = "--diff-only", description = "show what each stack would change; change nothing")
    boolean diffOnly;

    @Option(names = "--enable-eventbridge",
            description = "after deploying, switch on EventBridge notifications of source buckets that lack them "
                    + "(other notifications are kept)")
    boolean enableEventBridge;

    @Option(names = "--assembly", paramLabel = "DIR",
            description = "deploy this synthesized cloud assembly (cdk.out) instead of synthesizing the blueprint")
    Path assembly;

    private final Terminal terminal;

    public DeployCommand() {
        this(Terminal.system());
    }

    DeployCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(blueprint)) {
            err.println("deploy: no such blueprint folder or file: " + blueprint);
            return 2;
        }
        if (!yes && !diffOnly && !terminal.interactive()) {
            err.println("deploy: not deploying without a confirmation: this is not an interactive terminal. Pass --yes"
                    + " to deploy without asking, or --diff-only to see what would change.");
            return 2;
        }
        AwsTarget target;
        try {
            target = targetOptions.target();
        } catch (IllegalArgumentException e) {
            err.println("deploy: " + e.getMessage());
            return 2;
        }
        return CtrlC.run(cancel -> deploy(target, cancel, err));
    }

    private int deploy(AwsTarget target, CancelSignal cancel, PrintWriter err) {
        DeployOutput out = new DeployOutput(spec.commandLine().getOut());
        DeploySource source;
        try {
            source = AssemblySource.of(blueprint, env, keySuffix, assembly, out, cancel);
        } catch (DeployException e) {
            err.println("deploy: " + e.getMessage());
            return cancel.isCancelled() ? 130 : 2;
        }
        CloudAssembly cloud = source.assembly();
        try (Deployer deployer = new Deployer(target)) {
            out.step("target: " + target.describe() + ", account " + deployer.environment().account() + "; stacks: "
                    + String.join(", ", cloud.stacks().stream().map(s -> s.stackName()).toList()));
            if (diffOnly) {
                return diffOnly(deployer, cloud, out, cancel, err);
            }
            Approval approval = plan -> {
                out.diff(plan);
                return yes || terminal.confirm("Deploy these changes to " + plan.stackName() + "?");
            };
            BootstrapThenDeploy.Ending end = BootstrapThenDeploy.run(deployer, cloud,
                    question -> yes || terminal.confirm(question), approval, out, cancel);
            if (end.notBootstrapped().isPresent()) {
                err.println("deploy: " + end.notBootstrapped().get());
                return cancel.isCancelled() ? 130 : 1;
            }
            DeployResult result = end.result().orElseThrow();
            out.summary(result);
            if (result.ok()) {
                new SourceBucketReport(target, out, enableEventBridge).report(source.sourceBuckets());
                return 0;
            }
            return cancel.isCancelled() ? 130 : 1;
        } catch (DeployException e) {
            err.println("deploy: " + e.getMessage());
            return cancel.isCancelled() ? 130 : 3;
        }
    }

    private static int diffOnly(Deployer deployer, CloudAssembly cloud, DeployOutput out, CancelSignal cancel,
            PrintWriter err) throws DeployException {
        Optional<String> notBootstrapped = BootstrapThenDeploy.bootstrap(deployer, cloud, question -> false, out,
                cancel);
        if (notBootstrapped.isPresent()) {
            err.println("deploy: " + notBootstrapped.get());
            return 1;
        }
        List<StackPlan> plans = deployer.diff(cloud, out, cancel);
        out.diff(plans);
        plans.forEach(deployer::discard);
        return 0;
    }
}
