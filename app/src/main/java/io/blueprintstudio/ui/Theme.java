package io.blueprintstudio.ui;

import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The two looks: AtlantaFX Primer light and dark, plus the app's own stylesheet, which uses their colour names.
 * The Primer stylesheets are used as resources, not through AtlantaFX's {@code PrimerLight} classes: AtlantaFX 2.1
 * is compiled for Java 21 and the app runs on Java 17, where those classes cannot load but the CSS works as is.
 */
public final class Theme {
    private static final String LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String DARK = "/atlantafx/base/theme/primer-dark.css";
    private static final String APP_CSS = Theme.class.getResource("studio.css").toExternalForm();

    private Theme() {
    }

    /** Sets the look for every window of the app; {@code scene} gets the app's stylesheet once. */
    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(Theme.class.getResource(dark ? DARK : LIGHT).toExternalForm());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }

    /** For dialogs: the app's stylesheet on their scene. */
    public static String stylesheet() {
        return APP_CSS;
    }
}
