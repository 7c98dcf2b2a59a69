package io.blueprintstudio.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the sandbox lives and what it runs with.
 *
 * @param home          the sandbox's folder: MiniStack's log and working files
 * @param venv          the Python venv MiniStack is installed in (created when missing)
 * @param python        the Python 3 the venv is made with ({@code python3}, or a path)
 * @param healthTimeout how long MiniStack may take to answer after it was started
 */
public record SandboxSetup(Path home, Path venv, String python, Duration healthTimeout) {
    public SandboxSetup {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(venv, "venv");
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(healthTimeout, "healthTimeout");
    }

    /** In the user's data folder (see {@link #in(Path)}). */
    public static SandboxSetup forUser() {
        return in(userDataFolder().resolve("sandbox"));
    }

    /**
     * In {@code home}, with the Python on the PATH. {@code blueprint-studio.sandbox.venv} names a venv that already
     * holds the pinned MiniStack (one the app did not make is used, never changed); {@code blueprint-studio.python}
     * the Python 3 to make the sandbox's own venv with.
     */
    public static SandboxSetup in(Path home) {
        String venv = System.getProperty("blueprint-studio.sandbox.venv");
        return new SandboxSetup(home, venv == null || venv.isBlank() ? home.resolve("venv") : Path.of(venv),
                System.getProperty("blueprint-studio.python", defaultPython()), Duration.ofSeconds(60));
    }

    /**
     * {@code $XDG_DATA_HOME/blueprint-studio} (else {@code ~/.local/share/blueprint-studio}); the usual places on
     * Windows and macOS; {@code blueprint-studio.data} overrides it.
     */
    public static Path userDataFolder() {
        String override = System.getProperty("blueprint-studio.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        String local = System.getenv("LOCALAPPDATA");
        if (os.startsWith("windows") && local != null) {
            return Path.of(local, "Blueprint Studio");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Blueprint Studio");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share"))
                .resolve("blueprint-studio");
    }

    static String defaultPython() {
        return isWindows() ? "python" : "python3";
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** A program the venv installed, e.g. {@code python} or {@code ministack}. */
    Path venvProgram(String name) {
        return isWindows() ? venv.resolve("Scripts").resolve(name + ".exe") : venv.resolve("bin").resolve(name);
    }

    public SandboxSetup withPython(String python) {
        return new SandboxSetup(home, venv, python, healthTimeout);
    }
}
