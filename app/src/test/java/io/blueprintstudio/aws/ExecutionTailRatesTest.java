package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What tailing costs in API calls, measured on MiniStack and printed: following one execution that sits in a
 * 25 s Wait, and following a machine on which nothing runs for 30 s; both over the whole follow and in the steady
 * state after the poll interval has grown to its maximum. (AWS's default quotas: GetExecutionHistory
 * and ListExecutions refill at a few calls a second per account.)
 */
class ExecutionTailRatesTest {

    @Test
    void tailingOneExecutionCostsAboutThirtyCallsAMinute() throws Exception {
        OrchestratorMachine m = OrchestratorMachine.create(Emulator.MINISTACK, Emulator.unique("rate"), 25);
        try (ExecutionTail tail = new ExecutionTail(Emulator.MINISTACK.target())) {
            String arn = tail.start(m.arn(), OrchestratorMachine.input("passed"), "slow");
            long before = tail.calls().total();
            long t0 = System.currentTimeMillis();
            long[] steady = new long[2];
            Thread meter = meter(tail, steady, 8_000, 23_000);
            assertEquals("SUCCEEDED", tail.followExecution(arn, new RecordingTailListener()));
            meter.join();
            long ms = System.currentTimeMillis() - t0;
            double rate = ApiCallCounter.perMinute(before, tail.calls().total(), ms);
            double steadyRate = ApiCallCounter.perMinute(steady[0], steady[1], 15_000);
            System.out.printf("tail of one execution: %d calls in %.1f s = %.1f calls/minute (steady: %.1f) %s%n",
                    tail.calls().total() - before, ms / 1000.0, rate, steadyRate, tail.calls().byOperation());
            assertTrue(steadyRate <= 36, "calls a minute: " + steadyRate);
        }
    }

    /** Reads the call count at two moments after now, on its own thread. */
    private static Thread meter(ExecutionTail tail, long[] counts, long firstMs, long secondMs) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(firstMs);
                counts[0] = tail.calls().total();
                Thread.sleep(secondMs - firstMs);
                counts[1] = tail.calls().total();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        return t;
    }

    @Test
    void idleFollowingOfAMachineCostsAboutTwelveCallsAMinuteOnceSettled() throws Exception {
        OrchestratorMachine m = OrchestratorMachine.create(Emulator.MINISTACK, Emulator.unique("idle"), 0);
        try (ExecutionTail tail = new ExecutionTail(Emulator.MINISTACK.target())) {
            String arn = m.arn();
            Thread follower = new Thread(() -> {
                try {
                    tail.followMachine(arn, new RecordingTailListener());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            });
            long t0 = System.currentTimeMillis();
            long[] steady = new long[2];
            Thread meter = meter(tail, steady, 12_000, 32_000);
            follower.start();
            meter.join();
            follower.interrupt();
            follower.join(5_000);
            long ms = System.currentTimeMillis() - t0;
            long calls = tail.calls().total();
            double rate = ApiCallCounter.perMinute(0, calls, ms);
            double steadyRate = ApiCallCounter.perMinute(steady[0], steady[1], 20_000);
            System.out.printf("idle follow of a machine: %d calls in %.1f s = %.1f calls/minute (steady: %.1f) %s%n",
                    calls, ms / 1000.0, rate, steadyRate, tail.calls().byOperation());
            assertTrue(steadyRate <= 15, "calls a minute: " + steadyRate);
        }
    }
}
