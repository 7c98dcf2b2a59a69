package io.blueprintstudio.aws;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Follows one stack operation: streams its new events (each once, oldest first) and waits until the stack leaves
 * its *_IN_PROGRESS status. Events are read newest first until one already seen, so old events are never shown again
 * and nothing depends on timestamps (emulators give many events the same one).
 */
final class StackWatcher {
    private final CloudFormationClient cfn;
    private final Stacks stacks;
    private final Pause pause;
    private final String stackId;
    private final String stackName;
    private final Set<String> seen = new HashSet<>();
    private final java.util.List<StackEvent> events = new java.util.ArrayList<>();

    /** Starts following {@code stackId}: every event recorded so far counts as seen. */
    StackWatcher(CloudFormationClient cfn, Stacks stacks, Pause pause, String stackId, String stackName) {
        this.cfn = cfn;
        this.stacks = stacks;
        this.pause = pause;
        this.stackId = stackId;
        this.stackName = stackName;
        // The newest page is enough: later polls stop at the first event seen, which is always on it.
        cfn.describeStackEvents(b -> b.stackName(stackId)).stackEvents().forEach(e -> seen.add(e.eventId()));
    }

    /** What ended the wait: the last stack status, or a cancel while CloudFormation was still working. */
    record Ending(String status, boolean stoppedWatching) {
    }

    /**
     * Streams events until the stack settles. On cancel, an update is cancelled (CloudFormation rolls it back and
     * this keeps watching); any other operation is left running and the wait ends with {@code stoppedWatching}.
     */
    Ending follow(DeployListener listener, CancelSignal cancel) throws DeployException {
        boolean cancelSent = false;
        while (true) {
            publish(listener);
            Optional<Stack> s = stacks.find(stackId);
            String status = s.map(Stack::stackStatusAsString).orElse("DELETE_COMPLETE");
            if (!Stacks.inProgress(status)) {
                publish(listener); // the events that led to the final status
                return new Ending(status, false);
            }
            if (cancel.isCancelled() && !cancelSent) {
                if (status.equals("UPDATE_IN_PROGRESS")) {
                    cancelUpdate(listener);
                    cancelSent = true;
                } else {
                    return new Ending(status, true);
                }
            }
            pause.shortWait();
        }
    }

    /**
     * Asks CloudFormation to cancel the update. Between reading UPDATE_IN_PROGRESS and this call the update may
     * have moved past the point where it can be cancelled (UPDATE_COMPLETE_CLEANUP_IN_PROGRESS, or done): then
     * it is refused, and the watch goes on to report how the update really ended.
     */
    private void cancelUpdate(DeployListener listener) {
        try {
            cfn.cancelUpdateStack(b -> b.stackName(stackId));
            listener.step("cancel: asked CloudFormation to cancel the update of " + stackName
                    + "; it rolls back to the previous version");
        } catch (CloudFormationException e) {
            listener.step("cancel: too late to cancel the update of " + stackName + " (" + Errors.message(e)
                    + "); following it to its end");
        }
    }

    /** Every event streamed so far, oldest first. */
    java.util.List<StackEvent> events() {
        return java.util.List.copyOf(events);
    }

    private void publish(DeployListener listener) {
        for (StackEvent e : newEvents()) {
            if (seen.add(e.id())) {
                events.add(e);
                listener.event(e);
            }
        }
    }

    /** Events not yet seen, oldest first. */
    private Deque<StackEvent> newEvents() {
        Deque<StackEvent> fresh = new ArrayDeque<>();
        for (var e : cfn.describeStackEventsPaginator(b -> b.stackName(stackId)).stackEvents()) {
            if (seen.contains(e.eventId())) {
                break;
            }
            fresh.addFirst(new StackEvent(e.eventId(), stackName, e.timestamp(), e.logicalResourceId(),
                    e.resourceType(), e.resourceStatusAsString(), Optional.ofNullable(e.resourceStatusReason())
                            .orElse("")));
        }
        return fresh;
    }
}
