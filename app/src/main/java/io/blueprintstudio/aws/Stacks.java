package io.blueprintstudio.aws;

import java.util.Optional;
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

    /** Deletes a stack that holds nothing but a refused or dropped CREATE change set. */
    void removeEmptyReview(String name) {
        find(name).filter(s -> s.stackStatus() == StackStatus.REVIEW_IN_PROGRESS)
                .ifPresent(s -> cfn.deleteStack(b -> b.stackName(s.stackId())));
    }

    static boolean inProgress(String status) {
        return status.endsWith("_IN_PROGRESS");
    }
}
