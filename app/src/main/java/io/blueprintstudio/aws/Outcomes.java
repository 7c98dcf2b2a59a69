package io.blueprintstudio.aws;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns how a stack operation ended into a {@link StackOutcome} that says what state is left and what to do. */
final class Outcomes {
    private Outcomes() {
    }

    static StackOutcome deployed(StackPlan plan, StackWatcher.Ending end, List<StackEvent> events,
            boolean cancelled) {
        String name = plan.stackName();
        Optional<StackEvent> failure = events.stream().filter(StackEvent::isRootFailure).findFirst();
        String status = end.status();
        if (end.stoppedWatching()) {
            return new StackOutcome(name, StackOutcome.Result.CANCELLED, status, failure, "stopped watching: " + name
                    + " is still " + status + " in CloudFormation, which finishes or rolls it back on its own; "
                    + "look again with a new diff, or remove it with destroy");
        }
        if (status.equals("CREATE_COMPLETE") || status.equals("UPDATE_COMPLETE")) {
            return new StackOutcome(name, plan.newStack() ? StackOutcome.Result.CREATED : StackOutcome.Result.UPDATED,
                    status, Optional.empty(), name + " " + (plan.newStack() ? "created" : "updated") + " ("
                            + plan.changes().size() + (plan.changes().size() == 1 ? " change)" : " changes)")
                            + (cancelled ? "; the cancel came too late to stop it" : ""));
        }
        if (cancelled && status.equals("UPDATE_ROLLBACK_COMPLETE")) {
            return new StackOutcome(name, StackOutcome.Result.CANCELLED, status, failure, "update of " + name
                    + " cancelled; it rolled back to its previous version (" + status + ")" + failure.map(f ->
                            "; before the cancel took effect " + f.logicalId() + " failed: " + f.reason()).orElse(""));
        }
        return new StackOutcome(name, StackOutcome.Result.FAILED, status, failure, name + " failed"
                + failure.map(f -> ": " + f.logicalId() + " (" + f.type() + ") " + f.status() + ": "
                        + f.reason().replaceAll("[.\\s]+$", "")).orElse(" (" + status + ")")
                + ". " + rollback(name, status));
    }

    /** What a failed stack's final status leaves behind. */
    static String rollback(String name, String status) {
        return switch (status) {
            case "ROLLBACK_COMPLETE" -> "Rolled back: nothing it created remains, but the empty stack stays in "
                    + "ROLLBACK_COMPLETE until deleted (the next deploy deletes it first; destroy removes it).";
            case "UPDATE_ROLLBACK_COMPLETE" -> "Rolled back: " + name + " is at its previous version again.";
            case "ROLLBACK_FAILED", "UPDATE_ROLLBACK_FAILED" -> "The rollback failed too (" + status + "): some "
                    + "resources may be left half-changed; see the events, fix the cause, then continue the rollback "
                    + "or delete the stack.";
            default -> "The stack is now " + status + ".";
        };
    }

    static StackOutcome destroyed(String name, StackWatcher.Ending end, List<StackEvent> events) {
        Optional<StackEvent> failure = events.stream().filter(StackEvent::isRootFailure).findFirst();
        if (end.stoppedWatching()) {
            return new StackOutcome(name, StackOutcome.Result.CANCELLED, end.status(), failure, "stopped watching: "
                    + name + " is still " + end.status() + "; CloudFormation goes on deleting it");
        }
        if (!end.status().equals("DELETE_COMPLETE")) {
            return new StackOutcome(name, StackOutcome.Result.FAILED, end.status(), failure, name
                    + " was not deleted" + failure.map(f -> ": " + f.logicalId() + " (" + f.type() + ") "
                            + f.reason()).orElse("") + " (" + end.status() + ")");
        }
        String kept = events.stream().filter(e -> e.status().equals("DELETE_SKIPPED"))
                .map(e -> e.logicalId() + " (" + e.type() + ")").collect(Collectors.joining(", "));
        return new StackOutcome(name, StackOutcome.Result.DELETED, end.status(), Optional.empty(), name + " deleted"
                + (kept.isEmpty() ? "" : "; kept by their DeletionPolicy: " + kept));
    }
}
