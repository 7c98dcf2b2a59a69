package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    /**
     * MiniStack 1.5 opens more than its main port, some on every interface unless told otherwise. Its readiness waits
     * for the IoT listener, so once it is ready every listener it opens at start-up is open.
     */
    @Test
    void miniStackListensOnLoopbackOnlyAndKeepsItsFilesInTheSandboxFolder() throws Exception {
        assumeTrue(ListeningSockets.available(), "needs Linux's /proc");
        SandboxSetup setup = new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
        try (LocalSandbox sandbox = LocalSandbox.start(setup, SandboxProgress.NONE, line -> { })) {
            String ready = awaitReady(sandbox.endpoint());
            assertTrue(ready.contains("\"iot_mtls\": \"disabled\""), ready);
            List<InetSocketAddress> listening = ListeningSockets.of(sandbox.process().pid());
            assertTrue(listening.stream().anyMatch(a -> a.getPort() == sandbox.endpoint().getPort()),
                    () -> "the main port is not among " + listening);
            assertTrue(listening.stream().allMatch(a -> a.getAddress().isLoopbackAddress()),
                    () -> "MiniStack listens beyond loopback: " + listening);

            String env = Files.readString(Path.of("/proc", Long.toString(sandbox.process().pid()), "environ"))
                    .replace('\0', '\n');
            assertTrue(env.contains("\nSTATE_DIR=" + home.resolve("state") + "\n"), env);
            assertTrue(env.contains("\nTMPDIR=" + home.resolve("tmp") + "\n"), env);
            assertEquals(PosixFilePermissions.fromString("rwx------"),
                    Files.getPosixFilePermissions(home.resolve("state")));
        }
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
        assertTrue(e.getMessage().contains("GATEWAY_PORT=4566 BIND_HOST=127.0.0.1 IOT_MTLS_ENABLED=0 SFTP_ENABLED=0"),
                e.getMessage());
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

    /** Before, any program that exited 0 (here {@code true}) passed for Python and the venv step failed obscurely. */
    @Test
    void aProgramThatIsNotPythonIsRefusedSayingWhatItAnswered() {
        SandboxSetup setup = new SandboxSetup(home, home.resolve("venv"), "true", Duration.ofSeconds(5));
        SandboxException e = assertThrows(SandboxException.class,
                () -> LocalSandbox.start(setup, SandboxProgress.NONE, line -> { }));
        assertTrue(e.getMessage().startsWith("'true' does not run as Python 3 (exit code 0, it printed nothing). "
                + "MiniStack needs Python 3.10 or newer."), e.getMessage());
        assertTrue(e.getMessage().contains("pip install ministack=="), e.getMessage());
        assertFalse(Files.exists(home.resolve("venv")));
    }

    @Test
    void aPythonOlderThan310IsRefusedNamingItsVersion() throws IOException {
        Path old = home.resolve("python3.8");
        Files.writeString(old, "#!/bin/sh\necho python-version 3.8.10\n");
        old.toFile().setExecutable(true);
        SandboxSetup setup = new SandboxSetup(home, home.resolve("venv"), old.toString(), Duration.ofSeconds(5));
        SandboxException e = assertThrows(SandboxException.class,
                () -> LocalSandbox.start(setup, SandboxProgress.NONE, line -> { }));
        assertTrue(e.getMessage().startsWith("'" + old + "' is Python 3.8.10; MiniStack needs Python 3.10 or newer"),
                e.getMessage());
    }

    /** A deletion that fails half-way must leave the marker, or the next start refuses the folder as not ours. */
    @Test
    void aVenvIsDeletedWithItsMarkerLast() throws IOException {
        Path venv = home.resolve("venv");
        Files.createDirectories(venv.resolve("bin"));
        Files.createDirectories(venv.resolve("lib/python3.12/site-packages"));
        Files.writeString(venv.resolve("bin/python"), "");
        Files.writeString(venv.resolve("pyvenv.cfg"), "");
        Files.writeString(venv.resolve("blueprint-studio-sandbox.txt"), "ours");
        List<Path> order = SandboxInstaller.deletionOrder(venv);
        assertEquals(List.of(venv.resolve("blueprint-studio-sandbox.txt"), venv), order.subList(order.size() - 2,
                order.size()));
        assertEquals(8, order.size(), order::toString);
        for (Path p : order) {
            Path parent = p.getParent();
            assertTrue(order.indexOf(parent) < 0 || order.indexOf(parent) > order.indexOf(p), "folder before " + p);
        }
    }

    /** Cancel then Start in the window: the second start waits for the first to let go of the folder. */
    @Test
    void aSecondStartInTheSameFolderWaitsUntilTheFirstHasStopped() throws Exception {
        SandboxSetup setup = new SandboxSetup(home, SandboxPeers.peersVenv(), "python3", Duration.ofSeconds(60));
        LocalSandbox first = LocalSandbox.start(setup, SandboxProgress.NONE, line -> { });
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<Object> second = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                second.set(LocalSandbox.start(setup, (message, fraction) -> steps.add(message), line -> { }));
            } catch (Exception e) {
                second.set(e);
            }
        });
        try {
            starter.start();
            for (int i = 0; i < 100 && steps.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of("Waiting for the sandbox in " + home + " to finish stopping …"), steps);
            assertTrue(first.isHealthy(), "the waiting start disturbed the running sandbox");
        } finally {
            first.close();
        }
        starter.join(60_000);
        assertTrue(second.get() instanceof LocalSandbox, () -> "the second start ended with " + second.get());
        try (LocalSandbox s = (LocalSandbox) second.get()) {
            assertTrue(s.isHealthy());
        }
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

    private static String awaitReady(URI endpoint) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = null;
        for (int i = 0; i < 100; i++) {
            r = http.send(HttpRequest.newBuilder(endpoint.resolve("/_ministack/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return r.body();
            }
            Thread.sleep(100);
        }
        return "never ready: " + r.statusCode() + " " + r.body();
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return s.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }
}
