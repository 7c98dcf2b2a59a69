package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code blueprint-studio sandbox} through the launcher: MiniStack runs while it runs, and ends when it is ended. */
class SandboxLauncherIT {
    private static final Pattern ENDPOINT = Pattern.compile("Local sandbox: (http://127\\.0\\.0\\.1:\\d+) ");

    @TempDir
    Path dir;

    @Test
    void endingTheProgramStopsMiniStack() throws Exception {
        String bin = peersBin();
        ProcessBuilder b = new ProcessBuilder(List.of("bash", System.getProperty("launcher"), "sandbox", "--data",
                dir.toString(), "--source-bucket", "raw", "--topic", "results")).redirectErrorStream(true);
        // The peers' venv holds the pinned MiniStack: no install from the network in a test.
        b.environment().put("BPS_JAVA_OPTS", "-Dblueprint-studio.sandbox.venv=" + Path.of(bin).getParent());
        Process p = b.start();
        URI endpoint = null;
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && !line.startsWith("Ctrl+C"); line = r.readLine()) {
                out.append(line).append('\n');
                Matcher m = ENDPOINT.matcher(line);
                if (m.find()) {
                    endpoint = URI.create(m.group(1));
                }
            }
            assertNotNull(endpoint, out::toString);
            assertTrue(out.toString().contains("Topic arn:aws:sns:us-east-1:000000000000:results → queue"),
                    out::toString);
            assertTrue(answers(endpoint));
        } finally {
            p.destroy(); // SIGTERM, as on logout or kill; Ctrl+C takes the same shutdown path
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the sandbox command did not end");
        }
        assertFalse(answers(endpoint), "MiniStack outlived the program at " + endpoint);
    }

    /** The whole blueprint from the command line: deployed into the sandbox, then an upload reported. */
    @Test
    void deploysTheSampleIntoTheSandboxAndAnUploadIsReported() throws Exception {
        String bin = peersBin();
        ProcessBuilder b = new ProcessBuilder(List.of("bash", System.getProperty("launcher"), "sandbox", "--data",
                dir.toString(), "--deploy", Path.of("..", "blueprints", "stepfunction_orchestrator").toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        b.environment().put("BPS_JAVA_OPTS", "-Dblueprint-studio.sandbox.venv=" + Path.of(bin).getParent());
        Process p = b.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && !line.startsWith("Ctrl+C"); line = r.readLine()) {
                out.append(line).append('\n');
            }
            Matcher m = ENDPOINT.matcher(out);
            assertTrue(m.find(), out::toString);
            assertTrue(out.toString().contains("bps-sample-dev-sales-stepfunction created"), out::toString);
            assertTrue(out.toString().contains("s3://bps-sample-raw/incoming/orders/ to start the state machine"),
                    out::toString);
            io.blueprintstudio.aws.AwsTarget target = io.blueprintstudio.aws.AwsTarget.endpoint(
                    URI.create(m.group(1)), null);
            try (var s3 = target.s3(); var sqs = target.client(SqsClient.builder())) {
                s3.putObject(x -> x.bucket("bps-sample-raw").key("incoming/orders/cli.csv"),
                        software.amazon.awssdk.core.sync.RequestBody.fromString("id,amount\n1,2.5\n"));
                String queue = sqs.getQueueUrl(x -> x.queueName("bps-sample-orders-status-results")).queueUrl();
                String body = "";
                for (int i = 0; i < 60 && body.isEmpty(); i++) {
                    body = sqs.receiveMessage(x -> x.queueUrl(queue).waitTimeSeconds(1)).messages().stream()
                            .map(msg -> msg.body()).findFirst().orElse("");
                }
                String report = body;
                assertEquals("passed", new com.fasterxml.jackson.databind.ObjectMapper().readTree(body.isEmpty() ? "{}"
                        : body).path("Status").asText(), () -> "report: '" + report + "' after " + out);
            }
            runsAFileFromTheCommandLine(m.group(1));
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the sandbox command did not end");
        }
    }

    /** {@code executions run}: the upload starts an execution that is followed to its end, "failed" route included. */
    private void runsAFileFromTheCommandLine(String endpoint) throws Exception {
        Path bad = Files.writeString(dir.resolve("ragged.csv"), "id,amount\n1,2.5\n3\n");
        Process run = new ProcessBuilder(List.of("bash", System.getProperty("launcher"), "executions", "run",
                Path.of("..", "blueprints", "stepfunction_orchestrator").toString(), bad.toString(), "--endpoint",
                endpoint)).redirectErrorStream(true).start();
        String text = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), text);
        assertTrue(text.contains("uploaded s3://bps-sample-raw/incoming/orders/ragged.csv"), text);
        assertTrue(text.matches("(?s).*Lambda CSV to Parquet\\s+TaskSucceeded\\s+output \"failed\".*"), text);
        assertTrue(text.matches("(?s).*Report Result\\s+TaskSucceeded.*"), text);
        assertTrue(text.strip().endsWith("SUCCEEDED"), text);
    }

    private static String peersBin() {
        String bin = System.getenv("BPS_PEERS_BIN");
        if (bin == null || bin.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("BPS_PEERS_BIN is not set; run the tests with ./run-tests");
            }
            assumeTrue(false, "BPS_PEERS_BIN is not set; run the tests with ./run-tests");
        }
        return bin;
    }

    private static boolean answers(URI endpoint) {
        try (Socket s = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return s.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }
}
