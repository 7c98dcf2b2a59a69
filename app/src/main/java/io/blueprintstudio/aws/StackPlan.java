package io.blueprintstudio.aws;

import java.util.List;

/**
 * What deploying one stack would change: a created change set and its rows, or why there is nothing to execute.
 *
 * @param stack         the stack
 * @param kind          what the preview found
 * @param changeSetName the change set to execute (only for {@link Kind#CHANGES})
 * @param newStack      true when the change set creates the stack
 * @param changes       the preview rows
 * @param reason        why there is no change set ({@link Kind#NO_CHANGES}, {@link Kind#UNAVAILABLE})
 */
public record StackPlan(StackArtifact stack, Kind kind, String changeSetName, boolean newStack,
        List<ResourceChange> changes, String reason) {
    /** What a preview can find. */
    public enum Kind {
        /** A change set ready to execute. */
        CHANGES,
        /** The stack is deployed and matches the template. */
        NO_CHANGES,
        /** CloudFormation refused the change set, e.g. an SSM parameter an earlier stack creates is not there yet. */
        UNAVAILABLE
    }

    public StackPlan {
        changes = List.copyOf(changes);
    }

    public String stackName() {
        return stack.stackName();
    }

    /** One line for lists: "create MyStack: 3 changes", "MyStack: no changes", ... */
    public String summary() {
        return switch (kind) {
            case CHANGES -> (newStack ? "create " : "update ") + stackName() + ": " + changes.size()
                    + (changes.size() == 1 ? " change" : " changes");
            case NO_CHANGES -> stackName() + ": no changes";
            case UNAVAILABLE -> stackName() + ": no preview yet — " + reason;
        };
    }
}
