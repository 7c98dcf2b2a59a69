package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Dropped connections and throttling during a tail lose no event and repeat none (against MiniStack). */
class ExecutionTailFaultsTest {
    /** Fast polls and retries, so many faults happen during one short execution. */
    private static final PollSchedule FAST = new PollSchedule(Duration.ofMillis(40), Duration.ofMillis(120),
            Duration.ofMillis(200), 60);

    @Test
    @Timeout(90)
    void droppedCallsAndThrottlingLoseNoEventAndRepeatNone() throws Exception {
        Emulator emulator = Emulator.MINISTACK;
        OrchestratorMachine m = OrchestratorMachine.create(emulator, Emulator.unique("faults"), 2);
        FaultInjector faults = new FaultInjector();
        try (ExecutionTail clean = new ExecutionTail(emulator.target());
                ExecutionTail tail = new ExecutionTail(emulator.target(), FAST, FAST, List.of(faults))) {
            String arn = clean.start(m.arn(), OrchestratorMachine.input("failed"), "faulty-run");
            RecordingTailListener seen = new RecordingTailListener();
            assertEquals("FAILED", tail.followExecution(arn, seen));

            assertTrue(faults.spoiled() >= 6, "faults injected: " + faults.spoiled());
            assertTrue(seen.troubles.stream().anyMatch(t -> t.contains("Rate exceeded")), seen.troubles.toString());
            assertTrue(seen.troubles.stream().anyMatch(t -> t.contains("Connection reset")), seen.troubles.toString());
            assertEquals(ExecutionTailTest.historyIds(emulator, arn), RecordingTailListener.ids(seen.events));
            assertEquals(OrchestratorMachine.FAILING, RecordingTailListener.entered(seen.events));
        }
    }

    @Test
    @Timeout(90)
    void connectionsCutMidResponseLoseNoEventAndRepeatNone() throws Exception {
        Emulator emulator = Emulator.MINISTACK;
        OrchestratorMachine m = OrchestratorMachine.create(emulator, Emulator.unique("proxy"), 2);
        try (FlakyProxy proxy = new FlakyProxy(emulator.endpoint());
                ExecutionTail clean = new ExecutionTail(emulator.target());
                ExecutionTail tail = new ExecutionTail(AwsTarget.endpoint(proxy.uri(), "us-east-1"), FAST, FAST,
                        List.of())) {
            String arn = clean.start(m.arn(), OrchestratorMachine.input("passed"), "proxied-run");
            RecordingTailListener seen = new RecordingTailListener();
            assertEquals("SUCCEEDED", tail.followExecution(arn, seen));

            assertTrue(proxy.cuts() >= 3, "connections cut: " + proxy.cuts());
            assertTrue(!seen.troubles.isEmpty(), "the tail saw the cuts");
            assertEquals(ExecutionTailTest.historyIds(emulator, arn), RecordingTailListener.ids(seen.events));
            assertEquals(OrchestratorMachine.PASSING, RecordingTailListener.entered(seen.events));
        }
    }
}
