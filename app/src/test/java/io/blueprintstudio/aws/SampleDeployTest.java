package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.TestBlueprints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Blueprint blueprint = Blueprint.load(TestBlueprints.copyOfSampleWithLambdaJar(dir));
        DeploySource source = DeploySource.synthesize(blueprint, "dev", null, DeployListener.NONE, new CancelSignal());
        assertEquals(STACKS, source.assembly().stacks().stream().map(StackArtifact::stackName).toList());
        assertEquals(List.of("bps-sample-raw"), source.sourceBuckets());
        // Deployed exactly as synthesized: nothing in it is a type MiniStack cannot create.

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
}
