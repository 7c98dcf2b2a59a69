package io.blueprintstudio.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testfx.util.WaitForAsyncUtils;

/** What the GUI tests share: a display check, the sample blueprint, screenshots under target/screenshots. */
public final class FxTesting {
    private FxTesting() {
    }

    /** GUI tests need a display (./run-tests gives them Xvfb): without one they fail on CI and are skipped elsewhere. */
    public static void requireDisplay() {
        if (System.getenv("DISPLAY") != null || System.getProperty("testfx.headless") != null) {
            return;
        }
        String why = "no DISPLAY: run GUI tests under xvfb-run (./run-tests does)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why);
        }
        Assumptions.abort(why);
    }

    /** {@code blueprints/stepfunction_orchestrator} at the repository root (tests run in {@code app/}). */
    public static Path sampleBlueprint() {
        Path p = Path.of("..", "blueprints", "stepfunction_orchestrator").toAbsolutePath().normalize();
        if (!Files.isRegularFile(p.resolve("mdaa.yaml"))) {
            throw new IllegalStateException("sample blueprint not found at " + p);
        }
        return p;
    }

    /** A copy of the sample in {@code dir}, for tests that edit and save (the sample itself is never changed). */
    public static Path copyOfSample(Path dir) {
        try {
            return io.blueprintstudio.blueprint.BlueprintCopy.copy(sampleBlueprint(), dir.resolve("blueprint"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings in a fresh temporary folder, so tests never read or change the user's. */
    public static Settings freshSettings() {
        try {
            return new Settings(Files.createTempDirectory("bps-settings").resolve("settings.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code folder} in {@code window} and waits until it is shown and validated. */
    public static BlueprintSession openAndWait(org.testfx.api.FxRobot robot, MainWindow window, Path folder)
            throws java.util.concurrent.TimeoutException {
        robot.interact(() -> window.open(folder));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> window.session() != null
                && window.session().folder().equals(folder.toAbsolutePath().normalize()));
        WaitForAsyncUtils.waitForFxEvents();
        return window.session();
    }

    /** Waits until {@code condition} holds, checking it on the FX thread. */
    public static void await(String what, java.util.function.BooleanSupplier condition) {
        await(what, condition, () -> "");
    }

    /** As {@link #await(String, java.util.function.BooleanSupplier)}; {@code state} says what was seen instead. */
    public static void await(String what, java.util.function.BooleanSupplier condition,
            java.util.function.Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitFor(
                    WaitForAsyncUtils.asyncFx(condition::getAsBoolean)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; " + WaitForAsyncUtils.waitFor(
                    WaitForAsyncUtils.asyncFx(state::get)), e);
        }
    }

    /** Saves what the scene shows as {@code target/screenshots/NAME.png}, taken on the FX thread. */
    public static Path screenshot(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        Path out = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
