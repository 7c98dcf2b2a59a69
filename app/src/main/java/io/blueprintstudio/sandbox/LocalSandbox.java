package io.blueprintstudio.sandbox;

import io.blueprintstudio.aws.AwsTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A running local sandbox: MiniStack on a free loopback port, and the {@link LambdaProxyHost} that runs our Java
 * handler for it. {@link #start} installs MiniStack on first use; {@link #close} stops both. No emulator outlives
 * the app: the JVM's exit stops it ({@link Processes}), and a JVM killed outright closes the pipe its
 * {@link Watchdog} reads. One sandbox at a time uses a folder ({@link HomeLock}).
 */
public final class LocalSandbox implements AutoCloseable {
    private static final String HEALTH = "/_ministack/health";
    private static final int PORT_ATTEMPTS = 3;
    private static final String STATE = "state";
    private static final String TMP = "tmp";
    /** A Cancel's install clean-up (stopping pip, deleting the venv) is what a Start right after waits for. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process ministack;
    private final URI endpoint;
    private final AwsTarget target;
    private final LambdaProxyHost lambdaProxy;
    private final Path log;
    private final Path home;
    private final HomeLock lock;
    private final Duration coldStart;
    private volatile boolean stopping;

    private LocalSandbox(Process ministack, URI endpoint, LambdaProxyHost lambdaProxy, Path home, HomeLock lock,
            Duration coldStart) {
        this.ministack = ministack;
        this.endpoint = endpoint;
        this.target = lambdaProxy.target();
        this.lambdaProxy = lambdaProxy;
        this.home = home;
        this.lock = lock;
        this.log = home.resolve("ministack.log");
        this.coldStart = coldStart;
    }

    /**
     * Installs MiniStack if needed, starts it and waits until it answers, then starts the Lambda proxy. Interrupting
     * the calling thread cancels (an install in progress is stopped and removed).
     *
     * @param handlerLog receives the Lambda handler's log lines
     * @throws SandboxException also when another sandbox runs in the same folder
     */
    public static LocalSandbox start(SandboxSetup setup, SandboxProgress progress, Consumer<String> handlerLog)
            throws SandboxException, InterruptedException {
        long began = System.nanoTime();
        createPrivateFolder(setup.home());
        HomeLock lock = HomeLock.acquire(setup.home(), LOCK_WAIT, progress);
        try {
            Watchdog watchdog = Watchdog.writeInto(setup.home());
            PidFile.in(setup.home()).stopStale(watchdog, progress);
            new SandboxInstaller(setup, Pins.bundled(), watchdog).ensureInstalled(progress);
            freshFolders(setup.home());
            LocalSandbox sandbox = launchAndAwait(setup, watchdog, lock, progress, handlerLog, began);
            lock = null; // the sandbox holds it now
            return sandbox;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static LocalSandbox launchAndAwait(SandboxSetup setup, Watchdog watchdog, HomeLock lock,
            SandboxProgress progress, Consumer<String> handlerLog, long began)
            throws SandboxException, InterruptedException {
        Path log = setup.home().resolve("ministack.log");
        for (int attempt = 1; ; attempt++) {
            int port = freeLoopbackPort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            progress.update("Starting MiniStack on " + endpoint + " …", 0.96);
            Process p = launch(setup, watchdog, port, log);
            try {
                awaitHealthy(p, endpoint, setup.healthTimeout(), log);
                LambdaProxyHost proxy = LambdaProxyHost.start(AwsTarget.endpoint(endpoint, null), handlerLog);
                progress.update("Local sandbox running at " + endpoint, 1);
                return new LocalSandbox(p, endpoint, proxy, setup.home(), lock,
                        Duration.ofNanos(System.nanoTime() - began));
            } catch (PortTaken e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw new SandboxException("MiniStack found no free port after " + attempt + " tries: "
                            + e.getMessage());
                }
            } catch (SandboxException | InterruptedException | RuntimeException e) {
                stopLaunched(p, setup.home());
                throw e;
            } catch (IOException e) {
                stopLaunched(p, setup.home());
                throw new SandboxException("Could not start the Lambda proxy: " + e.getMessage(), e);
            }
        }
    }

    /** MiniStack's endpoint, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The target every SDK client for the sandbox is built from. */
    public AwsTarget target() {
        return target;
    }

    /** Hosts our handler; a function needs {@code MINISTACK_LAMBDA_PROXY_URL = lambdaProxy().urlFor(name)}. */
    public LambdaProxyHost lambdaProxy() {
        return lambdaProxy;
    }

    /** The sandbox's folder (MiniStack's log and working files; cloud assemblies made for it). */
    public Path home() {
        return home;
    }

    /** MiniStack's output, for when something in the sandbox misbehaves. */
    public Path log() {
        return log;
    }

    /** From {@link #start} being called to MiniStack answering, including any install. */
    public Duration coldStart() {
        return coldStart;
    }

    /** True while MiniStack runs and answers its health check. */
    public boolean isHealthy() {
        return ministack.isAlive() && answers(endpoint);
    }

    /**
     * Calls {@code then} (on some other thread) with the reason, should MiniStack end without being stopped, for
     * example killed or crashed, so the app stops offering a dead endpoint.
     */
    public void whenItDies(Consumer<String> then) {
        ministack.onExit().thenRun(() -> {
            if (!stopping) {
                then.accept("MiniStack ended unexpectedly (exit code " + ministack.exitValue() + "). The end of its"
                        + " log, " + log + ":" + System.lineSeparator() + tail(log));
            }
        });
    }

    /** MiniStack's process (its watchdog's, which runs MiniStack in itself), for whoever watches it. */
    public ProcessHandle process() {
        return ministack.toHandle();
    }

    /** Stops the proxy and MiniStack, then lets the folder go; calling it again does nothing. */
    @Override
    public synchronized void close() {
        stopping = true;
        lambdaProxy.close();
        if (ministack.isAlive()) {
            Processes.stop(ministack.toHandle());
        }
        PidFile.in(home).delete();
        lock.close();
    }

    /**
     * Starts MiniStack under the watchdog and notes its pid. Package-private for the test that leaves one running as
     * a killed app would.
     */
    static Process launch(SandboxSetup setup, Watchdog watchdog, int port, Path log) throws SandboxException {
        ProcessBuilder b = new ProcessBuilder(watchdog.command(setup.venvProgram("python").toString(), "ministack",
                List.of()))
                .directory(setup.home().resolve("work").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        miniStackEnvironment(b.environment(), setup.home(), port);
        Process p;
        try {
            p = Processes.start(b);
        } catch (IOException e) {
            throw new SandboxException("Could not start MiniStack (" + setup.venvProgram("python") + " "
                    + watchdog.script() + " ministack): " + e.getMessage(), e);
        }
        PidFile.in(setup.home()).write(p.toHandle());
        return p;
    }

    /**
     * Everything MiniStack listens on is loopback, and what it writes stays in the sandbox's folder: BIND_HOST only
     * covers the main port, MiniStack 1.5 also opens an IoT MQTT listener (on whenever {@code cryptography} is
     * installed, as in our venv) and an SFTP one on every interface, and keeps a private key in a folder shared by
     * every user of the machine unless told otherwise.
     */
    static void miniStackEnvironment(Map<String, String> env, Path home, int port) {
        env.put("GATEWAY_PORT", Integer.toString(port));
        env.remove("EDGE_PORT");
        env.put("BIND_HOST", "127.0.0.1"); // never reachable from other machines
        env.put("IOT_MTLS_ENABLED", "0");
        env.put("SFTP_ENABLED", "0");
        env.put("SFTP_HOST", "127.0.0.1"); // should a later MiniStack ignore SFTP_ENABLED
        env.put("USE_SSL", "0"); // with it, MiniStack would also take port 443
        env.put("STATE_DIR", home.resolve(STATE).toString());
        env.put("S3_DATA_DIR", home.resolve(STATE).resolve("s3").toString());
        env.put("PERSIST_STATE", "0"); // each start is a clean sandbox; provisioning makes it whole again
        env.put("TMPDIR", home.resolve(TMP).toString());
        // A function without a proxy URL fails instead of returning MiniStack's fake success.
        env.put("LAMBDA_STRICT", "1");
        env.remove("AWS_ENDPOINT_URL");
    }

    private static void stopLaunched(Process p, Path home) {
        Processes.stop(p.toHandle());
        PidFile.in(home).delete();
    }

    private static void createPrivateFolder(Path folder) throws SandboxException {
        try {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new SandboxException("Cannot create the sandbox folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** MiniStack's state and temporary files, emptied for each start (it holds no state across starts anyway). */
    private static void freshFolders(Path home) throws SandboxException {
        for (String name : List.of(STATE, TMP)) {
            Path folder = home.resolve(name);
            try (Stream<Path> all = Files.exists(folder) ? Files.walk(folder) : Stream.empty()) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new SandboxException("Cannot empty " + folder + " for MiniStack: " + e.getMessage(), e);
            }
            createPrivateFolder(folder);
        }
        createPrivateFolder(home.resolve("work"));
    }

    private static void awaitHealthy(Process p, URI endpoint, Duration timeout, Path log)
            throws SandboxException, InterruptedException, PortTaken {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                String tail = tail(log);
                if (tail.contains("already in use")) {
                    throw new PortTaken(tail);
                }
                throw new SandboxException("MiniStack stopped during start-up (exit code " + p.exitValue()
                        + "). The end of its log, " + log + ":" + System.lineSeparator() + tail);
            }
            if (answers(endpoint)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new SandboxException("MiniStack did not answer at " + endpoint + " within " + timeout.toSeconds()
                + " s. The end of its log, " + log + ":" + System.lineSeparator() + tail(log));
    }

    private static boolean answers(URI endpoint) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(endpoint.resolve(HEALTH))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Another program took the port between our probe and MiniStack's bind. */
    private static final class PortTaken extends Exception {
        private static final long serialVersionUID = 1L;

        PortTaken(String message) {
            super(message, null, false, false);
        }
    }
}
