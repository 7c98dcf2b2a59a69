package io.blueprintstudio.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few lines of Python ({@code sandbox-watchdog.py}, in the sandbox's folder) that MiniStack, pip and venv run
 * under: the module runs in the watchdog's own process, and ends when its standard input closes, which happens when
 * this JVM ends in any way. So a JVM killed with SIGKILL leaves no MiniStack behind on a laptop.
 *
 * @param script the script, written into the sandbox's folder
 */
record Watchdog(Path script) {
    static final String RESOURCE = "sandbox-watchdog.py";

    /** Writes this app's version of the script into {@code home}. */
    static Watchdog writeInto(Path home) throws SandboxException {
        Path script = home.resolve(RESOURCE);
        try (InputStream in = Watchdog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new SandboxException(RESOURCE + " is missing from the app's jar; rebuild the app");
            }
            Files.write(script, in.readAllBytes());
        } catch (IOException e) {
            throw new SandboxException("Cannot write " + script + ": " + e.getMessage(), e);
        }
        return new Watchdog(script);
    }

    /** {@code python -m module args…}, under the watchdog. */
    List<String> command(String python, String module, List<String> args) {
        List<String> command = new ArrayList<>(List.of(python, script.toString(), module));
        command.addAll(args);
        return command;
    }

    /** True when {@code process} runs this watchdog (so it is one of ours, not another program with its pid). */
    boolean runs(ProcessHandle process) {
        return process.info().commandLine().map(c -> c.contains(script.toString())).orElse(false)
                || process.info().arguments().map(a -> List.of(a).contains(script.toString())).orElse(false);
    }
}
