package io.blueprintstudio.ui;

import static org.testfx.api.FxAssert.verifyThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void display() {
        FxTesting.requireDisplay();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage);
        window.show();
    }

    @Test
    void opensTheSampleAndSaysWhatItFound(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(FxTesting.sampleBlueprint()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> stage.getTitle().endsWith("stepfunction_orchestrator"));
        verifyThat(".status-bar .label", (Label l) -> l.getText().contains("4 modules"));
        FxTesting.screenshot(stage.getScene(), "main-window-sample");
    }
}
