package io.blueprintstudio.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The sandbox's states as the window follows them: cancel while starting, and a MiniStack that dies. */
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
        ProcessHandle ministack = ProcessHandle.current().descendants().filter(p -> p.info().commandLine()
                .map(c -> c.contains("ministack")).orElse(false)).findFirst().orElseThrow();
        ministack.destroyForcibly();

        FxTesting.await("the window hears of it", () -> model.stateProperty().get() == SandboxViewModel.State.FAILED);
        assertNull(model.targetProperty().get());
        assertTrue(model.errorProperty().get().startsWith("MiniStack ended unexpectedly"), model.errorProperty().get());
        assertEquals("Sandbox stopped unexpectedly", model.messageProperty().get());
    }
}
