package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher at the repository root, run as a user runs it, on the jar this build just packaged. */
class LauncherIT {
    @TempDir
    Path dir;

    private record Result(int code, String out) {
    }

    private static Result launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", System.getProperty("launcher")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher did not finish");
        return new Result(p.exitValue(), out);
    }

    @Test
    void convertsThroughTheLauncher() throws Exception {
        Path in = dir.resolve("trips.csv");
        Files.writeString(in, "trip id,started at,fare\n1,2024-05-01T08:00:00Z,12.50\n2,2024-05-01T09:30:00Z,7.00\n");
        Result r = launch("convert", in.toString(), dir.resolve("lake").toString(), "--report", "json");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("\"rowsWritten\":2"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("lake/trips.parquet")));
    }

    @Test
    void helpWorksOnEveryLevel() throws Exception {
        Result top = launch("--help");
        assertEquals(0, top.code(), top.out());
        assertTrue(top.out().contains("convert"), top.out());
        Result convert = launch("convert", "--help");
        assertEquals(0, convert.code(), convert.out());
        assertTrue(convert.out().contains("--on-bad-value"), convert.out());
    }

    @Test
    void openNamesAFolderThatIsNoBlueprint() throws Exception {
        Result r = launch("open", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("holds no mdaa.yaml"), r.out());
    }
}
