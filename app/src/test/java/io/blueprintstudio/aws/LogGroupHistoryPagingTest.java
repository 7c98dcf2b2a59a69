package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Searching an EXPRESS machine's log group as AWS pages FilterLogEvents, through {@link PagingLogsStub} (a
 * hand-written client: MiniStack never answers with a token). Late deliveries against MiniStack itself are in
 * {@link ExpressLogTailTest}.
 */
class LogGroupHistoryPagingTest {
    private static final String ARN =
            "arn:aws:states:eu-west-1:111122223333:express:m:run-1:0a1b2c3d-0000-0000-0000-000000000000";
    private static final long T0 = 1_700_000_000_000L;

    private static String line(long id, String type, long time) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"details\":{},\"event_timestamp\":\"" + time
                + "\",\"execution_arn\":\"" + ARN + "\"}";
    }

    private static LogGroupHistory history(PagingLogsStub logs) {
        return new LogGroupHistory(logs, "/aws/vendedlogs/states/m", ARN, Instant.ofEpochMilli(T0 - 3_600_000));
    }

    @Test
    void pagesWithNoEventsButATokenDoNotEndTheSearch() {
        PagingLogsStub logs = new PagingLogsStub();
        logs.emptyPages = 3;
        logs.put(T0, line(1, "ExecutionStarted", T0));
        logs.put(T0 + 1, line(2, "ExecutionSucceeded", T0 + 1));

        List<ExecutionEvent> read = history(logs).read(Map.of());

        assertEquals(List.of(1L, 2L), RecordingTailListener.ids(read));
        assertEquals(4, logs.requests.size());
        assertTrue(logs.requests.stream().allMatch(r -> r.filterPattern().equals("{ $.execution_arn = \"" + ARN
                + "\" }")), "AWS sends only this execution's lines: " + logs.requests.get(0).filterPattern());
    }

    @Test
    void aSearchLongerThanOneReadGoesOnFromItsTokenAtTheNext() {
        PagingLogsStub logs = new PagingLogsStub();
        logs.emptyPages = LogGroupHistory.MAX_PAGES + 2;
        logs.put(T0, line(1, "ExecutionStarted", T0));
        LogGroupHistory history = history(logs);

        assertTrue(history.read(Map.of()).isEmpty());
        assertEquals(LogGroupHistory.MAX_PAGES, logs.requests.size(), "the work of one read is bounded");
        assertTrue(!history.caughtUp());
        List<ExecutionEvent> read = history.read(Map.of());
        assertEquals(List.of(1L), RecordingTailListener.ids(read));
        assertEquals(LogGroupHistory.MAX_PAGES + 3, logs.requests.size());
        assertTrue(logs.requests.get(LogGroupHistory.MAX_PAGES).nextToken() != null, "went on from the token");
        assertTrue(history.caughtUp());
    }

    @Test
    void eachSearchLooksFiveMinutesBackSoALateEventIsStillRead() {
        PagingLogsStub logs = new PagingLogsStub();
        logs.put(T0, line(1, "ExecutionStarted", T0));
        logs.put(T0 + 120_000, line(3, "PassStateExited", T0 + 120_000));
        LogGroupHistory history = history(logs);
        ExecutionTimeline t = new ExecutionTimeline(ARN);
        t.add(history.read(Map.of(ARN, t)));

        // Event 2 happened a minute before the newest event read, and arrives only now; then the end.
        logs.put(T0 + 60_000, line(2, "PassStateEntered", T0 + 60_000));
        logs.put(T0 + 121_000, line(4, "ExecutionSucceeded", T0 + 121_000));
        List<ExecutionEvent> shown = t.add(history.read(Map.of(ARN, t)));

        assertEquals(T0 + 120_000 - LogGroupHistory.LOOKBACK.toMillis(), logs.requests.get(1).startTime());
        assertEquals(List.of(2L, 3L, 4L), RecordingTailListener.ids(shown));
        assertTrue(t.ended());
    }
}
