package io.blueprintstudio.cli;

import io.blueprintstudio.aws.CancelSignal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/**
 * Runs AWS work so that Ctrl+C cancels it instead of killing it mid-call: the JVM's shutdown waits (up to a minute)
 * while the work cancels what it started and says what state it left.
 */
final class CtrlC {
    private CtrlC() {
    }

    static int run(ToIntFunction<CancelSignal> work) {
        CancelSignal cancel = new CancelSignal();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "deploy-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.applyAsInt(cancel);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C: the hook is running and ends now that the work is done.
            }
        }
    }
}
