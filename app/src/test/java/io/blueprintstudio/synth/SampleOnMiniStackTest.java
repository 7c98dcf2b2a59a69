package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.Approval;
import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.BootstrapStatus;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.Deployer;
import io.blueprintstudio.aws.Emulator;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/**
 * The sample's synthesized stacks deployed to MiniStack: all four create, and with the {@code .csv} key suffix only
 * the CSV file starts an execution (not the folder placeholder, not another file), with the S3 event as input.
 */
class SampleOnMiniStackTest {

    @Test
    void deploysAndOnlyACsvUnderThePrefixStartsAnExecution() throws Exception {
        AwsTarget target = Emulator.MINISTACK.target();
        Emulator.MINISTACK.reset();
        SynthResult synth = SampleSynth.result();
        CloudAssembly assembly = CloudAssembly.read(synth.assemblyDir());
        CancelSignal cancel = new CancelSignal();
        try (Deployer deployer = new Deployer(target)) {
            BootstrapStatus status = deployer.bootstrapStatus(assembly);
            if (!status.ready()) {
                assertTrue(deployer.bootstrap(status.required(), DeployListener.NONE, cancel).ok());
            }
            DeployResult result = deployer.deploy(assembly, List.of(), Approval.ALL, DeployListener.NONE, cancel);
            assertTrue(result.ok(), result.toString());
            assertEquals(4, result.stacks().size());
        }
        String bucket = synth.external().sourceBucketNames().get(0);
        String prefix = synth.external().sourceBuckets().get(0).prefix();
        S3Client s3 = target.s3();
        s3.createBucket(b -> b.bucket(bucket));
        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .eventBridgeConfiguration(e -> { })));
        s3.putObject(b -> b.bucket(bucket).key(prefix + "/"), RequestBody.empty());
        s3.putObject(b -> b.bucket(bucket).key(prefix + "/readme.txt"), RequestBody.fromString("not data"));
        s3.putObject(b -> b.bucket(bucket).key(prefix + "/orders-1.csv"), RequestBody.fromString("id,v\n1,2\n"));

        SfnClient sfn = target.client(SfnClient.builder());
        String machine = synth.stacks().get(3).stateMachines().get(0).name();
        String arn = sfn.listStateMachines().stateMachines().stream().filter(m -> m.name().equals(machine))
                .findFirst().orElseThrow().stateMachineArn();
        List<ExecutionListItem> executions = List.of();
        for (int i = 0; i < 40 && executions.isEmpty(); i++) {
            Thread.sleep(250);
            executions = sfn.listExecutions(b -> b.stateMachineArn(arn)).executions();
        }
        Thread.sleep(1500); // time for any wrongly matched event to start its execution too
        List<ExecutionListItem> started = sfn.listExecutions(b -> b.stateMachineArn(arn)).executions();
        assertEquals(1, started.size(), started.toString());
        String input = sfn.describeExecution(b -> b.executionArn(started.get(0).executionArn())).input();
        assertTrue(input.contains("\"key\": \"" + prefix + "/orders-1.csv\"")
                || input.contains("\"key\":\"" + prefix + "/orders-1.csv\""), input);
    }
}
