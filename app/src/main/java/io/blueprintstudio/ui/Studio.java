package io.blueprintstudio.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the desktop app. Kept apart from {@link StudioApp} because a class extending {@code Application} cannot be
 * the entry point of a plain (non-modular) jar.
 */
public final class Studio {
    private static volatile Path initialBlueprint;

    private Studio() {
    }

    /** Opens the window on the given blueprint folder (or none) and returns when the window is closed. */
    public static void launch(Path blueprint) {
        initialBlueprint = blueprint;
        Application.launch(StudioApp.class);
    }

    static Path initialBlueprint() {
        return initialBlueprint;
    }
}
