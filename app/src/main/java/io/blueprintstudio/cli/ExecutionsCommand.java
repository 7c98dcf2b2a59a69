package io.blueprintstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.ExecutionSummary;
import io.blueprintstudio.aws.ExecutionTail;
import io.blueprintstudio.aws.TailException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code executions list|tail|start}: a state machine's executions on AWS or a local emulator. */
@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "List, follow and start executions of a deployed state machine (by ARN or name).",
        subcommands = {ExecutionsCommand.ListCommand.class, ExecutionsCommand.TailCommand.class, ExecutionsCommand.StartCommand.class,
            ExecutionsRunCommand.class})
public final class ExecutionsCommand implements Callable<Integer> {
    static final String EXIT_CODES = "%nExit codes:%n";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Status filter values, as Step Functions names them. */
    enum Status { RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The machine's executions, newest first.",
            exitCodeListHeading = EXIT_CODES, exitCodeList = {"0:listed", "2:bad usage, or AWS could not be asked"})
    static final class ListCommand implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;
        @Mixin
        private TargetOptions target;
        @Parameters(index = "0", paramLabel = "STATE_MACHINE", description = "the state machine's ARN or name")
        private String machine;
        @Option(names = "--status", paramLabel = "STATUS", description = "only these: ${COMPLETION-CANDIDATES}")
        private Status status;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return guarded(spec, target, tail -> {
                List<ExecutionSummary> found = tail.list(tail.machineArn(machine),
                        Optional.ofNullable(status).map(Enum::name));
                for (ExecutionSummary s : found) {
                    out.printf("%-10s %s  %-8s  %s%n", s.status(), TIME.format(s.started()),
                            s.stopped().map(t -> seconds(t.toEpochMilli() - s.started().toEpochMilli())).orElse(""),
                            s.executionArn());
                }
                out.println(found.size() + (found.size() == 1 ? " execution" : " executions"));
                return 0;
            });
        }
    }

    @Command(name = "tail", mixinStandardHelpOptions = true,
            description = {"Follow an execution until it ends, one line per event: time, state, event type, detail.",
                "With --all, follow every execution of a state machine that runs now or starts later (Ctrl+C stops)."},
            exitCodeListHeading = EXIT_CODES, exitCodeList = {"0:the execution succeeded",
                "1:it failed, timed out or was aborted", "2:bad usage, or AWS could not be asked"})
    static final class TailCommand implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;
        @Mixin
        private TargetOptions target;
        @Parameters(index = "0", paramLabel = "EXECUTION_ARN|STATE_MACHINE",
                description = "an execution's ARN, or with --all a state machine's ARN or name")
        private String what;
        @Option(names = "--all", description = "follow every new execution of the state machine")
        private boolean all;
        @Option(names = "--calls", description = "say how many API calls the tail made, at the end")
        private boolean calls;

        @Override
        public Integer call() {
            return guarded(spec, target, tail -> follow(spec, tail, what, all, calls));
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start an execution; prints its ARN.",
            exitCodeListHeading = EXIT_CODES, exitCodeList = {"0:started (with --follow: and succeeded)",
                "1:with --follow: it failed, timed out or was aborted", "2:bad usage, or AWS could not be asked"})
    static final class StartCommand implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;
        @Mixin
        private TargetOptions target;
        @Parameters(index = "0", paramLabel = "STATE_MACHINE", description = "the state machine's ARN or name")
        private String machine;
        @Option(names = "--input", paramLabel = "JSON|@FILE", description = "the execution's input (default {})")
        private String input = "{}";
        @Option(names = "--name", paramLabel = "NAME", description = "the execution's name (default: run-TIME-XXXX)")
        private String name;
        @Option(names = "--follow", description = "follow it until it ends, as tail does")
        private boolean follow;

        @Override
        public Integer call() {
            String json;
            try {
                json = json(input);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            return guarded(spec, target, tail -> {
                String arn = tail.start(tail.machineArn(machine), json, name);
                spec.commandLine().getOut().println(arn);
                return follow ? follow(spec, tail, arn, false, false) : 0;
            });
        }
    }

    /** The input text: inline JSON, or {@code @file}; either must be JSON, or the message says where it is not. */
    static String json(String input) {
        String text = input;
        String where = "--input";
        if (input.startsWith("@")) {
            Path file = Path.of(input.substring(1));
            where = file.toString();
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such input file: " + file);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the input file " + file + ": " + e.getMessage());
            }
        }
        try {
            new ObjectMapper().readTree(text);
            return text;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new IllegalArgumentException(where + " is not JSON" + (loc == null ? "" : " (line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
    }

    static int follow(CommandLine.Model.CommandSpec spec, ExecutionTail tail, String what, boolean all,
            boolean calls) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.currentTimeMillis();
        io.blueprintstudio.aws.TailListener printer = new io.blueprintstudio.aws.TailListener() {
            @Override
            public void event(ExecutionEvent e, io.blueprintstudio.aws.ExecutionTimeline timeline) {
                out.println(line(e, all));
                out.flush();
            }

            @Override
            public void trouble(String problem, java.time.Duration retryIn) {
                err.println("(" + problem + "; asking again in " + seconds(retryIn.toMillis()) + ")");
                err.flush();
            }
        };
        if (calls) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> printCalls(err, tail, started)));
        }
        try {
            if (all) {
                tail.followMachine(tail.machineArn(what), printer);
                return 0;
            }
            String outcome = tail.followExecution(what, printer);
            out.println(outcome);
            return "SUCCEEDED".equals(outcome) ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void printCalls(PrintWriter err, ExecutionTail tail, long started) {
        long ms = System.currentTimeMillis() - started;
        err.printf("%d API calls in %s (%.1f a minute): %s%n", tail.calls().total(), seconds(ms),
                io.blueprintstudio.aws.ApiCallCounter.perMinute(0, tail.calls().total(), ms), tail.calls().byOperation());
        err.flush();
    }

    /** One event as a line: time, [execution name,] state, event type, short detail. */
    static String line(ExecutionEvent e, boolean withExecution) {
        String execution = withExecution ? String.format("%-24s ", ExecutionTail.executionName(e.executionArn())) : "";
        return String.format("%s  %s%-26s %-26s %s", TIME.format(e.time()), execution,
                e.stateName().isEmpty() ? "-" : e.stateName(), e.type(), e.shortDetail(100)).stripTrailing();
    }

    static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    @FunctionalInterface
    interface Work {
        int run(ExecutionTail tail);
    }

    /** Runs {@code work} with a tail on the chosen target; AWS failures become one line naming what failed. */
    static int guarded(CommandLine.Model.CommandSpec spec, TargetOptions options, Work work) {
        PrintWriter err = spec.commandLine().getErr();
        try (ExecutionTail tail = new ExecutionTail(options.target())) {
            return work.run(tail);
        } catch (TailException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            err.println("AWS could not be asked: " + e.getMessage());
            return 2;
        }
    }
}
