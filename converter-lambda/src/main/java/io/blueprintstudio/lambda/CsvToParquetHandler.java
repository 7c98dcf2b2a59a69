package io.blueprintstudio.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.convert.ConversionException;
import io.blueprintstudio.convert.ConversionReport;
import io.blueprintstudio.convert.CsvToParquet;
import io.blueprintstudio.convert.io.S3Clients;
import io.blueprintstudio.convert.io.S3CsvSource;
import io.blueprintstudio.convert.io.S3Destination;
import io.blueprintstudio.convert.io.S3Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda the blueprint's state machine calls with an EventBridge S3 "Object Created" event. It converts that
 * CSV to Parquet under {@code DEST_BUCKET_NAME}/{@code DEST_PREFIX} and returns the JSON string {@code "passed"} or
 * {@code "failed"}, which the state machine stores at {@code $.status}. It never throws: a thrown error would stop
 * the state machine before its report step, so every failure becomes {@code "failed"} plus one log line saying why.
 */
public final class CsvToParquetHandler implements RequestStreamHandler {
    static final String PASSED = "passed";
    static final String FAILED = "failed";

    private final Supplier<S3Client> clientFactory;
    private final Map<String, String> env;
    private final Consumer<String> log;
    private final ObjectMapper json = new ObjectMapper();
    private S3Client s3;

    /** What Lambda calls. The S3 client is made on the first run, not here, and reused while the runtime lives. */
    public CsvToParquetHandler() {
        this(() -> S3Clients.create(null, null), System.getenv());
    }

    /** For tests: a client factory (called once, on first need) and the environment to read settings from. */
    public CsvToParquetHandler(Supplier<S3Client> clientFactory, Map<String, String> env) {
        this(clientFactory, env, System.out::println);
    }

    /** As above, with the log line sent to {@code log} instead of standard output, which Lambda ships to CloudWatch. */
    public CsvToParquetHandler(Supplier<S3Client> clientFactory, Map<String, String> env, Consumer<String> log) {
        this.clientFactory = Objects.requireNonNull(clientFactory, "clientFactory");
        this.env = Map.copyOf(env);
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String status = run(input, context);
        output.write(json.writeValueAsBytes(status));
        output.flush();
    }

    /** One run: returns the status and logs one line, whatever happens. */
    String run(InputStream input, Context context) {
        long start = System.nanoTime();
        RunLog runLog = new RunLog(json, context == null ? null : context.getAwsRequestId());
        RunListener listener = new RunListener(context);
        String source = null;
        HandlerFailure failure;
        try {
            ObjectCreatedEvent event = readEvent(input);
            source = event.location().toString();
            HandlerConfig config = readConfig();
            S3CsvSource csv = locate(event);
            source = csv.name();
            ConversionReport report = convert(csv, config, listener);
            log.accept(runLog.passed(report, millisSince(start)));
            return PASSED;
        } catch (Failed e) {
            failure = e.failure;
        } catch (ConversionException e) {
            failure = HandlerFailure.of(e);
        } catch (IOException e) {
            failure = HandlerFailure.of("IO", e.getMessage());
        } catch (Exception | LinkageError | AssertionError e) {
            failure = HandlerFailure.unexpected(e);
        }
        log.accept(runLog.failed(source, failure, listener.rowsRead(), millisSince(start)));
        return FAILED;
    }

    private ObjectCreatedEvent readEvent(InputStream input) throws Failed {
        try {
            return ObjectCreatedEvent.parse(json, input.readAllBytes());
        } catch (IOException | IllegalArgumentException e) {
            throw new Failed("BAD_EVENT", e.getMessage());
        }
    }

    private HandlerConfig readConfig() throws Failed {
        try {
            return HandlerConfig.from(env);
        } catch (IllegalArgumentException e) {
            throw new Failed("BAD_CONFIG", e.getMessage());
        }
    }

    /** The first of the event's key candidates that exists. */
    private S3CsvSource locate(ObjectCreatedEvent event) throws Failed, IOException {
        for (String key : event.keyCandidates()) {
            S3CsvSource candidate;
            try {
                candidate = new S3CsvSource(s3(), event.bucket(), key);
            } catch (IllegalArgumentException e) {
                throw new Failed("BAD_INPUT", e.getMessage());
            }
            if (candidate.exists()) {
                return candidate;
            }
        }
        String tried = event.keyCandidates().size() > 1 ? " (also tried its URL-decoded forms)" : "";
        throw new Failed("NOT_FOUND", event.location() + " does not exist" + tried);
    }

    private ConversionReport convert(S3CsvSource csv, HandlerConfig config, RunListener listener)
            throws Failed, ConversionException {
        OutputTarget target;
        try {
            target = OutputTarget.derive(csv.location().key(), config.sourcePrefix(), config.destPrefix());
        } catch (IllegalArgumentException e) {
            throw new Failed("BAD_INPUT", e.getMessage());
        }
        refuseOwnOutput(csv.location(), config);
        S3Destination destination = new S3Destination(s3(), config.destBucket(), target.folder());
        return CsvToParquet.convert(csv, destination, target.fileName(), config.options(), listener);
    }

    /**
     * With the destination inside the source prefix of the same bucket, each output would start another run whose
     * output starts another, for ever. Refusing our own outputs ends that after one failed run.
     */
    private static void refuseOwnOutput(S3Location source, HandlerConfig config) throws Failed {
        String key = source.key();
        boolean ours = key.endsWith(".parquet") || key.endsWith(".rejects.csv");
        if (ours && source.bucket().equals(config.destBucket()) && key.startsWith(config.destPrefix())) {
            throw new Failed("BAD_CONFIG", source + " is under DEST_PREFIX and looks like this function's own output;"
                    + " not converting it, to avoid a loop. Keep DEST_PREFIX outside SOURCE_PREFIX");
        }
    }

    private synchronized S3Client s3() {
        if (s3 == null) {
            s3 = clientFactory.get();
        }
        return s3;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A planned failure, carried to the single place that logs it. */
    private static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient HandlerFailure failure;

        Failed(String kind, String message) {
            super(message, null, false, false);
            this.failure = HandlerFailure.of(kind, message);
        }
    }
}
