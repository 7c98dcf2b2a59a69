package io.blueprintstudio.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.sandbox.LocalSandbox;
import io.blueprintstudio.sandbox.SandboxPeers;
import io.blueprintstudio.sandbox.SandboxSetup;
import io.blueprintstudio.ui.BackgroundWork;
import io.blueprintstudio.ui.FxTesting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sandbox's states as the window follows them: cancel while starting (whenever the cancel comes, no sandbox is
 * left running unseen), a stop that does not freeze the window, and a MiniStack that dies.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxViewModelTest {
    @TempDir
    Path home;

    @BeforeAll
    static void display() {
        FxTesting.requireDisplay();
    }

    @Test
    void cancelWhileStartingInterruptsTheStartAndGoesBackToStopped(FxRobot robot) throws Exception {
        CountDownLatch began = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        SandboxViewModel model = new SandboxViewModel(new BackgroundWork(), progress -> {
            began.countDown();
            try {
                new CountDownLatch(1).await(); // a long first install
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            throw new AssertionError("not reached");
        });
        robot.interact(model::toggle);
        assertTrue(began.await(10, TimeUnit.SECONDS));
        assertEquals(SandboxViewModel.State.STARTING, model.stateProperty().get());
        robot.interact(model::toggle); // the menu item now reads "Cancel Local Sandbox Start"
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the start was not interrupted");
        assertEquals(SandboxViewModel.State.STOPPED, model.stateProperty().get());
        assertNull(model.targetProperty().get());
        assertNull(model.errorProperty().get());
    }

    @Test
    void aMiniStackThatDiesTakesTheTargetAwayAndSaysWhy(FxRobot robot) {
        SandboxSetup setup = new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
        SandboxViewModel model = new SandboxViewModel(new BackgroundWork(),
                progress -> LocalSandbox.start(setup, progress, line -> { }));
        robot.interact(model::start);
        FxTesting.await("the sandbox runs", () -> model.stateProperty().get() == SandboxViewModel.State.RUNNING,
                () -> model.messageProperty().get() + " " + model.errorProperty().get());
        model.running().process().destroyForcibly();

        FxTesting.await("the window hears of it", () -> model.stateProperty().get() == SandboxViewModel.State.FAILED);
        assertNull(model.targetProperty().get());
        assertTrue(model.errorProperty().get().startsWith("MiniStack ended unexpectedly"), model.errorProperty().get());
        assertEquals("Sandbox stopped unexpectedly", model.messageProperty().get());
    }

    /** Stopping waits for MiniStack to end (seconds); the window must not freeze meanwhile. */
    @Test
    void stopReturnsAtOnceAndSaysStoppedOnceMiniStackHasEnded(FxRobot robot) {
        SandboxViewModel model = new SandboxViewModel(new BackgroundWork(),
                progress -> LocalSandbox.start(setup(), progress, line -> { }));
        robot.interact(model::start);
        FxTesting.await("the sandbox runs", () -> model.stateProperty().get() == SandboxViewModel.State.RUNNING,
                () -> model.messageProperty().get() + " " + model.errorProperty().get());
        LocalSandbox sandbox = model.running();
        long[] millis = new long[1];
        SandboxViewModel.State[] right = new SandboxViewModel.State[1];
        robot.interact(() -> {
            long began = System.nanoTime();
            model.stop();
            millis[0] = (System.nanoTime() - began) / 1_000_000;
            right[0] = model.stateProperty().get();
        });
        assertTrue(millis[0] < 300, "stop() held the FX thread for " + millis[0] + " ms");
        assertEquals(SandboxViewModel.State.STOPPING, right[0]);
        assertNull(model.targetProperty().get(), "a stopping sandbox is still offered");
        FxTesting.await("it says stopped", () -> model.stateProperty().get() == SandboxViewModel.State.STOPPED);
        assertFalse(sandbox.process().isAlive(), "STOPPED before MiniStack had ended");
        assertEquals("Sandbox off", model.messageProperty().get());
    }

    /**
     * A launcher that loses the interrupt (as code that catches InterruptedException may): its sandbox comes back
     * after the Cancel, into a task already cancelled, and must be closed rather than left running unseen.
     */
    @Test
    void aSandboxThatStartsAfterTheCancelIsClosed(FxRobot robot) throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicReference<LocalSandbox> made = new AtomicReference<>();
        SandboxViewModel model = new SandboxViewModel(new BackgroundWork(), progress -> {
            LocalSandbox sandbox = LocalSandbox.start(setup(), progress, line -> { });
            made.set(sandbox);
            boolean go = false;
            while (!go) {
                try {
                    go = cancelled.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException lost) {
                    // swallowed, as the launcher under test would
                }
            }
            return sandbox;
        });
        robot.interact(model::start);
        FxTesting.await("the launcher made its sandbox", () -> made.get() != null);
        robot.interact(model::stop);
        cancelled.countDown();

        FxTesting.await("the sandbox is closed", () -> !made.get().process().isAlive());
        assertEquals(SandboxViewModel.State.STOPPED, model.stateProperty().get());
        assertNull(model.running());
        assertNull(model.targetProperty().get());
    }

    /** The Cancel comes after the start's work returned but before the window heard of it. */
    @Test
    void aCancelJustAfterTheStartReturnedClosesTheSandboxInsteadOfShowingIt(FxRobot robot) throws Exception {
        CountDownLatch returned = new CountDownLatch(1);
        AtomicReference<LocalSandbox> made = new AtomicReference<>();
        SandboxViewModel model = new SandboxViewModel(new BackgroundWork(), progress -> {
            made.set(LocalSandbox.start(setup(), progress, line -> { }));
            returned.countDown();
            return made.get();
        });
        robot.interact(model::start);
        robot.interact(() -> {
            try {
                // Holding the FX thread keeps the task's success queued behind the Cancel.
                assertTrue(returned.await(60, TimeUnit.SECONDS), "the sandbox did not start");
                Thread.sleep(500);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            model.stop();
        });
        FxTesting.await("the sandbox is closed", () -> !made.get().process().isAlive());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SandboxViewModel.State.STOPPED, model.stateProperty().get());
        assertNull(model.running());
        assertNull(model.targetProperty().get());
    }

    private SandboxSetup setup() {
        return new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
    }
}
