package io.blueprintstudio.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;

/**
 * History of EXPRESS executions, which the Step Functions API does not keep: the JSON events Step Functions writes
 * to the machine's log group at level ALL. Each read asks from a little before the newest event seen so far, as
 * CloudWatch Logs may deliver late; the overlap is removed by event id.
 */
final class LogGroupHistory implements HistorySource {
    /** How far back each read looks again for late deliveries. */
    static final long OVERLAP_MS = 5_000;
    private static final int MAX_PAGES = 20;

    private final CloudWatchLogsClient logs;
    private final String logGroup;
    private final String executionArn;
    private long from;

    /** @param executionArn one execution, or null for all of the group's */
    LogGroupHistory(CloudWatchLogsClient logs, String logGroup, String executionArn, Instant from) {
        this.logs = logs;
        this.logGroup = logGroup;
        this.executionArn = executionArn;
        this.from = from.toEpochMilli();
    }

    @Override
    public List<ExecutionEvent> read(Map<String, ExecutionTimeline> known) {
        List<ExecutionEvent> out = new ArrayList<>();
        long newest = from;
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String t = token;
            long start = from;
            FilterLogEventsResponse r = logs.filterLogEvents(b -> b.logGroupName(logGroup).startTime(start)
                    .nextToken(t));
            for (FilteredLogEvent line : r.events()) {
                newest = Math.max(newest, line.timestamp() == null ? 0 : line.timestamp());
                HistoryEvents.fromLogLine(line.message())
                        .filter(e -> executionArn == null || e.executionArn().equals(executionArn))
                        .filter(e -> !HistorySource.ended(known, e.executionArn()))
                        .ifPresent(out::add);
            }
            token = r.nextToken();
            if (token == null || token.isEmpty() || r.events().isEmpty()) {
                break;
            }
        }
        from = Math.max(from, newest - OVERLAP_MS);
        return out;
    }
}
