package io.blueprintstudio.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the desktop app. Kept apart from {@link StudioApp} because a class extending {@code Application} cannot be
 * the entry point of a plain (non-modular) jar.
 */
public final class Studio {
    /** When true, the app prints how long it took to show its first window and the blueprint, then quits. */
    public static final String STARTUP_TIME_PROPERTY = "blueprint-studio.startup-time";

    private static volatile Path initialBlueprint;
    private static volatile Path sample;

    private Studio() {
    }

    /**
     * Opens the window on the given blueprint folder (or none) and returns when the window is closed.
     *
     * @param sample the bundled sample blueprint (File › New copies it), or null when unknown
     */
    public static void launch(Path blueprint, Path sample) {
        initialBlueprint = blueprint;
        Studio.sample = sample;
        Application.launch(StudioApp.class);
    }

    static Path initialBlueprint() {
        return initialBlueprint;
    }

    static Path sample() {
        return sample;
    }
}
