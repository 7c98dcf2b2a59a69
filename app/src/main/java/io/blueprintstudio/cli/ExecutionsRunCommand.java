package io.blueprintstudio.cli;

import io.blueprintstudio.aws.ExecutionSummary;
import io.blueprintstudio.aws.ExecutionTail;
import io.blueprintstudio.aws.RunTrigger;
import io.blueprintstudio.aws.TailException;
import io.blueprintstudio.aws.Uploads;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintLoadException;
import io.blueprintstudio.blueprint.StateMachineSource;
import io.blueprintstudio.synth.DeployedNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code executions run BLUEPRINT FILE}: the app's "Run with a file" — uploads a CSV where the blueprint's S3 rule
 * listens, waits for the execution it starts, and follows it to its end.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Upload FILE to the bucket and prefix of the blueprint's S3 rule, then follow the execution the "
                + "upload starts (the blueprint deployed on the target, e.g. by `deploy` or `sandbox --deploy`).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:the execution succeeded",
            "1:it failed, timed out or was aborted, or none started within --wait",
            "2:bad usage, the blueprint cannot be read, or AWS could not be asked"})
final class ExecutionsRunCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @Mixin
    private TargetOptions target;
    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "the blueprint folder (or its mdaa.yaml)")
    private Path blueprint;
    @Parameters(index = "1", paramLabel = "FILE", description = "the CSV file to upload")
    private Path file;
    @Option(names = "--machine", paramLabel = "NAME",
            description = "the state machine (its stateMachineName) when the blueprint has several")
    private String machineName;
    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "how long to wait for the upload to start an execution (default ${DEFAULT-VALUE})")
    private int waitSeconds;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("no such file: " + file);
            return 2;
        }
        StateMachineSource machine;
        Blueprint bp;
        try {
            bp = Blueprint.load(blueprint);
            machine = machine(bp);
        } catch (BlueprintLoadException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<String> problems = new ArrayList<>();
        Optional<RunTrigger> trigger = RunTrigger.of(bp, machine, problems);
        if (trigger.isEmpty()) {
            err.println("cannot tell where files go: " + String.join("; ", problems));
            return 2;
        }
        String deployedName = DeployedNames.stateMachine(bp, machine);
        return ExecutionsCommand.guarded(spec, target, tail -> run(tail, trigger.get(), deployedName));
    }

    private int run(ExecutionTail tail, RunTrigger trigger, String deployedName) {
        String machineArn = tail.machineArn(deployedName);
        Set<String> before = tail.list(machineArn, Optional.empty()).stream().map(ExecutionSummary::executionArn)
                .collect(Collectors.toSet());
        String key = trigger.key(file.getFileName().toString());
        String url = Uploads.upload(target.target(), file, trigger.bucket(), key);
        spec.commandLine().getOut().println("uploaded " + url + "; waiting for " + deployedName + " to start");
        spec.commandLine().getOut().flush();
        Optional<String> started = awaitNew(tail, machineArn, before, input -> trigger.startedBy(input, key));
        if (started.isEmpty()) {
            spec.commandLine().getErr().println("no execution of " + deployedName + " started for " + url + " within "
                    + waitSeconds + " s of the upload: is the blueprint deployed there, and are EventBridge "
                    + "notifications on for bucket " + trigger.bucket() + "?");
            return 1;
        }
        spec.commandLine().getOut().println(started.get());
        return ExecutionsCommand.follow(spec, tail, started.get(), false, false);
    }

    /**
     * The first execution, not there before the upload, whose input is the upload's S3 event (another file or
     * another source may start one meanwhile); polls until --wait runs out.
     */
    private Optional<String> awaitNew(ExecutionTail tail, String machineArn, Set<String> before,
            Predicate<String> ours) {
        Set<String> others = new HashSet<>(before);
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        long pause = 250;
        while (System.nanoTime() < deadline) {
            // Oldest first: the upload's run started before any that came later.
            List<String> fresh = new ArrayList<>(tail.list(machineArn, Optional.empty()).stream()
                    .map(ExecutionSummary::executionArn).filter(arn -> !others.contains(arn)).toList());
            java.util.Collections.reverse(fresh);
            for (String arn : fresh) {
                Optional<String> input = tail.startInput(arn);
                if (input.isPresent() && ours.test(input.get())) {
                    return Optional.of(arn);
                }
                input.ifPresent(in -> others.add(arn)); // an EXPRESS run's first event may still be on its way
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TailException("stopped while waiting for the execution to start");
            }
            pause = Math.min(pause * 2, 2000);
        }
        return Optional.empty();
    }

    private StateMachineSource machine(Blueprint bp) {
        List<StateMachineSource> all = bp.stateMachines();
        if (all.isEmpty()) {
            throw new IllegalArgumentException(bp.folder() + " has no step function module with a state machine");
        }
        if (machineName == null) {
            return all.get(0);
        }
        return all.stream().filter(m -> m.name().equals(machineName)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no state machine named " + machineName + " in " + bp.folder() + " (it has "
                        + all.stream().map(StateMachineSource::name).collect(Collectors.joining(", ")) + ")"));
    }
}
