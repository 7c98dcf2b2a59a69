package io.blueprintstudio.aws;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;

/**
 * History of EXPRESS executions, which the Step Functions API does not keep: the JSON events Step Functions writes
 * to the machine's log group at level ALL.
 *
 * <p>CloudWatch Logs may deliver an event after newer ones (each log stream, and each concurrent execution, is
 * delivered on its own), so every search starts {@link #LOOKBACK} before the newest event seen and the tail drops
 * what it already has by event id. An EXPRESS execution lasts at most five minutes, so that window also holds
 * every event of one still running. A search is a chain of pages: AWS may answer a page with no events and a
 * token when it has searched only some of the streams, so only a missing token ends it. One read follows at most
 * {@link #MAX_PAGES} pages; a search not finished by then goes on from its token at the next read. (MiniStack
 * answers every search in one page, without a token.)
 */
final class LogGroupHistory implements HistorySource {
    /** How far before the newest event seen each search starts. */
    static final Duration LOOKBACK = Duration.ofMinutes(5);
    /** Pages one read follows at most. */
    static final int MAX_PAGES = 10;

    private final CloudWatchLogsClient logs;
    private final String logGroup;
    private final String executionArn;
    private final long floor;
    private long newest;
    /** A search cut short by {@link #MAX_PAGES}, continued at the next read. */
    private Search unfinished;

    private record Search(long start, String token) {
    }

    /** @param executionArn one execution, or null for all of the group's; {@code from} is the earliest event read */
    LogGroupHistory(CloudWatchLogsClient logs, String logGroup, String executionArn, Instant from) {
        this.logs = logs;
        this.logGroup = logGroup;
        this.executionArn = executionArn;
        this.floor = from.toEpochMilli();
        this.newest = floor;
    }

    @Override
    public List<ExecutionEvent> read(Map<String, ExecutionTimeline> known) {
        Search search = unfinished != null ? unfinished
                : new Search(Math.max(floor, newest - LOOKBACK.toMillis()), null);
        List<ExecutionEvent> out = new ArrayList<>();
        long seenUpTo = newest;
        String token = search.token();
        for (int page = 0; page < MAX_PAGES; page++) {
            FilterLogEventsResponse r = logs.filterLogEvents(request(search.start(), token));
            for (FilteredLogEvent line : r.events()) {
                seenUpTo = Math.max(seenUpTo, line.timestamp() == null ? 0 : line.timestamp());
                HistoryEvents.fromLogLine(line.message())
                        .filter(e -> executionArn == null || e.executionArn().equals(executionArn))
                        .filter(e -> !HistorySource.ended(known, e.executionArn()))
                        .ifPresent(out::add);
            }
            token = r.nextToken();
            if (token == null || token.isEmpty()) {
                break;
            }
        }
        // Only now, when no call failed: a failed read is repeated whole.
        newest = seenUpTo;
        unfinished = token == null || token.isEmpty() ? null : new Search(search.start(), token);
        return out;
    }

    /** True when the last read finished its search (nothing more is there to read right now). */
    boolean caughtUp() {
        return unfinished == null;
    }

    private FilterLogEventsRequest request(long start, String token) {
        FilterLogEventsRequest.Builder b = FilterLogEventsRequest.builder().logGroupName(logGroup).startTime(start)
                .nextToken(token);
        if (executionArn != null) {
            // AWS then sends only this execution's lines (MiniStack takes a JSON pattern as "everything").
            b.filterPattern("{ $.execution_arn = \"" + executionArn + "\" }");
        }
        return b.build();
    }
}
