package io.blueprintstudio.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM that starts a sandbox and runs until killed, for the tests of what a killed app leaves behind.
 * Prints each progress line as {@code progress: ...}, then {@code running PID ENDPOINT} (MiniStack's pid), or
 * {@code failed: MESSAGE}.
 */
public final class SandboxChild {
    private SandboxChild() {
    }

    /** @param args the sandbox's folder, its venv, the Python to install with */
    public static void main(String[] args) throws Exception {
        SandboxSetup setup = new SandboxSetup(Path.of(args[0]), Path.of(args[1]), args[2], Duration.ofSeconds(60));
        try {
            LocalSandbox sandbox = LocalSandbox.start(setup, (message, fraction) -> {
                System.out.println("progress: " + message);
                System.out.flush();
            }, line -> { });
            System.out.println("running " + sandbox.process().pid() + " " + sandbox.endpoint());
        } catch (SandboxException e) {
            System.out.println("failed: " + e.getMessage().replace('\n', ' '));
        }
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Starts one, its output readable line by line. */
    static Process launch(Path home, Path venv, String python) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SandboxChild.class.getName(), home.toString(), venv.toString(), python));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits for the process to end, up to {@code seconds}. */
    static boolean ends(ProcessHandle p, long seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception notYet) {
            return !p.isAlive();
        }
    }
}
