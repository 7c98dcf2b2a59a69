package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * EXPRESS executions are read from the machine's log group. Neither emulator writes execution events there (they
 * keep EXPRESS history in the API instead), so this test writes the lines Step Functions writes at level ALL
 * (format from the Step Functions developer guide, "Using CloudWatch Logs to log execution history") itself, in two
 * overlapping, out-of-order batches, and tails them through CloudWatch Logs on MiniStack.
 */
class ExpressLogTailTest {

    @Test
    void tailsAnExpressExecutionFromItsLogGroupOnceInOrder() throws Exception {
        Emulator emulator = Emulator.MINISTACK;
        String name = Emulator.unique("express");
        String group = "/aws/stepfunction/" + name;
        String machine = OrchestratorMachine.createExpress(emulator, name, group);
        String arn = machine.replace(":stateMachine:", ":express:") + ":run-1:0a1b2c3d";
        long t0 = Instant.now().toEpochMilli();
        List<String> lines = List.of(
                line(1, "ExecutionStarted", "{\"input\":\"{}\"}", t0, arn),
                line(2, "PassStateEntered", "{\"name\":\"Lambda CSV to Parquet\",\"input\":\"{}\"}", t0 + 1, arn),
                line(3, "PassStateExited", "{\"name\":\"Lambda CSV to Parquet\",\"output\":\"{}\"}", t0 + 2, arn),
                line(4, "TaskStateEntered", "{\"name\":\"Report Failure\",\"input\":\"{}\"}", t0 + 3, arn),
                line(5, "TaskScheduled", "{\"resourceType\":\"sns\",\"resource\":\"publish\",\"parameters\":"
                        + "\"{\\\"Message\\\":\\\"failed\\\"}\"}", t0 + 4, arn),
                line(6, "TaskFailed", "{\"error\":\"SNS.NotFoundException\",\"cause\":\"no topic\"}", t0 + 5, arn),
                line(7, "TaskStateExited", "{\"name\":\"Report Failure\",\"output\":\"{}\"}", t0 + 6, arn),
                line(8, "FailStateEntered", "{\"name\":\"Conversion Failed\",\"input\":\"{}\"}", t0 + 7, arn),
                line(9, "ExecutionFailed", "{\"error\":\"ConversionFailed\",\"cause\":\"bad CSV\"}", t0 + 8, arn));
        try (CloudWatchLogsClient logs = emulator.target().client(CloudWatchLogsClient.builder());
                ExecutionTail tail = new ExecutionTail(emulator.target())) {
            logs.createLogStream(b -> b.logGroupName(group).logStreamName("states/" + name + "/a"));
            put(logs, group, name + "/a", lines.subList(0, 5), t0);
            RecordingTailListener seen = new RecordingTailListener();
            Thread follower = new Thread(() -> {
                try {
                    tail.followExecution(arn, seen);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            });
            follower.start();
            Thread.sleep(800);
            // The second batch repeats two lines and arrives out of order, as late deliveries do.
            List<String> rest = new ArrayList<>(lines.subList(3, 9));
            java.util.Collections.reverse(rest);
            put(logs, group, name + "/a", rest, t0);
            follower.join(20_000);

            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), RecordingTailListener.ids(seen.events));
            assertEquals(StateStatus.CAUGHT, seen.states.get(arn).get("Report Failure"));
            assertEquals(StateStatus.FAILED, seen.states.get(arn).get("Conversion Failed"));
            assertEquals("{\"Message\":\"failed\"}", seen.events.get(4).parameters());
            assertTrue(seen.events.get(4).snsMessage().isPresent());
            // AWS does not list EXPRESS executions; the log group does.
            List<ExecutionSummary> listed = tail.listFromLogs(tail.machine(machine), java.util.Optional.empty(),
                    Instant.ofEpochMilli(t0 - 60_000));
            assertEquals(1, listed.size(), listed.toString());
            assertEquals("FAILED", listed.get(0).status());
            assertEquals("run-1", listed.get(0).name());
            assertTrue(tail.listFromLogs(tail.machine(machine), java.util.Optional.of("SUCCEEDED"),
                    Instant.ofEpochMilli(t0 - 60_000)).isEmpty());
            // What "Run with a file" matches its upload against: the input the execution started with.
            assertEquals(java.util.Optional.of("{}"), tail.startInput(arn));
        }
    }

    /**
     * The end event of a run comes a minute late from another log stream, after a newer line of another execution:
     * a tail that looked back only a few seconds before the newest line would never see it, and never end.
     */
    @Test
    void anEndEventDeliveredLateFromAnotherStreamStillEndsTheTail() throws Exception {
        Emulator emulator = Emulator.MINISTACK;
        String name = Emulator.unique("late");
        String group = "/aws/stepfunction/" + name;
        String machine = OrchestratorMachine.createExpress(emulator, name, group);
        String arn = machine.replace(":stateMachine:", ":express:") + ":run-1:0a1b2c3d";
        String other = machine.replace(":stateMachine:", ":express:") + ":run-2:4e5f6a7b";
        long t0 = Instant.now().toEpochMilli();
        long start = t0 - 60_000;
        List<String> lines = List.of(
                line(1, "ExecutionStarted", "{\"input\":\"{}\"}", start, arn),
                line(2, "PassStateEntered", "{\"name\":\"Lambda CSV to Parquet\",\"input\":\"{}\"}", start + 1, arn),
                line(3, "PassStateExited", "{\"name\":\"Lambda CSV to Parquet\",\"output\":\"{}\"}", start + 2, arn),
                line(4, "FailStateEntered", "{\"name\":\"Conversion Failed\",\"input\":\"{}\"}", start + 3, arn));
        try (CloudWatchLogsClient logs = emulator.target().client(CloudWatchLogsClient.builder());
                ExecutionTail tail = new ExecutionTail(emulator.target())) {
            logs.createLogStream(b -> b.logGroupName(group).logStreamName("states/" + name + "/a"));
            logs.createLogStream(b -> b.logGroupName(group).logStreamName("states/" + name + "/b"));
            put(logs, group, name + "/a", lines, start);
            put(logs, group, name + "/a", List.of(line(1, "ExecutionStarted", "{\"input\":\"{}\"}", t0, other)), t0);
            RecordingTailListener seen = new RecordingTailListener();
            String[] outcome = new String[1];
            Thread follower = new Thread(() -> {
                try {
                    outcome[0] = tail.followExecution(arn, seen);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            });
            follower.start();
            long until = System.currentTimeMillis() + 10_000;
            while (seen.events.size() < 4 && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertEquals(List.of(1L, 2L, 3L, 4L), RecordingTailListener.ids(seen.events));
            put(logs, group, name + "/b", List.of(line(5, "ExecutionFailed",
                    "{\"error\":\"ConversionFailed\",\"cause\":\"bad CSV\"}", start + 4, arn)), start + 4);
            follower.join(15_000);
            follower.interrupt();

            assertEquals("FAILED", outcome[0], "the tail ended: " + seen.events);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), RecordingTailListener.ids(seen.events));
            assertTrue(seen.of(other).isEmpty());
        }
    }

    /** Puts lines into the stream {@code states/STREAM} ({@code NAME/a} or {@code NAME/b}), from time t0 on. */
    private static void put(CloudWatchLogsClient logs, String group, String stream, List<String> lines, long t0) {
        List<InputLogEvent> events = new ArrayList<>();
        for (String l : lines) {
            events.add(InputLogEvent.builder().message(l).timestamp(t0 + events.size()).build());
        }
        events.sort(java.util.Comparator.comparing(InputLogEvent::timestamp));
        logs.putLogEvents(b -> b.logGroupName(group).logStreamName("states/" + stream).logEvents(events));
    }

    private static String line(int id, String type, String details, long time, String arn) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"details\":" + details + ",\"previous_event_id\":\""
                + (id - 1) + "\",\"event_timestamp\":\"" + time + "\",\"execution_arn\":\"" + arn
                + "\",\"redrive_count\":\"0\"}";
    }
}
