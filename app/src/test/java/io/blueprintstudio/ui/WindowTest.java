package io.blueprintstudio.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/**
 * A test of the whole main window: a fresh window per test with temporary settings and the sample as File › New's
 * source, a display required, and a temporary folder for copies of the sample.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    protected MainWindow window;
    protected Stage stage;

    @TempDir
    protected Path dir;

    @BeforeAll
    static void display() {
        FxTesting.requireDisplay();
    }

    /** On the primary stage, in a @BeforeEach: TestFX looks for @Start only on the test class itself. */
    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            window = new MainWindow(s, FxTesting.freshSettings(), FxTesting.sampleBlueprint());
            window.show();
        });
    }
}
