package io.blueprintstudio.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.sandbox.SandboxPeers;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import java.net.URI;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Tools › Start Local Sandbox in the window: the status bar follows it, and while it runs it is the AWS target. */
class SandboxInWindowTest extends WindowTest {
    @AfterEach
    void forgetOverrides() {
        System.clearProperty("blueprint-studio.data");
        System.clearProperty("blueprint-studio.sandbox.venv");
        System.clearProperty("blueprint-studio.python");
    }

    @Test
    void startFromToolsMenuMakesTheSandboxTheTargetUntilStopped(FxRobot robot) {
        System.setProperty("blueprint-studio.data", dir.toString());
        System.setProperty("blueprint-studio.sandbox.venv", SandboxPeers.peersVenv().toString());
        SandboxViewModel sandbox = window.sandbox();

        robot.clickOn("Tools").clickOn("Start Local Sandbox");
        FxTesting.await("the sandbox runs", () -> sandbox.stateProperty().get() == SandboxViewModel.State.RUNNING,
                () -> sandbox.stateProperty().get() + ": " + sandbox.messageProperty().get() + " / "
                        + sandbox.errorProperty().get());
        AwsTarget target = window.targetProperty().get();
        URI endpoint = sandbox.running().endpoint();
        assertEquals(sandbox.targetProperty().get(), target);
        assertEquals(endpoint, target.endpoint().orElseThrow());
        assertEquals("Sandbox running at " + endpoint, robot.lookup("#sandbox-status").queryAs(Label.class).getText());
        FxTesting.screenshot(stage.getScene(), "sandbox-running");

        robot.clickOn("Tools").clickOn("Stop Local Sandbox");
        FxTesting.await("the sandbox stops", () -> sandbox.stateProperty().get() == SandboxViewModel.State.STOPPED);
        assertNull(window.targetProperty().get());
        assertEquals("Sandbox off", robot.lookup("#sandbox-status").queryAs(Label.class).getText());
        assertFalse(answers(endpoint), "MiniStack still answers at " + endpoint);
    }

    @Test
    void missingPythonShowsTheManualCommandInADialog(FxRobot robot) {
        System.setProperty("blueprint-studio.data", dir.toString());
        System.setProperty("blueprint-studio.python", dir.resolve("no-python").toString());
        SandboxViewModel sandbox = window.sandbox();

        robot.clickOn("Tools").clickOn("Start Local Sandbox");
        FxTesting.await("the start fails", () -> sandbox.stateProperty().get() == SandboxViewModel.State.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea message = robot.lookup("#sandbox-error .text-area").queryAs(TextArea.class);
        assertTrue(message.getText().startsWith("Python 3 was not found"), message.getText());
        assertTrue(message.getText().contains("pip install ministack=="), message.getText());
        FxTesting.screenshot(message.getScene(), "sandbox-no-python");
        assertNull(window.targetProperty().get());
        assertEquals("Sandbox not started", robot.lookup("#sandbox-status").queryAs(Label.class).getText());
        robot.clickOn("OK");
    }

    private static boolean answers(URI endpoint) {
        try (java.net.Socket s = new java.net.Socket(endpoint.getHost(), endpoint.getPort())) {
            return s.isConnected();
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
