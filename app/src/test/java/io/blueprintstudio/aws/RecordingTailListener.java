package io.blueprintstudio.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Keeps what a tail reported, for assertions. */
final class RecordingTailListener implements TailListener {
    final List<ExecutionEvent> events = new CopyOnWriteArrayList<>();
    final List<String> troubles = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, StateStatus>> states = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void event(ExecutionEvent event, ExecutionTimeline timeline) {
        events.add(event);
        states.put(event.executionArn(), timeline.states());
    }

    @Override
    public void trouble(String problem, Duration retryIn) {
        troubles.add(problem);
    }

    List<ExecutionEvent> of(String executionArn) {
        return events.stream().filter(e -> e.executionArn().equals(executionArn)).collect(Collectors.toList());
    }

    /** The states entered, in order of entry. */
    static List<String> entered(List<ExecutionEvent> events) {
        List<String> out = new ArrayList<>();
        events.stream().filter(e -> e.type().endsWith("StateEntered")).forEach(e -> out.add(e.stateName()));
        return out;
    }

    static List<Long> ids(List<ExecutionEvent> events) {
        return events.stream().map(ExecutionEvent::id).toList();
    }
}
