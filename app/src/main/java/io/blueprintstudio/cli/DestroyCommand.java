package io.blueprintstudio.cli;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.Deployer;
import io.blueprintstudio.aws.StackArtifact;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code destroy BLUEPRINT}: deletes the blueprint's stacks, last deployed first, printing their events. */
@Command(name = "destroy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Delete a blueprint's stacks in reverse deploy order, waiting for each and printing one line "
                + "per stack event. Resources with a Retain deletion policy (buckets, log groups) are kept and "
                + "listed. Without --yes it asks first (on a terminal only)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every stack deleted (or not deployed)", "1:a stack could not be deleted, or declined",
            "2:bad usage, or the blueprint cannot be read or synthesized (its errors are listed)",
            "3:AWS (or the endpoint) could not be reached or refused a call", "130:cancelled (Ctrl+C)"})
public final class DestroyCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "the blueprint folder (or its mdaa.yaml)")
    Path blueprint;

    @Option(names = "--env", paramLabel = "ENV", description = "the environment to destroy (default: the first)")
    String env;

    @Option(names = "--key-suffix", paramLabel = "SUFFIX",
            description = "as synth and deploy take it (it does not change which stacks are deleted)")
    String keySuffix;

    @Mixin
    TargetOptions targetOptions = new TargetOptions();

    @Option(names = {"-y", "--yes"}, description = "delete without asking")
    boolean yes;

    @Option(names = "--assembly", paramLabel = "DIR",
            description = "take the stack list from this cloud assembly (cdk.out) instead of synthesizing")
    Path assembly;

    private final Terminal terminal;

    public DestroyCommand() {
        this(Terminal.system());
    }

    DestroyCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(blueprint)) {
            err.println("destroy: no such blueprint folder or file: " + blueprint);
            return 2;
        }
        if (!yes && !terminal.interactive()) {
            err.println("destroy: not deleting without a confirmation: this is not an interactive terminal. Pass "
                    + "--yes to delete without asking.");
            return 2;
        }
        AwsTarget target;
        try {
            target = targetOptions.target();
        } catch (IllegalArgumentException e) {
            err.println("destroy: " + e.getMessage());
            return 2;
        }
        return CtrlC.run(cancel -> destroy(target, cancel, err));
    }

    private int destroy(AwsTarget target, CancelSignal cancel, PrintWriter err) {
        DeployOutput out = new DeployOutput(spec.commandLine().getOut());
        CloudAssembly cloud;
        try {
            cloud = AssemblySource.of(blueprint, env, keySuffix, assembly, out, cancel).assembly();
        } catch (DeployException e) {
            err.println("destroy: " + e.getMessage());
            return cancel.isCancelled() ? 130 : 2;
        }
        List<String> order = new ArrayList<>(cloud.stacks().stream().map(StackArtifact::stackName).toList());
        Collections.reverse(order);
        if (!yes && !terminal.confirm("Delete " + String.join(", ", order) + " (in this order) from "
                + target.describe() + "?")) {
            err.println("destroy: declined; nothing was deleted");
            return 1;
        }
        try (Deployer deployer = new Deployer(target)) {
            out.step("target: " + target.describe());
            DeployResult result = deployer.destroy(cloud, out, cancel);
            out.summary(result);
            return result.ok() ? 0 : cancel.isCancelled() ? 130 : 1;
        } catch (DeployException e) {
            err.println("destroy: " + e.getMessage());
            return cancel.isCancelled() ? 130 : 3;
        }
    }
}
