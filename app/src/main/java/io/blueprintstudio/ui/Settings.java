package io.blueprintstudio.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The user's settings (theme, recent blueprints) in one small properties file, {@code settings.properties} in the
 * user's config folder ({@code $XDG_CONFIG_HOME/blueprint-studio}, else {@code ~/.config/blueprint-studio}). A plain
 * file rather than java.util.prefs so tests point it at a temporary folder and a person can read it. Written whole
 * to a temporary file and renamed, so a crash mid-write leaves the previous settings.
 */
public final class Settings {
    /** How many recent blueprints are remembered. */
    public static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                // Unreadable settings are not worth refusing to start over: start from defaults, say so once.
                System.err.println("Ignoring unreadable settings " + file + ": " + e.getMessage());
            }
        }
    }

    /** The user's settings file ({@code blueprint-studio.config} overrides the folder). */
    public static Settings forUser() {
        String override = System.getProperty("blueprint-studio.config");
        Path folder;
        if (override != null) {
            folder = Path.of(override);
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            folder = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"),
                    ".config")).resolve("blueprint-studio");
        }
        return new Settings(folder.resolve("settings.properties"));
    }

    public boolean darkTheme() {
        return "dark".equals(values.getProperty("theme"));
    }

    public void setDarkTheme(boolean dark) {
        values.setProperty("theme", dark ? "dark" : "light");
        store();
    }

    /** Recent blueprint folders, most recent first. */
    public List<Path> recentBlueprints() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts {@code folder} first in the recent list (once), keeping at most {@link #MAX_RECENT}. */
    public void addRecent(Path folder) {
        List<Path> recent = new ArrayList<>(recentBlueprints());
        Path abs = folder.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
        store();
    }

    private void store() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "Blueprint Studio settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save settings to " + file, e);
        }
    }
}
