package io.blueprintstudio.aws;

/** Asks the user whether to execute a stack's change set, after seeing its preview. */
@FunctionalInterface
public interface Approval {
    boolean approve(StackPlan plan);

    /** {@code --yes}: every change set is executed. */
    Approval ALL = plan -> true;
}
