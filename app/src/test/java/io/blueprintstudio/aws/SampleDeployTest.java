package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The sample blueprint synthesized and deployed to MiniStack: four stacks in MDAA's stage order, the state machine,
 * the source bucket check; then destroyed. Prints the figures: deploy time and API calls.
 */
class SampleDeployTest {
    private static final List<String> STACKS = List.of("bps-sample-dev-sales-roles", "bps-sample-dev-sales-project",
            "bps-sample-dev-sales-lambda", "bps-sample-dev-sales-stepfunction");

    @TempDir
    Path dir;

    @Test
    void deploysTheSampleInStageOrderAndDestroysIt() throws Exception {
        AwsTarget target = Emulator.MINISTACK.target();
        Emulator.MINISTACK.reset();
        createExternalResources(target);
        Blueprint blueprint = Blueprint.load(copyOfSample());
        DeploySource source = DeploySource.synthesize(blueprint, "dev", DeployListener.NONE, new CancelSignal());
        assertEquals(STACKS, source.assembly().stacks().stream().map(StackArtifact::stackName).toList());
        assertEquals(List.of("bps-sample-raw"), source.sourceBuckets());
        leaveOutGlueSecurityConfigurations(source.assembly().directory());

        try (Deployer deployer = new Deployer(target)) {
            DeployerTest.ensureBootstrapped(deployer, source.assembly());
            long callsBefore = deployer.apiCalls().total();
            RecordingListener l = new RecordingListener();
            long start = System.nanoTime();
            DeployResult r = deployer.deploy(source.assembly(), List.of(), Approval.ALL, l, new CancelSignal());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(r.ok(), r.stacks().toString());
            assertEquals(STACKS, r.stacks().stream().map(StackOutcome::stackName).toList());
            assertTrue(r.stacks().stream().allMatch(o -> o.result() == StackOutcome.Result.CREATED), r.toString());
            System.out.println(source.notes());
            System.out.println("sample deploy to MiniStack: " + millis + " ms, " + (deployer.apiCalls().total()
                    - callsBefore) + " API calls, " + l.events.size() + " stack events; " + r.apiCalls());

            try (SfnClient sfn = target.client(SfnClient.builder())) {
                List<StateMachineListItem> machines = sfn.listStateMachines().stateMachines().stream()
                        .filter(m -> m.name().startsWith("bps-sample-dev-sales-")).toList();
                assertEquals(1, machines.size(), machines.toString());
                assertEquals("ACTIVE", sfn.describeStateMachine(b -> b.stateMachineArn(machines.get(0)
                        .stateMachineArn())).statusAsString());
            }
            try (SourceBuckets buckets = new SourceBuckets(target)) {
                assertEquals(SourceBuckets.State.NO_EVENTBRIDGE, buckets.check("bps-sample-raw").state());
            }

            DeployResult gone = deployer.destroy(source.assembly(), DeployListener.NONE, new CancelSignal());
            List<String> reversed = new ArrayList<>(STACKS);
            java.util.Collections.reverse(reversed);
            assertEquals(reversed, gone.stacks().stream().map(StackOutcome::stackName).toList());
            assertTrue(gone.stacks().stream().allMatch(o -> o.result() == StackOutcome.Result.DELETED),
                    gone.toString());
        }
    }

    /** What the blueprint reads from but does not create: the data lake buckets and the result topic. */
    private static void createExternalResources(AwsTarget target) {
        try (S3Client s3 = target.s3(); SnsClient sns = target.client(SnsClient.builder())) {
            s3.createBucket(b -> b.bucket("bps-sample-raw"));
            s3.createBucket(b -> b.bucket("bps-sample-lake"));
            sns.createTopic(b -> b.name("bps-sample-orders-status"));
        }
    }

    /** A copy of the sample whose Lambda jar path is absolute, so it still finds the jar from the copy. */
    private Path copyOfSample() throws IOException {
        Path sample = Path.of("..", "blueprints", "stepfunction_orchestrator").toAbsolutePath().normalize();
        Path copy = BlueprintCopy.copy(sample, dir.resolve("blueprint"));
        Path jar = sample.resolve("../../converter-lambda/target/converter-lambda-0.1.0-SNAPSHOT-lambda.jar")
                .normalize();
        Path lambda = copy.resolve("stepfunctions/lambda.yaml");
        Files.writeString(lambda, Files.readString(lambda).replaceAll("srcDir: .*", "srcDir: " + jar));
        return copy;
    }

    /**
     * MiniStack 1.5 has no {@code AWS::Glue::SecurityConfiguration} and refuses templates that name one (the flow
     * never uses it: only an SSM parameter holds its name). Left out here, its {@code Ref} replaced by its name; the
     * local sandbox does the same, in general, for its own deploys.
     */
    private static void leaveOutGlueSecurityConfigurations(Path assembly) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> templates;
        try (Stream<Path> files = Files.list(assembly)) {
            templates = files.filter(p -> p.toString().endsWith(".template.json")).toList();
        }
        for (Path template : templates) {
            ObjectNode root = (ObjectNode) json.readTree(template.toFile());
            ObjectNode resources = (ObjectNode) root.get("Resources");
            List<String> ids = new ArrayList<>();
            resources.properties().forEach(e -> {
                if (e.getValue().path("Type").asText().equals("AWS::Glue::SecurityConfiguration")) {
                    ids.add(e.getKey());
                }
            });
            for (String id : ids) {
                String name = resources.path(id).path("Properties").path("Name").asText();
                resources.remove(id);
                replaceRefs(root, id, name);
            }
            if (!ids.isEmpty()) {
                json.writeValue(template.toFile(), root);
            }
        }
    }

    private static void replaceRefs(JsonNode node, String id, String name) {
        if (node instanceof ObjectNode o) {
            for (var e : new ArrayList<>(o.properties())) {
                JsonNode v = e.getValue();
                if (v.isObject() && v.size() == 1 && id.equals(v.path("Ref").asText(null))) {
                    o.set(e.getKey(), TextNode.valueOf(name));
                } else {
                    replaceRefs(v, id, name);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> replaceRefs(child, id, name));
        }
    }
}
