package io.blueprintstudio.aws;

import java.time.Instant;

/**
 * One CloudFormation stack event.
 *
 * @param id        the event id (events are de-duplicated by it)
 * @param stackName the stack
 * @param time      when CloudFormation recorded it
 * @param logicalId the resource's logical id (the stack's name for the stack itself)
 * @param type      the resource type
 * @param status    e.g. CREATE_IN_PROGRESS, CREATE_FAILED
 * @param reason    CloudFormation's reason, empty when none
 */
public record StackEvent(String id, String stackName, Instant time, String logicalId, String type, String status,
        String reason) {
    /** A resource (not the stack) that failed for a reason of its own, not because another one failed. */
    public boolean isRootFailure() {
        return status.endsWith("_FAILED") && !type.equals("AWS::CloudFormation::Stack")
                && !reason.startsWith("Resource creation cancelled") && !reason.startsWith("Resource update cancelled");
    }

    /** One progress line: {@code stack  resource  type  STATUS  reason}. */
    public String line() {
        return stackName + "  " + logicalId + "  " + type + "  " + status + (reason.isEmpty() ? "" : "  " + reason);
    }
}
