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

    /** A copy of the sample blueprint in {@code dir}, for tests that change and save it. */
    public static Path copyOfSample(Path dir) {
        Path source = sampleBlueprint();
        try (var files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
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
