package io.blueprintstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void themeAndRecentBlueprintsSurviveARestart() {
        Path file = dir.resolve("cfg/settings.properties");
        Settings s = new Settings(file);
        s.setDarkTheme(true);
        for (int i = 0; i < Settings.MAX_RECENT + 2; i++) {
            s.addRecent(dir.resolve("bp" + i));
        }
        s.addRecent(dir.resolve("bp3")); // opened again: moves to the front, once

        Settings again = new Settings(file);
        assertTrue(again.darkTheme());
        List<Path> recent = again.recentBlueprints();
        assertEquals(Settings.MAX_RECENT, recent.size());
        assertEquals(dir.resolve("bp3"), recent.get(0));
        assertEquals(dir.resolve("bp9"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.equals(dir.resolve("bp3"))).count());
    }
}
