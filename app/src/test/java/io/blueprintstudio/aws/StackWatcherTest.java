package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CancelUpdateStackRequest;

/** Following a stack operation on MiniStack, at the moments where the order of calls matters. */
class StackWatcherTest {
    @TempDir
    Path dir;

    private final String prefix = "w" + UUID.randomUUID().toString().substring(0, 8);

    /**
     * A cancel that reaches CloudFormation after the update has moved on: MiniStack refuses CancelUpdateStack then,
     * as AWS does past UPDATE_IN_PROGRESS. To meet that moment every time, the watcher's CancelUpdateStack is held
     * back (an interceptor on its client) until the update has finished; MiniStack answers the call itself.
     */
    @Test
    void aCancelThatComesTooLateIsSaidAndTheUpdateIsFollowedToItsRealEnd() throws Exception {
        AwsTarget target = Emulator.MINISTACK.target();
        try (LateAnswer function = new LateAnswer(Duration.ofSeconds(3));
                Deployer deployer = new Deployer(target);
                CloudFormationClient plain = target.client(CloudFormationClient.builder());
                CloudFormationClient watching = target.client(CloudFormationClient.builder()
                        .overrideConfiguration(o -> o.addExecutionInterceptor(new CancelWhenSettled(plain))))) {
            CloudAssembly v1 = CloudAssembly.read(TestApps.lateAnswer(dir, prefix, null));
            CloudAssembly v2 = CloudAssembly.read(TestApps.lateAnswer(dir, prefix, function.url()));
            DeployerTest.ensureBootstrapped(deployer, v1);
            assertTrue(deployer.deploy(v1, List.of(), Approval.ALL, DeployListener.NONE, new CancelSignal()).ok());
            StackPlan plan = deployer.diff(v2, DeployListener.NONE, new CancelSignal()).get(0);
            assertEquals(StackPlan.Kind.CHANGES, plan.kind(), plan.summary());

            Stacks stacks = new Stacks(watching);
            String id = stacks.find(plan.stackName()).orElseThrow().stackId();
            StackWatcher watcher = new StackWatcher(watching, stacks, new Pause(Duration.ofMillis(100)), id,
                    plan.stackName());
            plain.executeChangeSet(b -> b.stackName(plan.stackName()).changeSetName(plan.changeSetName()));
            CancelSignal cancel = new CancelSignal();
            cancel.cancel();
            RecordingListener l = new RecordingListener();
            StackWatcher.Ending end = watcher.follow(l, cancel);

            assertEquals(new StackWatcher.Ending("UPDATE_COMPLETE", false), end);
            assertTrue(l.steps.stream().anyMatch(s -> s.startsWith("cancel: too late to cancel the update of "
                    + prefix + "-late (CancelUpdateStack cannot be called from current stack status")), l.steps
                    .toString());
            StackOutcome o = Outcomes.deployed(plan, end, watcher.events(), true);
            assertEquals(StackOutcome.Result.UPDATED, o.result(), o.summary());
            assertTrue(o.summary().endsWith("; the cancel came too late to stop it"), o.summary());
            assertTrue(deployer.destroy(v2, DeployListener.NONE, new CancelSignal()).ok());
        }
    }

    /**
     * A custom resource's function, served to MiniStack's Lambda proxy mode: it answers CloudFormation's
     * ResponseURL with SUCCESS {@code delay} after a create or update (at once for a delete).
     */
    private static final class LateAnswer implements AutoCloseable {
        private final HttpServer server;
        private final HttpClient http = HttpClient.newHttpClient();
        private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

        LateAnswer(Duration delay) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                JsonNode event = new ObjectMapper().readTree(exchange.getRequestBody());
                exchange.sendResponseHeaders(200, 4);
                exchange.getResponseBody().write("null".getBytes(StandardCharsets.UTF_8));
                exchange.close();
                long wait = event.path("RequestType").asText().equals("Delete") ? 0 : delay.toMillis();
                later.schedule(() -> answer(event), wait, TimeUnit.MILLISECONDS);
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/late");
        }

        private void answer(JsonNode event) {
            ObjectNode body = new ObjectMapper().createObjectNode().put("Status", "SUCCESS")
                    .put("PhysicalResourceId", "late-answer").put("StackId", event.path("StackId").asText())
                    .put("RequestId", event.path("RequestId").asText())
                    .put("LogicalResourceId", event.path("LogicalResourceId").asText());
            try {
                http.send(HttpRequest.newBuilder(URI.create(event.path("ResponseURL").asText()))
                        .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException | InterruptedException e) {
                System.err.println("late answer not sent: " + e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            later.shutdownNow();
        }
    }

    /** Holds a CancelUpdateStack back until the stack is no longer UPDATE_IN_PROGRESS. */
    private record CancelWhenSettled(CloudFormationClient plain) implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (!(context.request() instanceof CancelUpdateStackRequest r)) {
                return;
            }
            Instant giveUp = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(giveUp) && plain.describeStacks(b -> b.stackName(r.stackName())).stacks()
                    .get(0).stackStatusAsString().equals("UPDATE_IN_PROGRESS")) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
