package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.aws.AwsTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The whole blueprint on MiniStack, created through the AWS APIs: a CSV put into the source bucket starts the
 * sample's state machine through EventBridge, MiniStack hands the Lambda task to our real Java handler through the
 * {@link LambdaProxyHost}, the Parquet lands in the destination bucket, the Choice routes on the handler's answer
 * and the report reaches an SQS queue through SNS.
 */
class SandboxEndToEndTest {
    private static final String ROLE = "arn:aws:iam::000000000000:role/sandbox-test";
    private static final String CSV = """
            id,name,amount,day
            1,Zoë,12.50,2024-01-02
            2,"Smith, J.",-3.25,2024-02-29
            3,Ålesund AS,0,2024-03-31
            """;
    private static final String RAGGED_CSV = """
            id,name,amount,day
            1,Zoë,12.50,2024-01-02
            2,Smith,-3.25
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> handlerLog = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static AwsTarget target;
    private static LambdaProxyHost proxy;
    private static String suffix;
    private static String source;
    private static String destination;
    private static String machineArn;
    private static String functionName;
    private static ResultQueue results;

    @TempDir
    Path dir;

    @BeforeAll
    static void blueprintInTheEmulator() throws Exception {
        target = AwsTarget.endpoint(SandboxPeers.ministack(), null);
        proxy = LambdaProxyHost.start(target, handlerLog::add);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        source = "bps-e2e-src-" + suffix;
        destination = "bps-e2e-dest-" + suffix;
        results = new SandboxProvisioner(target).provision(new SandboxResources(List.of(source),
                List.of(destination), List.of("bps-e2e-results-" + suffix))).get(0);
        functionName = "bps-e2e-csv-parquet-" + suffix;
        String functionArn = createFunction(functionName);
        String definition = SampleMachine.definition(functionArn, results.topicArn());
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            machineArn = sfn.createStateMachine(b -> b.name("bps-e2e-machine-" + suffix).roleArn(ROLE)
                    .definition(definition)).stateMachineArn();
        }
        try (EventBridgeClient events = target.client(EventBridgeClient.builder())) {
            String rule = "bps-e2e-rule-" + suffix;
            events.putRule(b -> b.name(rule).eventPattern("""
                    {"source": ["aws.s3"], "detail-type": ["Object Created"],
                     "detail": {"bucket": {"name": ["%s"]}, "object": {"key": [{"prefix": "incoming/"}]}}}
                    """.formatted(source)));
            events.putTargets(b -> b.rule(rule).targets(Target.builder().id("machine").arn(machineArn).roleArn(ROLE)
                    .build()));
        }
    }

    @AfterAll
    static void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    private static String createFunction(String name) throws IOException {
        SdkBytes code = SdkBytes.fromByteArray(placeholderZip());
        try (LambdaClient lambda = target.client(LambdaClient.builder())) {
            return lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA21).role(ROLE)
                    .handler("io.blueprintstudio.lambda.CsvToParquetHandler").timeout(60).memorySize(512)
                    .code(c -> c.zipFile(code))
                    .environment(e -> e.variables(Map.of(
                            "MINISTACK_LAMBDA_PROXY_URL", proxy.urlFor(name).toString(),
                            "DEST_BUCKET_NAME", destination,
                            "DEST_PREFIX", "curated/",
                            "SOURCE_PREFIX", "incoming/")))).functionArn();
        }
    }

    /** MiniStack wants code; the proxy runs the handler from this JVM's class path instead. */
    private static byte[] placeholderZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write("Runs in Blueprint Studio through MiniStack's Lambda proxy.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void csvDroppedInTheSourceBucketIsConvertedRoutedOnPassedAndReported() throws Exception {
        String key = "incoming/sales " + suffix + ".csv";
        long put = put(key, CSV);
        Message report = awaitReport(key, Duration.ofSeconds(90));
        long millis = (System.nanoTime() - put) / 1_000_000;
        System.out.println("sandbox: PutObject to SNS message in SQS took " + millis + " ms");

        JsonNode message = JSON.readTree(report.body());
        assertEquals("passed", message.get("Status").asText(), report.body());
        ExecutionListItem execution = executionFor(key);
        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
        assertEquals(List.of(SampleMachine.LAMBDA_STATE, SampleMachine.CHOICE_STATE, SampleMachine.REPORT_STATE),
                statesEntered(execution));
        assertEquals("passed", choiceInputStatus(execution));
        assertTrue(proxy.invocations().stream().anyMatch(i -> i.result().equals("\"passed\"")),
                () -> "the proxy served " + proxy.invocations());
        assertTrue(handlerLog.stream().anyMatch(l -> l.contains("sales " + suffix)), () -> "log: " + handlerLog);
        assertTrue(functionLog().stream().anyMatch(l -> l.contains("sales " + suffix) && l.contains("\"passed\"")),
                () -> "the function's log group holds " + functionLog());
        assertEquals(List.of("1|Zoë|12.5|2024-01-02", "2|Smith, J.|-3.25|2024-02-29", "3|Ålesund AS|0.0|2024-03-31"),
                parquetRows("curated/sales " + suffix + ".parquet"));
    }

    @Test
    void raggedCsvEndsOnTheFailedRouteWithNoParquet() throws Exception {
        String key = "incoming/broken " + suffix + ".csv";
        put(key, RAGGED_CSV);
        Message report = awaitReport(key, Duration.ofSeconds(90));

        assertEquals("failed", JSON.readTree(report.body()).get("Status").asText(), report.body());
        ExecutionListItem execution = executionFor(key);
        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
        assertEquals(List.of(SampleMachine.LAMBDA_STATE, SampleMachine.CHOICE_STATE, SampleMachine.REPORT_STATE),
                statesEntered(execution));
        assertEquals("failed", choiceInputStatus(execution));
        JsonNode failure = JSON.readTree(handlerLog.stream().filter(l -> l.contains("broken " + suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no handler log line for " + key + ": " + handlerLog)));
        assertEquals(3, failure.path("error").path("line").asInt(), failure.toString()); // the ragged row
        try (S3Client s3 = target.s3()) {
            assertTrue(s3.listObjectsV2(b -> b.bucket(destination).prefix("curated/broken " + suffix)).contents()
                    .stream().noneMatch(o -> o.key().endsWith(".parquet")));
        }
    }

    /** What the emulator's CloudWatch Logs holds for the function, as Lambda would have logged it. */
    private static List<String> functionLog() {
        try (CloudWatchLogsClient logs = target.client(CloudWatchLogsClient.builder())) {
            return logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + functionName)).events().stream()
                    .map(e -> e.message()).toList();
        }
    }

    private static long put(String key, String csv) {
        try (S3Client s3 = target.s3()) {
            long now = System.nanoTime();
            s3.putObject(b -> b.bucket(source).key(key), RequestBody.fromString(csv, StandardCharsets.UTF_8));
            return now;
        }
    }

    /** Polls the result queue for the report about {@code key}; other tests' reports go back to the queue. */
    private static Message awaitReport(String key, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SqsClient sqs = target.client(SqsClient.builder())) {
            while (System.nanoTime() < deadline) {
                for (Message m : sqs.receiveMessage(b -> b.queueUrl(results.queueUrl()).maxNumberOfMessages(10)
                        .waitTimeSeconds(1).visibilityTimeout(0)).messages()) {
                    JsonNode body = JSON.readTree(m.body());
                    if (key.equals(body.path("Input").asText())) {
                        sqs.deleteMessage(b -> b.queueUrl(results.queueUrl()).receiptHandle(m.receiptHandle()));
                        return m;
                    }
                }
            }
        }
        return fail("no report about " + key + " within " + timeout.toSeconds() + " s; executions: " + executions()
                + "; proxy served: " + proxy.invocations() + "; handler log: " + handlerLog);
    }

    private static List<ExecutionListItem> executions() {
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            return sfn.listExecutionsPaginator(b -> b.stateMachineArn(machineArn)).executions().stream().toList();
        }
    }

    /** The execution EventBridge started for {@code key}: its input is the S3 event naming it. */
    private static ExecutionListItem executionFor(String key) throws Exception {
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            for (ExecutionListItem e : executions()) {
                JsonNode input = JSON.readTree(sfn.describeExecution(b -> b.executionArn(e.executionArn())).input());
                if ("Object Created".equals(input.path("detail-type").asText())
                        && key.equals(input.path("detail").path("object").path("key").asText())) {
                    return e;
                }
            }
        }
        return fail("EventBridge started no execution for " + key + ": " + executions());
    }

    private static List<HistoryEvent> history(ExecutionListItem execution) {
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            return sfn.getExecutionHistory(b -> b.executionArn(execution.executionArn())).events();
        }
    }

    private static List<String> statesEntered(ExecutionListItem execution) {
        return history(execution).stream().map(HistoryEvent::stateEnteredEventDetails).filter(Objects::nonNull)
                .map(d -> d.name()).toList();
    }

    /** The {@code status} the Choice state read: what our handler returned. */
    private static String choiceInputStatus(ExecutionListItem execution) throws IOException {
        for (HistoryEvent e : history(execution)) {
            var d = e.stateEnteredEventDetails();
            if (d != null && SampleMachine.CHOICE_STATE.equals(d.name())) {
                return JSON.readTree(d.input()).path("status").asText();
            }
        }
        return fail("the execution never entered " + SampleMachine.CHOICE_STATE);
    }

    /** The Parquet's rows read by DuckDB, a reader we did not write. */
    private List<String> parquetRows(String key) throws Exception {
        Path local = dir.resolve("out.parquet");
        try (S3Client s3 = target.s3()) {
            s3.getObject(b -> b.bucket(destination).key(key), local);
        }
        List<String> rows = new ArrayList<>();
        String sql = "SELECT CAST(id AS BIGINT), name, CAST(amount AS DOUBLE), CAST(day AS VARCHAR) FROM read_parquet('"
                + local.toString().replace("'", "''") + "') ORDER BY 1";
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }
}
