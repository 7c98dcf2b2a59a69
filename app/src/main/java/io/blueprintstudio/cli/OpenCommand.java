package io.blueprintstudio.cli;

import io.blueprintstudio.ui.Studio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Opens the desktop app on a blueprint folder; what the launcher does when given no arguments. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the desktop app on a blueprint folder (default: the bundled sample blueprint).")
final class OpenCommand implements Callable<Integer> {
    /** Set by the launcher to the repository (or installed app) folder, where the sample blueprint lives. */
    static final String HOME_PROPERTY = "blueprint-studio.home";

    @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "The blueprint folder (holding mdaa.yaml).")
    private Path folder;

    @Option(names = "--startup-time", description = "Print the time from JVM start to the first window and to the "
            + "blueprint shown, then quit (to measure launch time).")
    private boolean startupTime;

    @Override
    public Integer call() {
        Path target = folder != null ? folder : sampleBlueprint();
        if (target == null || !Files.isRegularFile(target.resolve("mdaa.yaml"))) {
            System.err.println((target == null ? "No blueprint folder given" : target + " holds no mdaa.yaml")
                    + ": name the folder of a blueprint, e.g. blueprint-studio open blueprints/stepfunction_orchestrator");
            return 2;
        }
        if (!hasDisplay()) {
            System.err.println("No display to open a window on (DISPLAY is not set). The subcommands run headless; "
                    + "see blueprint-studio --help, or run the app under xvfb-run.");
            return 2;
        }
        if (startupTime) {
            System.setProperty(Studio.STARTUP_TIME_PROPERTY, "true");
        }
        Path sample = sampleBlueprint();
        Studio.launch(target.toAbsolutePath().normalize(),
                sample != null && Files.isRegularFile(sample.resolve("mdaa.yaml")) ? sample : null);
        return 0;
    }

    static Path sampleBlueprint() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? null : Path.of(home, "blueprints", "stepfunction_orchestrator");
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
