package io.blueprintstudio.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an execution's history, in the words of the Step Functions console: what happened
 * ({@code type}, e.g. {@code TaskStateEntered}), in which state, and the data it carried. Absent texts are empty,
 * never null.
 *
 * @param executionArn the execution it belongs to
 * @param id           the event's number within its execution (1 = ExecutionStarted); unique per execution
 * @param time         when Step Functions recorded it
 * @param type         the history event type, as AWS names it
 * @param stateName    the state it happened in; empty for execution-level events
 * @param input        the JSON a state or execution received
 * @param output       the JSON a state, task or execution produced
 * @param error        the error name of a failure
 * @param cause        the failure's cause
 * @param resource     the task's resource (e.g. {@code arn:aws:states:::sns:publish}, or {@code publish} with
 *                     resource type {@code sns})
 * @param parameters   the task's resolved parameters, when the source reports them (TaskScheduled)
 */
public record ExecutionEvent(String executionArn, long id, Instant time, String type, String stateName, String input,
        String output, String error, String cause, String resource, String parameters) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ExecutionEvent {
        Objects.requireNonNull(executionArn, "executionArn");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        stateName = Objects.requireNonNullElse(stateName, "");
        input = Objects.requireNonNullElse(input, "");
        output = Objects.requireNonNullElse(output, "");
        error = Objects.requireNonNullElse(error, "");
        cause = Objects.requireNonNullElse(cause, "");
        resource = Objects.requireNonNullElse(resource, "");
        parameters = Objects.requireNonNullElse(parameters, "");
    }

    /** The same event placed in a state (events such as TaskScheduled do not name their state). */
    public ExecutionEvent inState(String name) {
        return new ExecutionEvent(executionArn, id, time, type, name, input, output, error, cause, resource,
                parameters);
    }

    /** True for the event that ends an execution (succeeded, failed, timed out or aborted). */
    public boolean endsExecution() {
        return type.startsWith("Execution") && !type.equals("ExecutionStarted") && !type.equals("ExecutionRedriven");
    }

    /** How the execution ended, for an event that {@link #endsExecution() ends it}: SUCCEEDED, FAILED, ... */
    public Optional<String> executionStatus() {
        return switch (type) {
            case "ExecutionSucceeded" -> Optional.of("SUCCEEDED");
            case "ExecutionFailed" -> Optional.of("FAILED");
            case "ExecutionTimedOut" -> Optional.of("TIMED_OUT");
            case "ExecutionAborted" -> Optional.of("ABORTED");
            default -> Optional.empty();
        };
    }

    /** A failure inside a state (a task, Lambda, activity, Map or Parallel that failed or timed out). */
    public boolean isFailureInState() {
        return !type.startsWith("Execution") && (type.endsWith("Failed") || type.endsWith("TimedOut"));
    }

    /** The SNS message a {@code sns:publish} task sends, when its parameters are known. */
    public Optional<String> snsMessage() {
        if (!type.equals("TaskScheduled") || parameters.isEmpty()
                || !(resource.endsWith("sns:publish") || resource.equals("publish"))) {
            return Optional.empty();
        }
        try {
            JsonNode message = JSON.readTree(parameters).path("Message");
            if (message.isMissingNode()) {
                return Optional.empty();
            }
            return Optional.of(message.isTextual() ? message.asText() : message.toString());
        } catch (java.io.IOException notJson) {
            return Optional.empty();
        }
    }

    /** A one-line summary of what the event carried: the error and cause, else the output, else the input. */
    public String shortDetail(int max) {
        String text;
        if (!error.isEmpty() || !cause.isEmpty()) {
            text = error + (cause.isEmpty() ? "" : ": " + cause);
        } else if (snsMessage().isPresent()) {
            text = "message " + snsMessage().get();
        } else if (!output.isEmpty()) {
            text = "output " + output;
        } else if (!input.isEmpty()) {
            text = "input " + input;
        } else {
            text = resource;
        }
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
