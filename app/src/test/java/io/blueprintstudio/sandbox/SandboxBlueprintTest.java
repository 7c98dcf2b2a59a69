package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.aws.Approval;
import io.blueprintstudio.aws.BootstrapStatus;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.Deployer;
import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.ExecutionTail;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthProgress;
import io.blueprintstudio.synth.SynthResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The sample blueprint the way a user runs it in the sandbox: synthesized with the Lambda proxy URL as an extra
 * environment variable, its external resources provisioned, deployed by the {@link Deployer} through
 * CloudFormation, then a CSV dropped into its source bucket and the execution followed live by the
 * {@link ExecutionTail}.
 */
class SandboxBlueprintTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> handlerLog = new CopyOnWriteArrayList<>();
    /** Every event the tail reported, by execution. */
    private static final Map<String, List<ExecutionEvent>> tailed = new ConcurrentHashMap<>();
    private static Path work;
    private static LocalSandbox sandbox;
    private static SynthResult synth;
    private static ResultQueue results;
    private static String machineArn;
    private static ExecutionTail tail;
    private static Thread tailThread;

    @BeforeAll
    static void deployTheSampleToTheSandbox() throws Exception {
        Path lambdaJar = SampleMachine.sampleBlueprint()
                .resolve("../../converter-lambda/target/converter-lambda-0.1.0-SNAPSHOT-lambda.jar").normalize();
        assertTrue(Files.isRegularFile(lambdaJar), "package converter-lambda first (./mvnw package): " + lambdaJar);
        work = Files.createTempDirectory("bps-sandbox-blueprint");
        sandbox = LocalSandbox.start(new SandboxSetup(work.resolve("sandbox"), SandboxPeers.peersVenv(), "python3",
                Duration.ofSeconds(60)), SandboxProgress.NONE, handlerLog::add);
        long t0 = System.nanoTime();
        SandboxDeployment prepared = SandboxDeployment.prepare(Blueprint.load(SampleMachine.sampleBlueprint()),
                SynthOptions.into(work.resolve("cdk.out")).withKeySuffix(".csv"), sandbox, SynthProgress.NONE,
                () -> false);
        synth = prepared.synth();
        assertTrue(synth.ok(), () -> "synthesis: " + synth.findings());
        // Synthesis makes nothing MiniStack cannot create, so the sample goes in whole (SandboxAssemblyTest covers
        // what is left out when it cannot).
        assertEquals(List.of(), prepared.leftOut());
        results = prepared.resultQueues().get(0);
        long t1 = System.nanoTime();
        CloudAssembly assembly = CloudAssembly.read(synth.assemblyDir());
        try (Deployer deployer = new Deployer(sandbox.target())) {
            BootstrapStatus boot = deployer.bootstrapStatus(assembly);
            if (!boot.ready()) {
                deployer.bootstrap(boot.required(), DeployListener.NONE, new CancelSignal());
            }
            DeployResult deployed = deployer.deploy(assembly, List.of(), Approval.ALL, DeployListener.NONE,
                    new CancelSignal());
            assertTrue(deployed.ok(), deployed::toString);
        }
        System.out.printf("sandbox blueprint: synth + provision + adapt %d ms, bootstrap + deploy %d ms%n",
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        tail = new ExecutionTail(sandbox.target());
        machineArn = tail.machines().entrySet().stream().filter(e -> e.getKey().contains("sample-state-machine-1"))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(
                        "no sample machine deployed: " + tail.machines()));
        tailThread = new Thread(() -> {
            try {
                tail.followMachine(machineArn, (event, timeline) -> tailed
                        .computeIfAbsent(event.executionArn(), k -> new CopyOnWriteArrayList<>()).add(event));
            } catch (InterruptedException stopped) {
                // The tests are over.
            }
        }, "test-tail");
        tailThread.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        // The assembly holds a copy of the Lambda jar: worth removing.
        if (tailThread != null) {
            tailThread.interrupt();
            tailThread.join(10_000);
        }
        if (tail != null) {
            tail.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (work != null) {
            try (java.util.stream.Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (java.io.IOException e) {
                System.err.println("left behind " + work + ": " + e.getMessage());
            }
        }
    }

    @Test
    void csvUploadedToTheDeployedBlueprintIsConvertedRoutedOnPassedReportedAndTailed() throws Exception {
        String key = "incoming/orders/2024/orders.csv";
        java.time.Instant putAt = java.time.Instant.now();
        long put = put(key, "id,name,amount,day\n1,Zoë,12.50,2024-01-02\n2,\"Smith, J.\",-3.25,2024-02-29\n");
        Message report = awaitReport(key, Duration.ofSeconds(90));
        long total = (System.nanoTime() - put) / 1_000_000;

        assertEquals("passed", JSON.readTree(report.body()).get("Status").asText(), report.body());
        List<ExecutionEvent> events = tailedExecution(key);
        System.out.println("sandbox blueprint: PutObject to SNS message in SQS took " + total + " ms (execution "
                + "started after " + Duration.between(putAt, events.get(0).time()).toMillis() + " ms, ran "
                + Duration.between(events.get(0).time(), events.get(events.size() - 1).time()).toMillis()
                + " ms; proxied Lambda runs " + sandbox.lambdaProxy().invocations().stream()
                        .map(i -> i.millis() + " ms").toList() + ")");
        assertStatesInOrderOnce(events);
        assertEquals("passed", choiceStatus(events));
        assertTrue(sandbox.lambdaProxy().invocations().stream().anyMatch(i -> i.result().equals("\"passed\"")));
        assertEquals(List.of("1|Zoë|12.5", "2|Smith, J.|-3.25"), parquetRows("curated/orders/2024/orders.parquet"));
    }

    @Test
    void raggedCsvInTheDeployedBlueprintEndsOnTheFailedRoute() throws Exception {
        String key = "incoming/orders/broken.csv";
        put(key, "id,name,amount\n1,Zoë,12.50\n2,Smith\n");
        Message report = awaitReport(key, Duration.ofSeconds(90));

        assertEquals("failed", JSON.readTree(report.body()).get("Status").asText(), report.body());
        List<ExecutionEvent> events = tailedExecution(key);
        assertStatesInOrderOnce(events);
        assertEquals("failed", choiceStatus(events));
        assertTrue(handlerLog.stream().anyMatch(l -> l.contains("broken.csv") && l.contains("\"failed\"")),
                handlerLog::toString);
    }

    /** Every state entered once, in the machine's order, every event id once, ending in success. */
    private static void assertStatesInOrderOnce(List<ExecutionEvent> events) {
        assertEquals(List.of(SampleMachine.LAMBDA_STATE, SampleMachine.CHOICE_STATE, SampleMachine.REPORT_STATE),
                events.stream().filter(e -> e.type().endsWith("StateEntered")).map(ExecutionEvent::stateName)
                        .toList(), events::toString);
        assertEquals(events.size(), events.stream().mapToLong(ExecutionEvent::id).distinct().count(),
                () -> "an event reported twice: " + events);
        List<Long> ids = events.stream().map(ExecutionEvent::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "events out of order");
        assertEquals("ExecutionSucceeded", events.get(events.size() - 1).type(), events::toString);
    }

    private static String choiceStatus(List<ExecutionEvent> events) throws Exception {
        ExecutionEvent choice = events.stream().filter(e -> e.type().equals("ChoiceStateEntered")).findFirst()
                .orElseThrow();
        return JSON.readTree(choice.input()).path("status").asText();
    }

    /** The tailed events of the execution whose input names {@code key}, once the tail has seen it end. */
    private static List<ExecutionEvent> tailedExecution(String key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (List<ExecutionEvent> events : tailed.values()) {
                ExecutionEvent first = events.get(0);
                if (first.type().equals("ExecutionStarted") && key.equals(
                        JSON.readTree(first.input()).path("detail").path("object").path("key").asText())
                        && events.get(events.size() - 1).endsExecution()) {
                    return List.copyOf(events);
                }
            }
            Thread.sleep(200);
        }
        return fail("the tail reported no finished execution for " + key + ": " + tailed);
    }

    private static long put(String key, String csv) {
        try (S3Client s3 = sandbox.target().s3()) {
            long now = System.nanoTime();
            s3.putObject(b -> b.bucket(synth.external().sourceBucketNames().get(0)).key(key),
                    RequestBody.fromString(csv, StandardCharsets.UTF_8));
            return now;
        }
    }

    private static Message awaitReport(String key, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SqsClient sqs = sandbox.target().client(SqsClient.builder())) {
            while (System.nanoTime() < deadline) {
                for (Message m : sqs.receiveMessage(b -> b.queueUrl(results.queueUrl()).maxNumberOfMessages(10)
                        .waitTimeSeconds(1).visibilityTimeout(0)).messages()) {
                    if (key.equals(JSON.readTree(m.body()).path("Input").asText())) {
                        sqs.deleteMessage(b -> b.queueUrl(results.queueUrl()).receiptHandle(m.receiptHandle()));
                        return m;
                    }
                }
            }
        }
        return fail("no report about " + key + " within " + timeout.toSeconds() + " s; tail saw " + tailed
                + "; proxy served " + sandbox.lambdaProxy().invocations() + "; handler log " + handlerLog
                + "; MiniStack's log: " + sandbox.log());
    }

    private static List<String> parquetRows(String key) throws Exception {
        Path local = work.resolve("out-" + System.nanoTime() + ".parquet");
        try (S3Client s3 = sandbox.target().s3()) {
            s3.getObject(b -> b.bucket(synth.external().destinationBuckets().get(0).bucket()).key(key), local);
        }
        List<String> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
                var rs = st.executeQuery("SELECT CAST(id AS BIGINT), name, CAST(amount AS DOUBLE) FROM read_parquet('"
                        + local + "') ORDER BY 1")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3));
            }
        }
        return rows;
    }
}
