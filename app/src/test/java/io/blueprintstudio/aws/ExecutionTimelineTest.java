package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionTimelineTest {
    private static final String ARN = "arn:aws:states:us-east-1:000000000000:execution:m:run";

    private static ExecutionEvent e(long id, String type, String state) {
        return new ExecutionEvent(ARN, id, Instant.ofEpochSecond(id), type, state, null, null,
                type.endsWith("Failed") ? "States.TaskFailed" : null, null, null, null);
    }

    private static List<ExecutionEvent> retriedTaskThenCaught() {
        return List.of(e(1, "ExecutionStarted", null), e(2, "TaskStateEntered", "Convert"),
                e(3, "TaskScheduled", null), e(4, "TaskFailed", null), e(5, "TaskScheduled", null),
                e(6, "TaskSucceeded", null), e(7, "TaskStateExited", "Convert"), e(8, "TaskStateEntered", "Report"),
                e(9, "TaskScheduled", null), e(10, "TaskFailed", null), e(11, "TaskStateExited", "Report"),
                e(12, "FailStateEntered", "Failed"), e(13, "ExecutionFailed", null));
    }

    @Test
    void repeatedAndReorderedPollsGiveEachEventOnceInIdOrder() {
        ExecutionTimeline t = new ExecutionTimeline(ARN);
        List<ExecutionEvent> all = retriedTaskThenCaught();
        List<ExecutionEvent> out = new ArrayList<>();
        out.addAll(t.add(List.of(all.get(2), all.get(0), all.get(1))));
        out.addAll(t.add(all.subList(0, 6)));
        out.addAll(t.add(List.of(all.get(5), all.get(5))));
        out.addAll(t.add(all));
        out.addAll(t.add(all));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L), RecordingTailListener.ids(out));
        assertEquals(Optional.of("FAILED"), t.outcome());
    }

    @Test
    void anEventOfALaterPollWithALowerIdIsShownBeforeTheHigherOnes() {
        ExecutionTimeline t = new ExecutionTimeline(ARN);
        List<ExecutionEvent> all = retriedTaskThenCaught();
        List<ExecutionEvent> out = new ArrayList<>(t.add(List.of(all.get(0), all.get(1), all.get(3))));
        assertEquals(List.of(1L, 2L), RecordingTailListener.ids(out), "4 waits for 3");
        assertEquals(2, t.completeThrough());
        out.addAll(t.add(List.of(all.get(2))));
        assertEquals(List.of(1L, 2L, 3L, 4L), RecordingTailListener.ids(out));
        assertEquals("Convert", out.get(3).stateName(), "TaskFailed is placed after its state was entered");
        out.addAll(t.add(all));
        assertEquals(13, out.size());
        assertEquals(Map.of("Convert", StateStatus.SUCCEEDED, "Report", StateStatus.CAUGHT,
                "Failed", StateStatus.FAILED), t.states());
    }

    @Test
    void eventsHeldForAMissingIdAreShownAfterTheHoldAndTheMissingOneStillOnceWhenItComes() {
        long[] now = {0};
        ExecutionTimeline t = new ExecutionTimeline(ARN, () -> now[0]);
        List<ExecutionEvent> all = retriedTaskThenCaught();
        List<ExecutionEvent> out = new ArrayList<>(t.add(List.of(all.get(0))));
        out.addAll(t.add(all.subList(2, 13))); // 2 is missing
        assertEquals(List.of(1L), RecordingTailListener.ids(out));
        now[0] += ExecutionTimeline.HOLD.toNanos() - 1;
        assertTrue(t.add(List.of()).isEmpty(), "still within the hold");
        assertTrue(t.outcome().isEmpty());
        now[0] += 1;
        out.addAll(t.add(List.of()));
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L), RecordingTailListener.ids(out));
        assertEquals(Optional.of("FAILED"), t.outcome(), "the end is never held for ever");
        assertEquals(1, t.completeThrough());

        List<ExecutionEvent> late = t.add(List.of(all.get(1), all.get(1)));
        assertEquals(List.of(2L), RecordingTailListener.ids(late), "shown once, late");
        assertEquals(13, t.completeThrough());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L),
                RecordingTailListener.ids(t.events()), "kept in id order");
        assertTrue(t.add(all).isEmpty());
    }

    @Test
    void aRetryThatSucceedsIsSucceededAndAnErrorACatchHandledIsCaught() {
        ExecutionTimeline t = new ExecutionTimeline(ARN);
        List<ExecutionEvent> out = t.add(retriedTaskThenCaught());
        assertEquals(Map.of("Convert", StateStatus.SUCCEEDED, "Report", StateStatus.CAUGHT,
                "Failed", StateStatus.FAILED), t.states());
        assertEquals("Convert", out.get(3).stateName(), "TaskFailed happens in the state entered before it");
        assertEquals("", out.get(0).stateName());
    }

    @Test
    void aStateStillOpenWhenTheExecutionFailsIsFailedAndARunningOneIsRunning() {
        ExecutionTimeline t = new ExecutionTimeline(ARN);
        t.add(List.of(e(1, "ExecutionStarted", null), e(2, "TaskStateEntered", "Convert")));
        assertEquals(StateStatus.RUNNING, t.states().get("Convert"));
        assertTrue(t.outcome().isEmpty());
        t.add(List.of(e(3, "TaskScheduled", null), e(4, "TaskFailed", null), e(5, "ExecutionFailed", null)));
        assertEquals(StateStatus.FAILED, t.states().get("Convert"));
    }

    @Test
    void eventsOfOtherExecutionsAreIgnored() {
        ExecutionTimeline t = new ExecutionTimeline(ARN);
        ExecutionEvent other = new ExecutionEvent(ARN + "-2", 1, Instant.EPOCH, "ExecutionStarted", null, null, null,
                null, null, null, null);
        assertTrue(t.add(List.of(other)).isEmpty());
    }

    @Test
    void readsTheSnsMessageFromAPublishTasksParameters() {
        ExecutionEvent scheduled = new ExecutionEvent(ARN, 7, Instant.EPOCH, "TaskScheduled", "Report Result", null,
                null, null, null, "sns:publish",
                "{\"TopicArn\":\"arn:aws:sns:us-east-1:1:t\",\"Message\":{\"Status\":\"passed\"}}");
        assertEquals(Optional.of("{\"Status\":\"passed\"}"), scheduled.snsMessage());
        assertEquals("message {\"Status\":\"passed\"}", scheduled.shortDetail(80));
    }

    @Test
    void readsAnExpressLogLineAsAwsWritesIt() {
        String line = "{\"id\":\"3\",\"type\":\"TaskStateEntered\",\"details\":{\"input\":\"{\\\"a\\\":1}\","
                + "\"inputDetails\":{\"truncated\":false},\"name\":\"Convert\"},\"previous_event_id\":\"2\","
                + "\"event_timestamp\":\"1700000000123\",\"execution_arn\":\"" + ARN + "\",\"redrive_count\":\"0\"}";
        ExecutionEvent e = HistoryEvents.fromLogLine(line).orElseThrow();
        assertEquals(3, e.id());
        assertEquals("Convert", e.stateName());
        assertEquals("{\"a\":1}", e.input());
        assertEquals(Instant.ofEpochMilli(1700000000123L), e.time());
        assertTrue(HistoryEvents.fromLogLine("START RequestId: 1").isEmpty());
    }
}
