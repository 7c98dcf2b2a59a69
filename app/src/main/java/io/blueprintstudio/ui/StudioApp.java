package io.blueprintstudio.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class StudioApp extends Application {
    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage);
        window.show();
        if (Studio.initialBlueprint() != null) {
            window.open(Studio.initialBlueprint());
        }
    }
}
