package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** Starting, checking and stopping the sandbox, and what the user reads when it cannot start. */
class LocalSandboxTest {
    @TempDir
    Path home;

    /** The peers' venv already holds the pinned MiniStack, so this measures a start without the install. */
    @Test
    void startsOnAFreeLoopbackPortAnswersAndStopsWithItsProxy() throws Exception {
        SandboxSetup setup = new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
        List<String> steps = new ArrayList<>();
        LocalSandbox sandbox = LocalSandbox.start(setup, (message, fraction) -> steps.add(message), line -> { });
        int port = sandbox.endpoint().getPort();
        int proxyPort = sandbox.lambdaProxy().urlFor("f").getPort();
        try {
            System.out.println("sandbox: cold start without install " + sandbox.coldStart().toMillis() + " ms");
            assertEquals("127.0.0.1", sandbox.endpoint().getHost());
            assertNotEquals(4566, port);
            assertTrue(sandbox.isHealthy());
            assertTrue(sandbox.target().isLocal());
            try (S3Client s3 = sandbox.target().s3()) {
                s3.createBucket(b -> b.bucket("lifecycle"));
                assertEquals(List.of("lifecycle"), s3.listBuckets().buckets().stream().map(b -> b.name()).toList());
            }
            assertTrue(steps.get(steps.size() - 1).contains("running at " + sandbox.endpoint()), steps::toString);
            assertTrue(Files.exists(sandbox.log()));
        } finally {
            sandbox.close();
        }
        assertFalse(sandbox.isHealthy());
        assertFalse(listening(port), "MiniStack still listens on " + port);
        assertFalse(listening(proxyPort), "the Lambda proxy still listens on " + proxyPort);
        sandbox.close(); // a second stop does nothing
    }

    @Test
    void missingPythonIsReportedWithTheCommandToRunMiniStackByHand() {
        SandboxSetup setup = new SandboxSetup(home, home.resolve("venv"), home.resolve("no-such-python").toString(),
                Duration.ofSeconds(5));
        SandboxException e = assertThrows(SandboxException.class,
                () -> LocalSandbox.start(setup, SandboxProgress.NONE, line -> { }));
        String pinned = Pins.bundled().ministack();
        assertTrue(e.getMessage().startsWith("Python 3 was not found (tried '" + home.resolve("no-such-python")),
                e.getMessage());
        assertTrue(e.getMessage().contains("pip install ministack==" + pinned), e.getMessage());
        assertTrue(e.getMessage().contains("GATEWAY_PORT=4566 BIND_HOST=127.0.0.1"), e.getMessage());
        assertFalse(Files.exists(home.resolve("venv")), "nothing is left half-made");
    }

    /** Cancel is an interrupt of the starting thread: the venv being made is stopped and removed. */
    @Test
    void cancelDuringTheFirstInstallStopsItAndLeavesNoHalfMadeVenv() throws Exception {
        SandboxPeers.peersVenv(); // python3 is on the PATH wherever the peers are
        Path venv = home.resolve("venv");
        SandboxSetup setup = new SandboxSetup(home, venv, "python3", Duration.ofSeconds(5));
        CountDownLatch installing = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                LocalSandbox.start(setup, (message, fraction) -> {
                    if (message.startsWith("Creating a Python environment")) {
                        installing.countDown();
                    }
                }, line -> { }).close();
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        starter.start();
        assertTrue(installing.await(30, TimeUnit.SECONDS), "the install never began");
        Thread.sleep(300); // python -m venv is under way
        starter.interrupt();
        starter.join(15_000);
        assertFalse(starter.isAlive(), "cancel did not end the start");
        assertTrue(outcome.get() instanceof InterruptedException, () -> "ended with " + outcome.get());
        assertFalse(Files.exists(venv), "the half-made venv is left behind");
        assertTrue(ProcessHandle.current().descendants().noneMatch(p -> p.info().commandLine()
                .map(c -> c.contains(venv.toString())).orElse(false)), "a python process of the install still runs");
    }

    @Test
    void neverClearsAFolderItDidNotMake() throws IOException {
        Path someonesVenv = Files.createDirectories(home.resolve("their-venv"));
        Files.writeString(someonesVenv.resolve("keep.txt"), "mine");
        SandboxSetup setup = new SandboxSetup(home, someonesVenv, "python3", Duration.ofSeconds(5));
        SandboxException e = assertThrows(SandboxException.class,
                () -> LocalSandbox.start(setup, SandboxProgress.NONE, line -> { }));
        assertTrue(e.getMessage().contains("was not made by Blueprint Studio"), e.getMessage());
        assertEquals("mine", Files.readString(someonesVenv.resolve("keep.txt")));
    }

    @Test
    void pinsMiniStackAndBoto3FromThePeersRequirements() {
        Pins pins = Pins.parse("""
                # comment
                ministack==1.5.33
                boto3==1.43.106
                moto[server]==5.2.5
                """);
        assertEquals(List.of("ministack==1.5.33", "boto3==1.43.106"), pins.requirements());
        assertThrows(IllegalStateException.class, () -> Pins.parse("boto3==1.0\n"));
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return s.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }
}
