package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an app that dies leaves behind: nothing. A sandbox runs in a second JVM, which the test kills with SIGKILL
 * (no shutdown hook runs); its MiniStack, or its install, must end by itself. And one folder holds one sandbox.
 */
class LocalSandboxKilledTest {
    @TempDir
    Path home;

    private Process child;

    @AfterEach
    void killChild() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void miniStackEndsWhenItsJvmIsKilledAndTheFolderIsFreeAgain() throws Exception {
        child = SandboxChild.launch(home, SandboxPeers.peersVenv(), "python3");
        BlockingQueue<String> lines = lines(child);
        String running = await(lines, l -> l.startsWith("running ") || l.startsWith("failed: "));
        assertTrue(running.startsWith("running "), running);
        ProcessHandle ministack = ProcessHandle.of(Long.parseLong(running.split(" ")[1])).orElseThrow();
        URI endpoint = URI.create(running.split(" ")[2]);
        assertTrue(answers(endpoint));

        SandboxSetup here = new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
        SandboxException refused = assertThrows(SandboxException.class,
                () -> LocalSandbox.start(here, SandboxProgress.NONE, line -> { }));
        assertTrue(refused.getMessage().startsWith("A sandbox is already running at " + home + " (process "
                + child.pid() + ")"), refused.getMessage());
        assertTrue(ministack.isAlive(), "the refused start touched the running MiniStack");

        child.destroyForcibly(); // SIGKILL: no shutdown hook
        assertTrue(SandboxChild.ends(ministack, 15), "MiniStack outlived its killed JVM");
        assertFalse(answers(endpoint));

        try (LocalSandbox again = LocalSandbox.start(here, SandboxProgress.NONE, line -> { })) {
            assertTrue(again.isHealthy(), "the folder was not free after its holder died");
        }
    }

    @Test
    void anInstallEndsWhenItsJvmIsKilled() throws Exception {
        Path venv = home.resolve("venv");
        child = SandboxChild.launch(home, venv, "python3");
        BlockingQueue<String> lines = lines(child);
        await(lines, l -> l.startsWith("progress: Creating a Python environment"));
        List<ProcessHandle> installing = List.of();
        for (int i = 0; i < 50 && installing.isEmpty(); i++) {
            Thread.sleep(100);
            installing = child.descendants().filter(p -> p.info().commandLine()
                    .map(c -> c.contains(venv.toString())).orElse(false)).toList();
        }
        assertFalse(installing.isEmpty(), "no install process was seen");

        child.destroyForcibly();
        for (ProcessHandle p : installing) {
            assertTrue(SandboxChild.ends(p, 15), "an install process outlived its killed JVM: "
                    + p.info().commandLine().orElse("pid " + p.pid()));
        }
        // Left alone, venv would have gone on to install pip into it (seconds); stopped at once, it never did.
        assertFalse(Files.exists(venv.resolve("bin").resolve("pip")), "the install went on after its JVM was killed");
    }

    /** A MiniStack of this folder still running when nothing holds the folder: the next start stops it. */
    @Test
    void aMiniStackLeftRunningIsStoppedByTheNextStart() throws Exception {
        SandboxSetup setup = new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
        Files.createDirectories(home.resolve("work"));
        Process left = LocalSandbox.launch(setup, Watchdog.writeInto(home), freePort(), home.resolve("left.log"));
        try {
            Thread.sleep(500);
            assertTrue(left.isAlive(), () -> "the left-over MiniStack did not start: " + read(home.resolve("left.log")));
            try (LocalSandbox sandbox = LocalSandbox.start(setup, SandboxProgress.NONE, line -> { })) {
                assertFalse(left.isAlive(), "the left-over MiniStack still runs");
                assertEquals(Long.toString(sandbox.process().pid()),
                        Files.readString(home.resolve("ministack.pid")).strip());
            }
            assertFalse(Files.exists(home.resolve("ministack.pid")), "close() left the pid file");
        } finally {
            left.destroyForcibly();
        }
    }

    /** A pid in the file that is not this folder's MiniStack (a reused pid) is never stopped. */
    @Test
    void aPidThatIsNotOurMiniStackIsLeftAlone() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(home.resolve("ministack.pid"), other.pid() + "\n");
            SandboxSetup setup = new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
            LocalSandbox.start(setup, SandboxProgress.NONE, line -> { }).close();
            assertTrue(other.isAlive(), "another program with the recorded pid was stopped");
        } finally {
            other.destroyForcibly();
        }
    }

    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // The child was killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String await(BlockingQueue<String> lines, Predicate<String> wanted) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (wanted.test(line)) {
                    return line;
                }
            }
        }
        assertNotNull(null, "the child never printed the line wanted; it printed:\n" + seen);
        return null;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static boolean answers(URI endpoint) {
        try (Socket s = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return s.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }
}
