package io.blueprintstudio.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything seen of one execution: its events in id order, each exactly once however often a poll returns it,
 * each placed in its state, and what happened in every state. Sources may repeat, reorder or batch events as
 * they like (emulators have no paging, CloudWatch Logs delivers late): only the event id decides what is new.
 * Not thread-safe: one poller feeds it.
 */
public final class ExecutionTimeline {
    private final String executionArn;
    private final Set<Long> seen = new HashSet<>();
    private final List<ExecutionEvent> events = new ArrayList<>();
    private final Map<String, StateStatus> states = new LinkedHashMap<>();
    /** States entered and not yet left, most recent last: where events without a state name happen. */
    private final List<String> open = new ArrayList<>();
    private final Set<String> failedInside = new HashSet<>();
    private String outcome;

    public ExecutionTimeline(String executionArn) {
        this.executionArn = executionArn;
    }

    public String executionArn() {
        return executionArn;
    }

    /**
     * Takes a poll's events (any order, repeats allowed, other executions' events ignored) and returns the new
     * ones in id order, each placed in its state.
     */
    public List<ExecutionEvent> add(Collection<ExecutionEvent> batch) {
        List<ExecutionEvent> fresh = batch.stream()
                .filter(e -> e.executionArn().equals(executionArn))
                .filter(e -> !seen.contains(e.id()))
                .sorted(Comparator.comparingLong(ExecutionEvent::id))
                .toList();
        List<ExecutionEvent> placed = new ArrayList<>(fresh.size());
        for (ExecutionEvent e : fresh) {
            if (!seen.add(e.id())) {
                continue; // the same id twice in one batch
            }
            ExecutionEvent p = place(e);
            apply(p);
            events.add(p);
            placed.add(p);
        }
        return placed;
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

    /** Every event so far, in id order. */
    public List<ExecutionEvent> events() {
        return List.copyOf(events);
    }

    /** Each state the execution entered, in order of first entry, with what happened in it. */
    public Map<String, StateStatus> states() {
        return new LinkedHashMap<>(states);
    }

    /** How the execution ended (SUCCEEDED, FAILED, TIMED_OUT, ABORTED), once its last event is in. */
    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public boolean ended() {
        return outcome != null;
    }
}
