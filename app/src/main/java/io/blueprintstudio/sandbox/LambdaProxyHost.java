package io.blueprintstudio.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.lambda.CsvToParquetHandler;
import io.blueprintstudio.synth.LambdaEnvironmentExtras;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs our Java Lambda handler ({@link CsvToParquetHandler}) in this JVM for MiniStack, which cannot run Java
 * functions without Docker. A function whose environment has {@code MINISTACK_LAMBDA_PROXY_URL} set to
 * {@link #urlFor(String)} gets each invocation POSTed here: the body is the event, the reply is the handler's
 * output. The handler sees the function's own environment, read from the emulator on every invocation (so a
 * redeploy's new settings apply at once), and an S3 client pointed at the emulator. Its log lines go where
 * Lambda sends them, to the emulator's CloudWatch log group {@code /aws/lambda/NAME}, as well as to the host's log.
 *
 * <p>The handler acts with the app's access to the emulator, so not every local program may run it: each host makes
 * a random 128-bit token, part of every URL it hands out ({@code /functions/TOKEN/NAME}); a request without it gets
 * 404, as for a path that does not exist.
 */
public final class LambdaProxyHost implements AutoCloseable {
    private static final String PATH = "/functions/";
    private static final String HANDLER = CsvToParquetHandler.class.getName();
    /**
     * Invocations run at once up to this many (a Map state's iterations arrive together, and a queued one's deadline
     * runs down while it waits); each holds a row group of its CSV in memory, so it is not unbounded.
     */
    static final int MAX_CONCURRENT = 16;
    /** Invocations remembered for {@link #invocations()}: a long-running sandbox must not grow without end. */
    static final int REMEMBERED = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final ExecutorService threads;
    private final AwsTarget target;
    private final S3Client s3;
    private final LambdaClient lambda;
    private final FunctionLogs functionLogs;
    private final Consumer<String> log;
    private final String token = newToken();
    private final Deque<ProxyInvocation> invocations = new ArrayDeque<>();

    private LambdaProxyHost(HttpServer server, AwsTarget target, Consumer<String> log) {
        this.server = server;
        this.target = target;
        this.log = log;
        this.s3 = target.s3();
        this.lambda = target.client(LambdaClient.builder());
        this.functionLogs = new FunctionLogs(target.client(CloudWatchLogsClient.builder()), log);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CONCURRENT, MAX_CONCURRENT, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "lambda-proxy");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true); // threads only while invocations come
        this.threads = pool;
        server.setExecutor(threads);
        server.createContext(PATH, this::serve);
    }

    /**
     * Starts a host on a free loopback port for functions in the emulator at {@code target}.
     *
     * @param log receives the handler's log lines (one per run) and the host's own notes
     */
    public static LambdaProxyHost start(AwsTarget target, Consumer<String> log) throws IOException {
        if (!target.isLocal()) {
            throw new IllegalArgumentException("The Lambda proxy serves a local emulator, not " + target.describe());
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LambdaProxyHost host = new LambdaProxyHost(server, target, log);
        server.start();
        return host;
    }

    /** The value for a function's {@code MINISTACK_LAMBDA_PROXY_URL}; it carries this host's token. */
    public URI urlFor(String functionName) {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + PATH + token + "/"
                + URLEncoder.encode(functionName, StandardCharsets.UTF_8));
    }

    /** For synthesis: every function deployed to the sandbox gets its proxy URL, so its invocations run here. */
    public LambdaEnvironmentExtras environmentExtras() {
        return functionName -> Map.of("MINISTACK_LAMBDA_PROXY_URL", urlFor(functionName).toString());
    }

    /** The emulator this host reads function settings from. */
    public AwsTarget target() {
        return target;
    }

    /** The invocations served so far, oldest first: the last {@value #REMEMBERED}. */
    public List<ProxyInvocation> invocations() {
        synchronized (invocations) {
            return List.copyOf(invocations);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        s3.close();
        lambda.close();
        functionLogs.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String function = functionPart(exchange.getRequestURI().getRawPath());
            if (function == null) {
                reply(exchange, 404, "Not found");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "POST an invocation event to this URL");
                return;
            }
            String name;
            try {
                name = URLDecoder.decode(function, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                reply(exchange, 400, "Not a function name: " + function);
                return;
            }
            serveInvocation(exchange, name);
        } catch (RuntimeException e) {
            String text = "Lambda proxy failed: " + e;
            log.accept(text);
            reply(exchange, 500, text);
        }
    }

    /** The encoded function name from {@code /functions/TOKEN/NAME}; null when the token is not this host's. */
    private String functionPart(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PATH)) {
            return null;
        }
        String rest = rawPath.substring(PATH.length());
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            return null;
        }
        byte[] given = rest.substring(0, slash).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8)) ? rest.substring(slash + 1)
                : null;
    }

    private void serveInvocation(HttpExchange exchange, String name) throws IOException {
        byte[] event = exchange.getRequestBody().readAllBytes();
        String requestId = header(exchange, "X-Amzn-Lambda-Request-Id", "sandbox-" + System.nanoTime());
        long start = System.nanoTime();
        String result;
        int status;
        try {
            result = invoke(name, event, context(exchange, name, requestId));
            status = 200;
        } catch (SdkException e) {
            // MiniStack turns a non-2xx reply into a Lambda error the state machine sees, with this text.
            result = "Lambda proxy could not read the settings of function '" + name + "': " + e.getMessage();
            status = 502;
            log.accept(result);
        } catch (OtherHandler e) {
            result = e.getMessage();
            status = 501;
            log.accept(result);
        } catch (RuntimeException e) {
            result = "Lambda proxy failed running function '" + name + "': " + e;
            status = 500;
            log.accept(result);
        }
        remember(new ProxyInvocation(name, requestId, result, (System.nanoTime() - start) / 1_000_000));
        reply(exchange, status, result);
    }

    private void remember(ProxyInvocation invocation) {
        synchronized (invocations) {
            invocations.addLast(invocation);
            if (invocations.size() > REMEMBERED) {
                invocations.removeFirst();
            }
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String invoke(String name, byte[] event, ProxyContext context) throws IOException, OtherHandler {
        GetFunctionConfigurationResponse config = lambda.getFunctionConfiguration(b -> b.functionName(name));
        String handlerName = String.valueOf(config.handler());
        if (!handlerName.equals(HANDLER) && !handlerName.startsWith(HANDLER + "::")) {
            throw new OtherHandler("The local sandbox runs only " + HANDLER + "; function '" + name + "' has handler '"
                    + handlerName + "'");
        }
        Map<String, String> env = config.environment() == null ? Map.of() : config.environment().variables();
        List<String> lines = new CopyOnWriteArrayList<>();
        CsvToParquetHandler handler = new CsvToParquetHandler(() -> s3, env, line -> {
            lines.add(line);
            log.accept(line);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        functionLogs.write(name, context.requestId(), lines);
        return out.toString(StandardCharsets.UTF_8);
    }

    private ProxyContext context(HttpExchange exchange, String name, String requestId) {
        long deadline;
        try {
            deadline = Long.parseLong(header(exchange, "X-Amzn-Lambda-Deadline-Ms", ""));
        } catch (NumberFormatException absent) {
            deadline = System.currentTimeMillis() + 300_000;
        }
        return new ProxyContext(name, header(exchange, "X-Amzn-Lambda-Function-Arn", ""),
                header(exchange, "X-Amzn-Lambda-Function-Version", "$LATEST"), requestId, deadline, 512, log);
    }

    /** A function whose code is not ours: the sandbox cannot run it. */
    private static final class OtherHandler extends Exception {
        private static final long serialVersionUID = 1L;

        OtherHandler(String message) {
            super(message, null, false, false);
        }
    }

    private static String header(HttpExchange exchange, String name, String otherwise) {
        String v = exchange.getRequestHeaders().getFirst(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(bytes);
        }
    }
}
