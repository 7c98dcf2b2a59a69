package io.blueprintstudio.ui.executions;

import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.StateStatus;
import java.util.List;

/** What one state of an execution received and produced, read from its events (the last attempt's, on a retry). */
public record StateRun(String state, StateStatus status, String input, String output, String error, String cause) {

    static StateRun of(String state, StateStatus status, List<ExecutionEvent> events) {
        String input = "";
        String output = "";
        String error = "";
        String cause = "";
        for (ExecutionEvent e : events) {
            if (status == StateStatus.FAILED && e.endsExecution() && error.isEmpty()) {
                // The execution failed in this state without a task failure of its own (NoChoiceMatched, Fail).
                error = e.error();
                cause = e.cause();
            }
            if (!e.stateName().equals(state)) {
                continue;
            }
            if (e.type().endsWith("StateEntered")) {
                input = e.input();
            } else if (e.type().endsWith("StateExited")) {
                output = e.output();
            }
            if (!e.error().isEmpty() || !e.cause().isEmpty()) {
                error = e.error();
                cause = e.cause();
            }
        }
        return new StateRun(state, status, input, output, error, cause);
    }
}
