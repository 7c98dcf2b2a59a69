package io.blueprintstudio.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Everything seen of one execution: its events in id order, each exactly once however often a poll returns it,
 * each placed in its state, and what happened in every state. Sources may repeat, reorder or batch events as
 * they like (emulators have no paging, CloudWatch Logs delivers late): only the event id decides what is new.
 *
 * <p>Step Functions numbers an execution's events 1, 2, 3, ... without gaps (on AWS, and on MiniStack and moto
 * too: MiniStack leaves TaskStarted out but numbers what it keeps consecutively). So an event whose lower ids have
 * not all come yet is held back until they do, and states are derived in the order they happened even when a
 * later read brings an earlier event. Nothing is held for ever: after {@link #HOLD} the held events are shown
 * across the gap, and an event that comes after that is still shown once (late, out of order, without changing
 * the states). Not thread-safe: one poller feeds it.
 */
public final class ExecutionTimeline {
    /** How long an event waits for a lower id that has not come yet. */
    static final Duration HOLD = Duration.ofSeconds(5);

    private final String executionArn;
    private final LongSupplier nanos;
    private final Set<Long> seen = new HashSet<>();
    private final TreeMap<Long, ExecutionEvent> held = new TreeMap<>();
    private long heldSince;
    /** The id shown next when none is missing. */
    private long next = 1;
    /** Every id up to this one has come. */
    private long complete;
    private final List<ExecutionEvent> events = new ArrayList<>();
    private final Map<String, StateStatus> states = new LinkedHashMap<>();
    /** States entered and not yet left, most recent last: where events without a state name happen. */
    private final List<String> open = new ArrayList<>();
    private final Set<String> failedInside = new HashSet<>();
    private String outcome;

    public ExecutionTimeline(String executionArn) {
        this(executionArn, System::nanoTime);
    }

    /** @param nanos the clock {@link #HOLD} is measured on (tests pass their own) */
    ExecutionTimeline(String executionArn, LongSupplier nanos) {
        this.executionArn = executionArn;
        this.nanos = nanos;
    }

    public String executionArn() {
        return executionArn;
    }

    /**
     * Takes a poll's events (any order, repeats allowed, other executions' events ignored) and returns the ones
     * now shown, in id order, each placed in its state; events above a missing id wait (see the class comment).
     */
    public List<ExecutionEvent> add(Collection<ExecutionEvent> batch) {
        List<ExecutionEvent> fresh = batch.stream()
                .filter(e -> e.executionArn().equals(executionArn))
                .sorted(Comparator.comparingLong(ExecutionEvent::id))
                .filter(e -> seen.add(e.id()))
                .toList();
        List<ExecutionEvent> shown = new ArrayList<>();
        for (ExecutionEvent e : fresh) {
            if (e.id() < next) {
                shown.add(late(e));
            } else {
                if (held.isEmpty()) {
                    heldSince = nanos.getAsLong();
                }
                held.put(e.id(), e);
            }
        }
        while (seen.contains(complete + 1)) {
            complete++;
        }
        while (!held.isEmpty() && held.firstKey() == next) {
            shown.add(show(held.pollFirstEntry().getValue()));
            heldSince = nanos.getAsLong();
        }
        if (!held.isEmpty() && nanos.getAsLong() - heldSince >= HOLD.toNanos()) {
            shown.addAll(flush());
        }
        return shown;
    }

    /** Shows every held event now, across any gap (for a one-off read, where nothing comes later). */
    List<ExecutionEvent> flush() {
        List<ExecutionEvent> shown = new ArrayList<>();
        while (!held.isEmpty()) {
            shown.add(show(held.pollFirstEntry().getValue()));
        }
        return shown;
    }

    private ExecutionEvent show(ExecutionEvent e) {
        ExecutionEvent p = place(e);
        apply(p);
        events.add(p);
        next = e.id() + 1;
        return p;
    }

    /** An event below ids already shown: kept in id order, in the state of the event before it. */
    private ExecutionEvent late(ExecutionEvent e) {
        int at = 0;
        while (at < events.size() && events.get(at).id() < e.id()) {
            at++;
        }
        ExecutionEvent p = e.stateName().isEmpty() && at > 0 && !e.type().startsWith("Execution")
                ? e.inState(events.get(at - 1).stateName()) : e;
        events.add(at, p);
        if (e.endsExecution()) {
            apply(p); // never shown otherwise: the tail would wait for the end for ever
        }
        return p;
    }

    private ExecutionEvent place(ExecutionEvent e) {
        String state = e.stateName();
        if (state.isEmpty() && !e.type().startsWith("Execution") && !open.isEmpty()) {
            state = open.get(open.size() - 1);
        }
        return state.equals(e.stateName()) ? e : e.inState(state);
    }

    private void apply(ExecutionEvent e) {
        String state = e.stateName();
        String type = e.type();
        if (type.endsWith("StateEntered")) {
            open.remove(state);
            open.add(state);
            failedInside.remove(state);
            states.put(state, type.equals("FailStateEntered") ? StateStatus.FAILED : StateStatus.RUNNING);
        } else if (type.endsWith("StateExited")) {
            open.remove(state);
            states.put(state, failedInside.contains(state) ? StateStatus.CAUGHT : StateStatus.SUCCEEDED);
        } else if (e.isFailureInState() && !state.isEmpty()) {
            failedInside.add(state);
        } else if (type.endsWith("Scheduled") && !state.isEmpty()) {
            failedInside.remove(state); // a retry: only the last attempt's failure counts
        } else if (e.endsExecution()) {
            outcome = e.executionStatus().orElse(null);
            if (!"SUCCEEDED".equals(outcome)) {
                open.forEach(s -> states.put(s, StateStatus.FAILED));
            }
            open.clear();
        }
    }

    /** Every event shown so far, in id order. */
    public List<ExecutionEvent> events() {
        return List.copyOf(events);
    }

    /** The highest id up to which every event has come (0 before event 1): a source need not read these again. */
    public long completeThrough() {
        return complete;
    }

    /** Events that came but wait for a lower id. */
    int held() {
        return held.size();
    }

    /** Each state the execution entered, in order of first entry, with what happened in it. */
    public Map<String, StateStatus> states() {
        return new LinkedHashMap<>(states);
    }

    /** How the execution ended (SUCCEEDED, FAILED, TIMED_OUT, ABORTED), once its last event is shown. */
    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public boolean ended() {
        return outcome != null;
    }
}
