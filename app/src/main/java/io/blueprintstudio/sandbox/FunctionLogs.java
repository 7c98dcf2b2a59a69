package io.blueprintstudio.sandbox;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;

/**
 * Writes a proxied run's log lines to the emulator's {@code /aws/lambda/NAME} log group, where Lambda would put them
 * (MiniStack writes only its START/END/REPORT lines there for a proxied function). Best effort: a run's result
 * never depends on its logs being stored.
 */
final class FunctionLogs implements AutoCloseable {
    private final CloudWatchLogsClient logs;
    private final Consumer<String> problems;

    FunctionLogs(CloudWatchLogsClient logs, Consumer<String> problems) {
        this.logs = logs;
        this.problems = problems;
    }

    void write(String functionName, String requestId, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String group = "/aws/lambda/" + functionName;
        // Lambda's stream naming (date, version, an id), so tools that list a function's streams find this one.
        String stream = LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/') + "/[$LATEST]" + requestId;
        long now = System.currentTimeMillis();
        try {
            createIfMissing(() -> logs.createLogGroup(b -> b.logGroupName(group)));
            createIfMissing(() -> logs.createLogStream(b -> b.logGroupName(group).logStreamName(stream)));
            logs.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(lines.stream()
                    .map(l -> InputLogEvent.builder().timestamp(now).message(l).build()).toList()));
        } catch (SdkException e) {
            problems.accept("Could not store the log of " + functionName + " in " + group + ": " + e.getMessage());
        }
    }

    private static void createIfMissing(Runnable create) {
        try {
            create.run();
        } catch (ResourceAlreadyExistsException exists) {
            // MiniStack made it on an earlier run, or we did.
        }
    }

    @Override
    public void close() {
        logs.close();
    }
}
