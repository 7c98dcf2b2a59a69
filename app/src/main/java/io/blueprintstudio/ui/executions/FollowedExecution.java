package io.blueprintstudio.ui.executions;

import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.ExecutionSummary;
import io.blueprintstudio.aws.ExecutionTail;
import io.blueprintstudio.aws.ExecutionTimeline;
import io.blueprintstudio.aws.StateStatus;
import io.blueprintstudio.aws.TailListener;
import io.blueprintstudio.ui.graph.GraphViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The one execution the Executions screen follows live: its events as they come, what it did in each state, the
 * graph painted by it, and the chosen event's state run. A result for an execution no longer followed is dropped
 * (each {@link #follow} or {@link #clear} starts a new generation). Used on the FX thread only.
 */
final class FollowedExecution {
    private final GraphViewModel graph;
    private final ExecutorService pool;
    private final Consumer<String> say;
    private final Runnable onEnd;
    private final ObservableList<ExecutionEvent> events = FXCollections.observableArrayList();
    private final ObservableMap<String, StateStatus> states = FXCollections.observableHashMap();
    private final ObjectProperty<ExecutionEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<StateRun> stateRun = new ReadOnlyObjectWrapper<>(this, "stateRun");
    private final ReadOnlyStringWrapper snsMessage = new ReadOnlyStringWrapper(this, "snsMessage", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final List<Long> latencies = new CopyOnWriteArrayList<>();
    private Future<?> poll;
    private long generation;

    /**
     * @param say   shows a message on the screen (trouble while polling, a follow that stopped)
     * @param onEnd runs when the followed execution ends (the listing then shows its final status)
     */
    FollowedExecution(GraphViewModel graph, ExecutorService pool, Consumer<String> say, Runnable onEnd) {
        this.graph = graph;
        this.pool = pool;
        this.say = say;
        this.onEnd = onEnd;
        selectedEvent.addListener((o, was, e) -> refreshStateRun());
        graph.modelProperty().addListener((o, was, m) -> paint());
    }

    /** Stops following the current execution and follows {@code s} with {@code t}; with either null, none. */
    void follow(ExecutionTail t, ExecutionSummary s) {
        if (poll != null) {
            poll.cancel(true);
        }
        clear();
        if (s == null || t == null) {
            return;
        }
        long gen = ++generation;
        outcome.set("RUNNING");
        poll = pool.submit(() -> {
            try {
                String end = t.followExecution(s.executionArn(), new TailListener() {
                    @Override
                    public void event(ExecutionEvent e, ExecutionTimeline timeline) {
                        Map<String, StateStatus> now = timeline.states();
                        Platform.runLater(() -> show(gen, e, now));
                    }

                    @Override
                    public void trouble(String problem, Duration retryIn) {
                        Platform.runLater(() -> say.accept(problem + "; asking again in "
                                + retryIn.toSeconds() + " s"));
                    }
                });
                Platform.runLater(() -> ended(gen, end));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (gen == generation) {
                        say.accept("Stopped following " + s.name() + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    private void show(long gen, ExecutionEvent e, Map<String, StateStatus> now) {
        if (gen != generation) {
            return;
        }
        // In id order: an event the tail held too long for a missing one may still come, late.
        int at = events.size();
        while (at > 0 && events.get(at - 1).id() > e.id()) {
            at--;
        }
        latencies.add(at, System.currentTimeMillis() - e.time().toEpochMilli());
        events.add(at, e);
        states.clear();
        states.putAll(now);
        e.snsMessage().ifPresent(snsMessage::set);
        paint();
        if (selectedEvent.get() != null && e.stateName().equals(selectedEvent.get().stateName())) {
            refreshStateRun();
        }
    }

    private void ended(long gen, String end) {
        if (gen != generation) {
            return;
        }
        outcome.set(end);
        if (snsMessage.get().isEmpty() && events.stream().anyMatch(e -> e.resource().endsWith("sns:publish")
                || e.resource().equals("sns:publish"))) {
            snsMessage.set("(this history does not carry the published message's parameters)");
        }
        paint();
        onEnd.run();
    }

    /** Colours the graph: each state by what the execution did there; after the end, the rest as not run. */
    private void paint() {
        var model = graph.modelProperty().get();
        boolean over = !outcome.get().isEmpty() && !"RUNNING".equals(outcome.get());
        Map<String, String> styles = StateColours.styles(states, over, model == null ? List.of()
                : model.states().values().stream().map(io.blueprintstudio.asl.State::name).toList());
        graph.stateStyles().keySet().retainAll(styles.keySet());
        graph.stateStyles().putAll(styles);
    }

    private void refreshStateRun() {
        ExecutionEvent e = selectedEvent.get();
        if (e == null || e.stateName().isEmpty()) {
            stateRun.set(e == null ? null : new StateRun("(execution)", null, e.input(), e.output(), e.error(),
                    e.cause()));
            return;
        }
        stateRun.set(StateRun.of(e.stateName(), states.get(e.stateName()), events));
    }

    /** Forgets the execution shown; a poll still running has its results dropped. */
    void clear() {
        generation++;
        events.clear();
        states.clear();
        latencies.clear();
        selectedEvent.set(null);
        snsMessage.set("");
        outcome.set("");
        graph.stateStyles().clear();
    }

    /** Cancels the poll; its late results are dropped. */
    void stop() {
        if (poll != null) {
            poll.cancel(true);
        }
        generation++;
    }

    /** Changes with every execution followed or cleared. */
    long generation() {
        return generation;
    }

    ObservableList<ExecutionEvent> events() {
        return events;
    }

    ObservableMap<String, StateStatus> states() {
        return states;
    }

    ObjectProperty<ExecutionEvent> selectedEventProperty() {
        return selectedEvent;
    }

    ReadOnlyObjectWrapper<StateRun> stateRun() {
        return stateRun;
    }

    ReadOnlyStringWrapper snsMessage() {
        return snsMessage;
    }

    ReadOnlyStringWrapper outcome() {
        return outcome;
    }

    List<Long> latencies() {
        return List.copyOf(latencies);
    }
}
