package io.blueprintstudio.ui.executions;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.ExecutionSummary;
import io.blueprintstudio.aws.ExecutionTail;
import io.blueprintstudio.aws.ExecutionTimeline;
import io.blueprintstudio.aws.StateStatus;
import io.blueprintstudio.aws.TailListener;
import io.blueprintstudio.aws.RunTrigger;
import io.blueprintstudio.aws.Uploads;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.StateMachineSource;
import io.blueprintstudio.ui.graph.GraphViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * State of the Executions screen. All AWS calls run on this model's own daemon threads (a followed execution
 * polls for as long as it is selected, which would tie up the window's shared background workers); results come
 * back on the FX thread, and a result for something no longer selected is dropped. {@link #dispose()} stops every
 * poll. The target, its machines and the listing live here; the selected execution's live state is a
 * {@link FollowedExecution}. Holds no nodes.
 */
public final class ExecutionsViewModel {
    /** The status filter's "no filter" entry. */
    public static final String ALL = "All";
    public static final List<String> STATUSES = List.of(ALL, "RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT",
            "ABORTED");
    /** How long "Run with a file" waits for the upload to start an execution. */
    static final Duration RUN_START_TIMEOUT = Duration.ofSeconds(60);

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "executions");
        t.setDaemon(true);
        return t;
    });
    private final GraphViewModel graph;
    private final ObjectProperty<AwsTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ObservableList<String> machines = FXCollections.observableArrayList();
    private final StringProperty machine = new SimpleStringProperty(this, "machine");
    private final ObjectProperty<String> statusFilter = new SimpleObjectProperty<>(this, "statusFilter", ALL);
    private final ObservableList<ExecutionSummary> executions = FXCollections.observableArrayList();
    private final ObjectProperty<ExecutionSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final FollowedExecution followed;
    private ExecutionTail tail;
    private Future<?> machinePoll;
    /** Bumped when the machine or target changes: results of the old machine's watch are dropped. */
    private long machineGeneration;
    private Blueprint blueprint;
    private StateMachineSource source;
    /** The upload "Run with a file" made and waits for the execution of; null when not waiting. */
    private AwaitedRun awaited;

    private record AwaitedRun(RunTrigger where, String key) {
    }

    public ExecutionsViewModel(GraphViewModel graph) {
        this.graph = graph;
        this.followed = new FollowedExecution(graph, pool, message::set, this::refreshExecutions);
        target.addListener((o, was, t) -> targetChanged(t));
        machine.addListener((o, was, m) -> machineChanged());
        statusFilter.addListener((o, was, s) -> refreshExecutions());
        selected.addListener((o, was, s) -> {
            // A refreshed listing of the same execution (a newer status) must not restart its tail.
            if (was == null || s == null || !was.executionArn().equals(s.executionArn())) {
                followed.follow(tail, s);
            }
        });
    }

    /** Shows the blueprint's first state machine on the graph and preselects its deployed machine. */
    public void setBlueprint(Blueprint bp) {
        this.blueprint = bp;
        List<StateMachineSource> all = bp == null ? List.of() : bp.stateMachines();
        source = all.isEmpty() ? null : all.get(0);
        if (source != null) {
            graph.resolverProperty().set(Resolver.forModule(bp, source.module(), Resolver.Target.UNKNOWN,
                    System.getenv()));
            var node = source.asl().node();
            graph.setDefinition(() -> node);
            preselectMachine();
        }
    }

    /** The name synthesis deploys the blueprint's machine under (org-env-domain-module-name, fitted). */
    Optional<String> expectedMachineName() {
        if (source == null || blueprint == null) {
            return Optional.empty();
        }
        return Optional.of(io.blueprintstudio.synth.DeployedNames.stateMachine(blueprint, source));
    }

    private void targetChanged(AwsTarget t) {
        stopPolls();
        if (tail != null) {
            tail.close();
            tail = null;
        }
        machine.set(null); // a machine of the same name on the new target is chosen afresh, and listed
        machines.clear();
        executions.clear();
        followed.clear();
        if (t != null) {
            // Building the clients may run the SDK's region lookup for a profile, which can take a second: not here
            // on the FX thread. A target replaced meanwhile gets its clients closed unused.
            background("Connecting to " + t.describe() + " …", () -> new ExecutionTail(t), made -> {
                if (target.get() != t || pool.isShutdown()) {
                    made.close();
                    return;
                }
                tail = made;
                refreshMachines();
            });
        }
    }

    /**
     * Chooses the target from what the user typed: an http(s) URL is a local endpoint, anything else an AWS
     * profile's name, nothing AWS's default credentials. A malformed URL is reported, not used.
     */
    public void useTarget(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.startsWith("http://") || t.startsWith("https://")) {
                java.net.URI uri = new java.net.URI(t);
                if (uri.getHost() == null) {
                    throw new java.net.URISyntaxException(t, "no host");
                }
                target.set(AwsTarget.endpoint(uri, null));
            } else {
                target.set(t.isEmpty() ? AwsTarget.defaultChain(null) : AwsTarget.profile(t, null));
            }
        } catch (java.net.URISyntaxException e) {
            message.set(t + " is not a URL with a host (" + e.getReason() + "), e.g. http://127.0.0.1:4566");
        }
    }

    /** Asks the target for its state machines. */
    public void refreshMachines() {
        ExecutionTail t = tail;
        if (t == null) {
            message.set("Choose where to look first: a local endpoint or an AWS profile");
            return;
        }
        background("Listing state machines on " + target.get().describe() + " …", () -> t.machines().keySet(),
                names -> {
                    machines.setAll(names);
                    message.set(names.isEmpty() ? "No state machines on " + target.get().describe() : "");
                    preselectMachine();
                });
    }

    private void preselectMachine() {
        if (machines.isEmpty() || (machine.get() != null && machines.contains(machine.get()))) {
            return;
        }
        Optional<String> expected = expectedMachineName();
        String pick = expected.filter(machines::contains)
                .or(() -> source == null ? Optional.empty()
                        : machines.stream().filter(n -> n.endsWith("-" + source.name())).findFirst())
                .orElse(machines.get(0));
        machine.set(pick);
    }

    private void machineChanged() {
        stopPolls();
        selected.set(null);
        executions.clear();
        followed.clear();
        if (tail != null && machine.get() != null) {
            refreshExecutions();
            followMachine();
        }
    }

    /** Lists the selected machine's executions with the status filter; keeps the selection when it is listed. */
    public void refreshExecutions() {
        ExecutionTail t = tail;
        String m = machine.get();
        if (t == null || m == null) {
            return;
        }
        Optional<String> status = ALL.equals(statusFilter.get()) ? Optional.empty() : Optional.of(statusFilter.get());
        background("Listing executions of " + m + " …", () -> t.list(t.machineArn(m), status), list -> {
            if (!m.equals(machine.get())) {
                return;
            }
            ExecutionSummary keep = selected.get();
            executions.setAll(list);
            if (keep != null) {
                list.stream().filter(x -> x.executionArn().equals(keep.executionArn())).findFirst()
                        .ifPresent(selected::set);
            }
        });
    }

    /** Watches for new executions, so the list stays current and "Run with a file" finds the run it started. */
    private void followMachine() {
        ExecutionTail t = tail;
        String m = machine.get();
        long gen = machineGeneration;
        machinePoll = pool.submit(() -> {
            try {
                t.followMachine(t.machineArn(m), new TailListener() {
                    @Override
                    public void event(ExecutionEvent e, ExecutionTimeline timeline) {
                        if (e.type().equals("ExecutionStarted") || e.endsExecution()) {
                            Platform.runLater(() -> newRun(gen, e));
                        }
                    }

                    @Override
                    public void trouble(String problem, Duration retryIn) {
                        Platform.runLater(() -> message.set(problem + "; asking again in "
                                + retryIn.toSeconds() + " s"));
                    }
                });
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                Platform.runLater(() -> message.set("Stopped watching " + m + ": " + e.getMessage()));
            }
        });
    }

    private void newRun(long gen, ExecutionEvent e) {
        if (gen != machineGeneration) {
            return;
        }
        refreshExecutions();
        AwaitedRun run = awaited;
        if (run != null && e.type().equals("ExecutionStarted") && run.where().startedBy(e.input(), run.key())) {
            awaited = null;
            String name = ExecutionTail.executionName(e.executionArn());
            message.set("The upload started " + name);
            statusFilter.set(ALL);
            selected.set(new ExecutionSummary(e.executionArn(), name, "RUNNING", e.time(), Optional.empty()));
        }
    }

    /**
     * Uploads {@code csv} where the blueprint's S3 rule listens and follows the execution that starts; says so
     * when none starts within a minute.
     */
    public void runWithFile(Path csv) {
        List<String> problems = new ArrayList<>();
        Optional<RunTrigger> trigger = source == null ? Optional.empty()
                : RunTrigger.of(blueprint, source, problems);
        AwsTarget t = target.get();
        if (t == null || trigger.isEmpty()) {
            message.set(t == null ? "Choose where to run first: a local endpoint or an AWS profile"
                    : source == null ? "Open a blueprint with a state machine first" : String.join("; ", problems));
            return;
        }
        RunTrigger where = trigger.get();
        String key = where.key(csv.getFileName().toString());
        background("Uploading " + csv.getFileName() + " …", () -> Uploads.upload(t, csv, where.bucket(), key), url -> {
            AwaitedRun mark = new AwaitedRun(where, key);
            awaited = mark;
            message.set("Uploaded " + url + "; waiting for the execution it starts …");
            pool.submit(() -> {
                Thread.sleep(RUN_START_TIMEOUT.toMillis());
                Platform.runLater(() -> {
                    if (mark == awaited) {
                        awaited = null;
                        message.set("No execution of " + machine.get() + " started within "
                                + RUN_START_TIMEOUT.toSeconds() + " s of uploading " + url
                                + ": is the EventBridge rule deployed and EventBridge notification on for the bucket?");
                    }
                });
                return null;
            });
        });
    }

    private <T> void background(String what, Callable<T> work, Consumer<T> onSuccess) {
        message.set(what);
        long gen = followed.generation();
        pool.submit(() -> {
            try {
                T value = work.call();
                Platform.runLater(() -> {
                    if (message.get().equals(what)) {
                        message.set("");
                    }
                    onSuccess.accept(value);
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (gen == followed.generation() || message.get().equals(what)) {
                        message.set(e.getMessage());
                    }
                });
            }
            return null;
        });
    }

    private void stopPolls() {
        followed.stop();
        if (machinePoll != null) {
            machinePoll.cancel(true);
        }
        machineGeneration++;
    }

    /** Stops every poll and closes the clients; for a screen closed for good. */
    public void dispose() {
        stopPolls();
        pool.shutdownNow();
        if (tail != null) {
            tail.close();
        }
    }

    public ObjectProperty<AwsTarget> targetProperty() {
        return target;
    }

    /** Names of the target's state machines. */
    public ObservableList<String> machines() {
        return machines;
    }

    /** The state machine shown, by name. */
    public StringProperty machineProperty() {
        return machine;
    }

    /** {@link #ALL} or one execution status. */
    public ObjectProperty<String> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<ExecutionSummary> executions() {
        return executions;
    }

    public ObjectProperty<ExecutionSummary> selectedProperty() {
        return selected;
    }

    /** The selected execution's events so far, in order. */
    public ObservableList<ExecutionEvent> events() {
        return followed.events();
    }

    /** What the selected execution did in each state it entered. */
    public ObservableMap<String, StateStatus> states() {
        return followed.states();
    }

    public ObjectProperty<ExecutionEvent> selectedEventProperty() {
        return followed.selectedEventProperty();
    }

    /** The selected event's state: its input, output, error and cause. */
    public ReadOnlyObjectProperty<StateRun> stateRunProperty() {
        return followed.stateRun().getReadOnlyProperty();
    }

    /** The message the SNS publish task sent, when the history carries it. */
    public ReadOnlyStringProperty snsMessageProperty() {
        return followed.snsMessage().getReadOnlyProperty();
    }

    /** What is going on, or what went wrong; empty when nothing needs saying. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** RUNNING while the selected execution is followed, then how it ended; empty with none selected. */
    public ReadOnlyStringProperty outcomeProperty() {
        return followed.outcome().getReadOnlyProperty();
    }

    public GraphViewModel graph() {
        return graph;
    }

    /** Milliseconds from each shown event's timestamp to when it reached this model, in order. */
    public List<Long> displayLatenciesMillis() {
        return followed.latencies();
    }

    /** The API calls of this screen's tails (null before a target is chosen). */
    public io.blueprintstudio.aws.ApiCallCounter calls() {
        return tail == null ? null : tail.calls();
    }
}
