package io.blueprintstudio.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: one main window, opened on the blueprint given at launch. */
public final class StudioApp extends Application {
    @Override
    public void start(Stage stage) {
        boolean timing = Boolean.getBoolean(Studio.STARTUP_TIME_PROPERTY);
        MainWindow window = new MainWindow(stage, Settings.forUser(), Studio.sample());
        if (timing) {
            stage.setOnShown(e -> report("window shown", false));
            window.sessionProperty().addListener((o, a, b) -> Platform.runLater(() -> report("blueprint shown", true)));
        }
        window.show();
        if (Studio.initialBlueprint() != null) {
            window.open(Studio.initialBlueprint());
        }
    }

    /** Milliseconds since the JVM started, for {@code --startup-time}; the second report quits. */
    private static void report(String what, boolean quit) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("startup: " + what + " after " + ms + " ms");
        if (quit) {
            Platform.exit();
        }
    }
}
