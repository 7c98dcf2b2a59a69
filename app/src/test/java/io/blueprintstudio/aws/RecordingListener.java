package io.blueprintstudio.aws;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every step and event a deploy reports. */
class RecordingListener implements DeployListener {
    final List<String> steps = new CopyOnWriteArrayList<>();
    final List<StackEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void step(String message) {
        steps.add(message);
    }

    @Override
    public void event(StackEvent event) {
        events.add(event);
    }

    List<StackEvent> of(String stack) {
        return events.stream().filter(e -> e.stackName().equals(stack)).toList();
    }
}
