package io.blueprintstudio.aws;

import java.util.Optional;

/**
 * How one stack's deploy or destroy ended.
 *
 * @param stackName    the stack
 * @param result       what happened
 * @param stackStatus  the stack's last status (DELETE_COMPLETE once gone; empty when it never existed)
 * @param firstFailure the first resource that failed for a reason of its own
 * @param summary      one or two sentences for the user: what happened, what state is left, what to do
 */
public record StackOutcome(String stackName, Result result, String stackStatus, Optional<StackEvent> firstFailure,
        String summary) {
    /** The ways a stack operation ends. */
    public enum Result { CREATED, UPDATED, NO_CHANGES, DELETED, NOT_DEPLOYED, FAILED, CANCELLED }

    public boolean ok() {
        return result != Result.FAILED && result != Result.CANCELLED;
    }
}
