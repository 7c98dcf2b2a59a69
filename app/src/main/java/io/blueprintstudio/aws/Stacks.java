package io.blueprintstudio.aws;

import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/** Reads stacks by name or id; "does not exist" is an empty answer, not an error. */
final class Stacks {
    private final CloudFormationClient cfn;

    Stacks(CloudFormationClient cfn) {
        this.cfn = cfn;
    }

    Optional<Stack> find(String nameOrId) {
        try {
            return cfn.describeStacks(b -> b.stackName(nameOrId)).stacks().stream().findFirst();
        } catch (CloudFormationException e) {
            if (e.statusCode() == 400 && String.valueOf(e.getMessage()).contains("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether the stack exists in a state a new CREATE change set cannot use (gone, or only under review). */
    boolean needsCreate(Optional<Stack> stack) {
        return stack.isEmpty() || stack.get().stackStatus() == StackStatus.REVIEW_IN_PROGRESS
                || stack.get().stackStatus() == StackStatus.DELETE_COMPLETE;
    }

    /**
     * Deletes a stack that holds nothing but a refused or dropped CREATE change set: one still under review with
     * no change set left (another's pending CREATE keeps it). Failures are left alone: it is only tidying.
     */
    void removeEmptyReview(String name) {
        try {
            Optional<Stack> s = find(name).filter(x -> x.stackStatus() == StackStatus.REVIEW_IN_PROGRESS);
            if (s.isPresent() && cfn.listChangeSets(b -> b.stackName(name)).summaries().stream()
                    .allMatch(c -> c.statusAsString().startsWith("DELETE"))) {
                cfn.deleteStack(b -> b.stackName(s.get().stackId()));
            }
        } catch (SdkException e) {
            // The empty stack stays; the next CREATE change set reuses it.
        }
    }

    static boolean inProgress(String status) {
        return status.endsWith("_IN_PROGRESS");
    }
}
