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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A running local sandbox: MiniStack on a free loopback port, and the {@link LambdaProxyHost} that runs our Java
 * handler for it. {@link #start} installs MiniStack on first use; {@link #close} stops both, and so does the JVM's
 * exit, so no emulator outlives the app.
 */
public final class LocalSandbox implements AutoCloseable {
    private static final String HEALTH = "/_ministack/health";
    private static final int PORT_ATTEMPTS = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process ministack;
    private final URI endpoint;
    private final AwsTarget target;
    private final LambdaProxyHost lambdaProxy;
    private final Path log;
    private final Path home;
    private final Thread onExit;
    private final Duration coldStart;
    private volatile boolean stopping;

    private LocalSandbox(Process ministack, URI endpoint, LambdaProxyHost lambdaProxy, Path home, Duration coldStart) {
        this.ministack = ministack;
        this.endpoint = endpoint;
        this.target = lambdaProxy.target();
        this.lambdaProxy = lambdaProxy;
        this.home = home;
        this.log = home.resolve("ministack.log");
        this.coldStart = coldStart;
        this.onExit = new Thread(this::stop, "sandbox-stop");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /**
     * Installs MiniStack if needed, starts it and waits until it answers, then starts the Lambda proxy. Interrupting
     * the calling thread cancels (an install in progress is stopped and removed).
     *
     * @param handlerLog receives the Lambda handler's log lines
     */
    public static LocalSandbox start(SandboxSetup setup, SandboxProgress progress, Consumer<String> handlerLog)
            throws SandboxException, InterruptedException {
        long began = System.nanoTime();
        SandboxInstaller installer = new SandboxInstaller(setup, Pins.bundled());
        installer.ensureInstalled(progress);
        Path log = setup.home().resolve("ministack.log");
        try {
            Files.createDirectories(setup.home().resolve("work"));
        } catch (IOException e) {
            throw new SandboxException("Cannot create the sandbox folder " + setup.home() + ": " + e.getMessage(), e);
        }
        for (int attempt = 1; ; attempt++) {
            int port = freeLoopbackPort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            progress.update("Starting MiniStack on " + endpoint + " …", 0.96);
            Process p = launch(setup, port, log);
            try {
                awaitHealthy(p, endpoint, setup.healthTimeout(), log);
                LambdaProxyHost proxy = LambdaProxyHost.start(AwsTarget.endpoint(endpoint, null), handlerLog);
                progress.update("Local sandbox running at " + endpoint, 1);
                return new LocalSandbox(p, endpoint, proxy, setup.home(), Duration.ofNanos(System.nanoTime() - began));
            } catch (PortTaken e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw new SandboxException("MiniStack found no free port after " + attempt + " tries: "
                            + e.getMessage());
                }
            } catch (SandboxException | InterruptedException | RuntimeException e) {
                Processes.stop(p.toHandle());
                throw e;
            } catch (IOException e) {
                Processes.stop(p.toHandle());
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

    /** Stops the proxy and MiniStack; calling it again does nothing. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // The JVM is already shutting down, running the hook.
        }
    }

    private synchronized void stop() {
        stopping = true;
        lambdaProxy.close();
        if (ministack.isAlive()) {
            Processes.stop(ministack.toHandle());
        }
    }

    private static Process launch(SandboxSetup setup, int port, Path log) throws SandboxException {
        ProcessBuilder b = new ProcessBuilder(setup.venvProgram("ministack").toString())
                .directory(setup.home().resolve("work").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = b.environment();
        env.put("GATEWAY_PORT", Integer.toString(port));
        env.put("BIND_HOST", "127.0.0.1"); // never reachable from other machines
        // A function without a proxy URL fails instead of returning MiniStack's fake success.
        env.put("LAMBDA_STRICT", "1");
        env.remove("AWS_ENDPOINT_URL");
        try {
            return b.start();
        } catch (IOException e) {
            throw new SandboxException("Could not start MiniStack (" + setup.venvProgram("ministack") + "): "
                    + e.getMessage(), e);
        }
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
