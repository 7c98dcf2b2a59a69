package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Deploys small CDK apps to MiniStack the way a blueprint's assembly is deployed. */
class DeployerTest {
    @TempDir
    Path dir;

    private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void bootstrapsPublishesAssetCreatesUpdatesAndDestroys() throws Exception {
        Emulator.MINISTACK.reset();
        CloudAssembly v1 = CloudAssembly.read(TestApps.withFileAsset(dir, prefix, false));
        assertEquals(List.of(prefix + "-base", prefix + "-app"),
                v1.stacks().stream().map(StackArtifact::stackName).toList());
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target())) {
            BootstrapStatus before = deployer.bootstrapStatus(v1);
            assertFalse(before.ready(), before.toString());
            assertEquals(6, before.required());
            RecordingListener boot = new RecordingListener();
            StackOutcome bootstrapped = deployer.bootstrap(before.required(), boot, new CancelSignal());
            assertEquals(StackOutcome.Result.CREATED, bootstrapped.result(), bootstrapped.summary());
            assertTrue(deployer.bootstrapStatus(v1).ready());
            StackOutcome upgraded = deployer.bootstrap(before.required() + 1, boot, new CancelSignal());
            assertEquals(StackOutcome.Result.UPDATED, upgraded.result(), "our own stack is upgraded in place: "
                    + upgraded.summary());

            RecordingListener l = new RecordingListener();
            DeployResult created = deployer.deploy(v1, List.of(), Approval.ALL, l, new CancelSignal());
            assertTrue(created.ok(), created.toString());
            assertEquals(List.of(StackOutcome.Result.CREATED, StackOutcome.Result.CREATED),
                    created.stacks().stream().map(StackOutcome::result).toList());
            assertEventsInOrderWithoutDuplicates(l.of(prefix + "-app"), prefix + "-app", "CREATE_COMPLETE");

            FileAsset jar = v1.stack(prefix + "-app").assets().stream()
                    .filter(a -> a.displayName().contains("HandlerJar")).findFirst().orElseThrow();
            FileAsset.Destination d = jar.destinations().get(0).in(deployer.environment());
            try (S3Client s3 = Emulator.MINISTACK.target().s3()) {
                assertEquals(22L, s3.headObject(b -> b.bucket(d.bucketName()).key(d.objectKey())).contentLength());
            }
            try (CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
                String status = cfn.describeStacks(b -> b.stackName(prefix + "-app")).stacks().get(0)
                        .stackStatusAsString();
                assertEquals("CREATE_COMPLETE", status);
            }

            CloudAssembly v2 = CloudAssembly.read(TestApps.withFileAsset(dir, prefix, true));
            List<StackPlan> diff = deployer.diff(v2, DeployListener.NONE, new CancelSignal());
            assertEquals(StackPlan.Kind.NO_CHANGES, diff.get(0).kind(), diff.get(0).summary());
            assertEquals(StackPlan.Kind.CHANGES, diff.get(1).kind(), diff.get(1).summary());
            assertEquals(List.of(new ResourceChange(prefix + "-app", "Add", "Retries77939C89", "AWS::SQS::Queue", "")),
                    diff.get(1).changes().stream().filter(c -> c.type().equals("AWS::SQS::Queue")).toList());
            RecordingListener u = new RecordingListener();
            DeployResult updated = deployer.deploy(v2, diff, Approval.ALL, u, new CancelSignal());
            assertTrue(u.steps.stream().noneMatch(s -> s.matches("change set .* for " + prefix + "-app created.*")),
                    "the previewed change set runs: " + u.steps);
            assertEquals(List.of(StackOutcome.Result.NO_CHANGES, StackOutcome.Result.UPDATED),
                    updated.stacks().stream().map(StackOutcome::result).toList());

            // Both stacks change (the app's queue goes again): the app's change set, made before the base changed,
            // is made again.
            CloudAssembly v3 = CloudAssembly.read(TestApps.withFileAsset(dir, prefix, false, true));
            List<StackPlan> both = deployer.diff(v3, DeployListener.NONE, new CancelSignal());
            RecordingListener again = new RecordingListener();
            assertTrue(deployer.deploy(v3, both, Approval.ALL, again, new CancelSignal()).ok());
            assertTrue(again.steps.contains("previewing " + prefix + "-app again: an earlier stack changed, and with "
                    + "it perhaps the SSM values it reads"), again.steps.toString());

            RecordingListener gone = new RecordingListener();
            DeployResult destroyed = deployer.destroy(v3, gone, new CancelSignal());
            assertEquals(List.of(prefix + "-app", prefix + "-base"),
                    destroyed.stacks().stream().map(StackOutcome::stackName).toList());
            assertTrue(destroyed.stacks().stream().allMatch(o -> o.result() == StackOutcome.Result.DELETED),
                    destroyed.toString());
            assertEventsInOrderWithoutDuplicates(gone.of(prefix + "-base"), prefix + "-base", "DELETE_COMPLETE");
            try (CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
                assertTrue(cfn.listStacks().stackSummaries().stream().noneMatch(s -> s.stackName()
                        .startsWith(prefix) && !s.stackStatusAsString().equals("DELETE_COMPLETE")));
            }
            System.out.println("deploy test: API calls " + deployer.apiCalls().total() + " "
                    + deployer.apiCalls().byOperation());
        }
    }

    @Test
    void rejectedResourceNamesItsReasonAndTheRollback() throws Exception {
        CloudAssembly bad = CloudAssembly.read(TestApps.withRejectedQueue(dir, prefix));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target())) {
            ensureBootstrapped(deployer, bad);
            RecordingListener l = new RecordingListener();
            DeployResult r = deployer.deploy(bad, List.of(), Approval.ALL, l, new CancelSignal());
            StackOutcome o = r.stacks().get(0);
            assertEquals(StackOutcome.Result.FAILED, o.result(), o.summary());
            assertEquals("ROLLBACK_COMPLETE", o.stackStatus());
            StackEvent failure = o.firstFailure().orElseThrow();
            assertTrue(failure.logicalId().startsWith("TooShortRetention"), failure.toString());
            assertTrue(failure.reason().contains("MessageRetentionPeriod"), failure.reason());
            assertTrue(o.summary().contains("Rolled back"), o.summary());
            assertTrue(l.events.stream().anyMatch(e -> e.status().equals("DELETE_COMPLETE")
                    && e.logicalId().startsWith("Good")), "the good queue is rolled back: " + l.events);

            // The next deploy says it removes the failed stack before creating it again, and fails the same way.
            RecordingListener again = new RecordingListener();
            StackOutcome second = deployer.deploy(bad, List.of(), Approval.ALL, again, new CancelSignal())
                    .stacks().get(0);
            assertTrue(again.steps.stream().anyMatch(s -> s.contains("ROLLBACK_COMPLETE after a failed create")),
                    again.steps.toString());
            assertEquals(StackOutcome.Result.FAILED, second.result());
            assertEquals(StackOutcome.Result.DELETED, deployer.destroy(bad, DeployListener.NONE, new CancelSignal())
                    .stacks().get(0).result());
        }
    }

    @Test
    void declinedChangeSetIsDroppedAndLeavesNoStack() throws Exception {
        CloudAssembly app = CloudAssembly.read(TestApps.withRejectedQueue(dir, prefix));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target())) {
            ensureBootstrapped(deployer, app);
            DeployResult r = deployer.deploy(app, List.of(), plan -> false, DeployListener.NONE, new CancelSignal());
            assertEquals(StackOutcome.Result.CANCELLED, r.stacks().get(0).result());
            try (CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
                assertTrue(new Stacks(cfn).find(prefix + "-bad").isEmpty(), "the empty CREATE stack is removed");
            }
        }
    }

    @Test
    void templateOverTheInlineLimitGoesThroughTheAssetsBucket() throws Exception {
        CloudAssembly large = CloudAssembly.read(TestApps.withLargeTemplate(dir, prefix));
        assertTrue(java.nio.file.Files.size(large.stacks().get(0).templateFile()) > ChangeSets.MAX_TEMPLATE_BODY);
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target())) {
            ensureBootstrapped(deployer, large);
            DeployResult r = deployer.deploy(large, List.of(), Approval.ALL, DeployListener.NONE, new CancelSignal());
            assertEquals(StackOutcome.Result.CREATED, r.stacks().get(0).result(), r.toString());
            assertEquals(StackOutcome.Result.DELETED, deployer.destroy(large, DeployListener.NONE, new CancelSignal())
                    .stacks().get(0).result());
        }
    }

    @Test
    void cancelledBeforeTheFirstStackChangesNothing() throws Exception {
        CloudAssembly app = CloudAssembly.read(TestApps.withRejectedQueue(dir, prefix));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target())) {
            ensureBootstrapped(deployer, app);
            CancelSignal cancel = new CancelSignal();
            cancel.cancel();
            StackOutcome o = deployer.deploy(app, List.of(), Approval.ALL, DeployListener.NONE, cancel).stacks().get(0);
            assertEquals(StackOutcome.Result.CANCELLED, o.result());
            assertEquals("cancelled before " + prefix + "-bad was changed", o.summary());
        }
    }

    @Test
    void cancelDuringACreateStopsAndSaysTheStackIsStillInProgress() throws Exception {
        CloudAssembly slow = CloudAssembly.read(TestApps.withCustomResourceThatNeverAnswers(dir, prefix));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target())) {
            ensureBootstrapped(deployer, slow);
            CancelSignal cancel = new CancelSignal();
            RecordingListener l = new RecordingListener() {
                @Override
                public void event(StackEvent e) {
                    super.event(e);
                    if (e.logicalId().startsWith("NeverAnswers") && e.status().equals("CREATE_IN_PROGRESS")) {
                        cancel.cancel();
                    }
                }
            };
            StackOutcome o = deployer.deploy(slow, List.of(), Approval.ALL, l, cancel).stacks().get(0);
            assertEquals(StackOutcome.Result.CANCELLED, o.result(), o.summary());
            assertEquals("CREATE_IN_PROGRESS", o.stackStatus());
            assertTrue(o.summary().startsWith("stopped watching: " + prefix + "-slow is still CREATE_IN_PROGRESS"),
                    o.summary());
        }
    }

    @Test
    void cancelDuringAnUpdateRollsItBack() throws Exception {
        CloudAssembly quick = CloudAssembly.read(TestApps.slow(dir, prefix, false));
        CloudAssembly slow = CloudAssembly.read(TestApps.slow(dir, prefix, true));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target())) {
            ensureBootstrapped(deployer, quick);
            assertTrue(deployer.deploy(quick, List.of(), Approval.ALL, DeployListener.NONE, new CancelSignal()).ok());
            CancelSignal cancel = new CancelSignal();
            RecordingListener l = new RecordingListener() {
                @Override
                public void event(StackEvent e) {
                    super.event(e);
                    // MiniStack reports a resource added by an update as UPDATE_IN_PROGRESS.
                    if (e.logicalId().startsWith("NeverAnswers") && e.status().endsWith("_IN_PROGRESS")) {
                        cancel.cancel();
                    }
                }
            };
            StackOutcome o = deployer.deploy(slow, List.of(), Approval.ALL, l, cancel).stacks().get(0);
            assertEquals(StackOutcome.Result.CANCELLED, o.result(), o.summary() + " " + l.steps);
            assertTrue(o.summary().startsWith("update of " + prefix + "-slow cancelled; it rolled back to its previous "
                    + "version"), o.summary());
            assertEquals("UPDATE_ROLLBACK_COMPLETE", o.stackStatus());
            assertTrue(l.steps.stream().anyMatch(s -> s.startsWith("cancel: asked CloudFormation to cancel the update")),
                    l.steps.toString());
            assertEquals(StackOutcome.Result.DELETED, deployer.destroy(slow, DeployListener.NONE, new CancelSignal())
                    .stacks().get(0).result());
        }
    }

    @Test
    void neverReplacesABootstrapStackTheCdkCliMade() throws Exception {
        Emulator.MINISTACK.reset();
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target());
                CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
            cfn.createStack(b -> b.stackName(Bootstrap.STACK_NAME).templateBody("{\"Description\": \"This stack "
                    + "includes resources needed to deploy AWS CDK apps into this environment\", \"Resources\": "
                    + "{\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}"));
            DeployException e = org.junit.jupiter.api.Assertions.assertThrows(DeployException.class,
                    () -> deployer.bootstrap(6, DeployListener.NONE, new CancelSignal()));
            assertTrue(e.getMessage().contains("has a CDKToolkit stack made by the CDK CLI"), e.getMessage());
        } finally {
            Emulator.MINISTACK.reset();
        }
    }

    @Test
    void aCancelBeforeAStackRunsDropsItsPreviewedChangeSetAndTheEmptyStack() throws Exception {
        CloudAssembly app = CloudAssembly.read(TestApps.withRejectedQueue(dir, prefix));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target());
                CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
            ensureBootstrapped(deployer, app);
            List<StackPlan> plans = deployer.diff(app, DeployListener.NONE, new CancelSignal());
            assertEquals(StackPlan.Kind.CHANGES, plans.get(0).kind(), plans.get(0).summary());
            assertEquals("REVIEW_IN_PROGRESS", new Stacks(cfn).find(prefix + "-bad").orElseThrow()
                    .stackStatusAsString());
            CancelSignal cancel = new CancelSignal();
            cancel.cancel();
            StackOutcome o = deployer.deploy(app, plans, Approval.ALL, DeployListener.NONE, cancel).stacks().get(0);
            assertEquals(StackOutcome.Result.CANCELLED, o.result(), o.summary());
            assertTrue(new Stacks(cfn).find(prefix + "-bad").isEmpty(), "the change set and its empty stack stay");
        }
    }

    @Test
    void aDeployThatFailsHalfWayLeavesNoPreviewedChangeSetBehind() throws Exception {
        CloudAssembly v1 = CloudAssembly.read(TestApps.withFileAsset(dir, prefix, false));
        CloudAssembly v2 = CloudAssembly.read(TestApps.withFileAsset(dir, prefix, true));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target());
                CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
            ensureBootstrapped(deployer, v1);
            assertTrue(deployer.deploy(v1, List.of(), Approval.ALL, DeployListener.NONE, new CancelSignal()).ok());
            List<StackPlan> diff = deployer.diff(v2, DeployListener.NONE, new CancelSignal());
            assertEquals(StackPlan.Kind.CHANGES, diff.get(1).kind(), diff.get(1).summary());
            // The base stack, previewed as unchanged, is previewed again and fails: its template is gone.
            java.nio.file.Files.delete(v2.stack(prefix + "-base").templateFile());
            DeployException e = org.junit.jupiter.api.Assertions.assertThrows(DeployException.class,
                    () -> deployer.deploy(v2, diff, Approval.ALL, DeployListener.NONE, new CancelSignal()));
            assertTrue(e.getMessage().contains(prefix + "-base.template.json"), e.getMessage());
            assertEquals(List.of(), pendingChangeSets(cfn, prefix + "-app"), "the app's previewed change set stays");
            assertTrue(deployer.destroy(v1, DeployListener.NONE, new CancelSignal()).ok());
        }
    }

    @Test
    void aPreviewThatStopsHalfWayDropsTheChangeSetsItMade() throws Exception {
        CloudAssembly v1 = CloudAssembly.read(TestApps.withFileAsset(dir, prefix, false));
        java.nio.file.Files.delete(v1.stack(prefix + "-app").templateFile());
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target());
                CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
            ensureBootstrapped(deployer, v1);
            org.junit.jupiter.api.Assertions.assertThrows(DeployException.class,
                    () -> deployer.diff(v1, DeployListener.NONE, new CancelSignal()));
            assertTrue(new Stacks(cfn).find(prefix + "-base").isEmpty(), "the base's CREATE preview stays");
        }
    }

    @Test
    void bootstrapUsesAnAssetsBucketKeptFromAnEarlierBootstrap() throws Exception {
        Emulator.MINISTACK.reset();
        CloudAssembly v1 = CloudAssembly.read(TestApps.withFileAsset(dir, prefix, false));
        try (Deployer deployer = new Deployer(Emulator.MINISTACK.target());
                S3Client s3 = Emulator.MINISTACK.target().s3()) {
            // What deleting a bootstrap stack leaves: its bucket (Retain), but no stack and no version parameter.
            String bucket = deployer.environment().bootstrapBucket();
            s3.createBucket(b -> b.bucket(bucket));
            BootstrapStatus before = deployer.bootstrapStatus(v1);
            assertTrue(before.bucketExists() && !before.ready(), before.toString());
            RecordingListener l = new RecordingListener();
            StackOutcome o = deployer.bootstrap(before.required(), l, new CancelSignal());
            assertEquals(StackOutcome.Result.CREATED, o.result(), o.summary());
            assertTrue(l.steps.stream().anyMatch(s -> s.startsWith("the assets bucket " + before.bucket()
                    + " already exists, but no CDKToolkit stack holds it")), l.steps.toString());
            assertTrue(deployer.bootstrapStatus(v1).ready());
            StackOutcome upgraded = deployer.bootstrap(before.required() + 1, l, new CancelSignal());
            assertEquals(StackOutcome.Result.UPDATED, upgraded.result(), upgraded.summary());
            assertTrue(deployer.deploy(v1, List.of(), Approval.ALL, DeployListener.NONE, new CancelSignal()).ok(),
                    "its assets go to the kept bucket");
        } finally {
            Emulator.MINISTACK.reset();
        }
    }

    /** The stack's change sets that could still be executed (not run, not being deleted). */
    private static List<String> pendingChangeSets(CloudFormationClient cfn, String stack) {
        return cfn.listChangeSets(b -> b.stackName(stack)).summaries().stream()
                .filter(c -> c.executionStatusAsString().equals("AVAILABLE")
                        && !c.statusAsString().startsWith("DELETE")).map(c -> c.changeSetName()).toList();
    }

    static void ensureBootstrapped(Deployer deployer, CloudAssembly assembly) throws DeployException {
        BootstrapStatus s = deployer.bootstrapStatus(assembly);
        if (!s.ready()) {
            assertTrue(deployer.bootstrap(s.required(), DeployListener.NONE, new CancelSignal()).ok());
        }
    }

    /** Each event once; every resource's IN_PROGRESS before its final status; the stack's own final event last. */
    private static void assertEventsInOrderWithoutDuplicates(List<StackEvent> events, String stack, String last) {
        assertEquals(events.size(), new HashSet<>(events.stream().map(StackEvent::id).toList()).size(),
                "duplicate events: " + events);
        StackEvent end = events.get(events.size() - 1);
        assertEquals(stack + " " + last, end.logicalId() + " " + end.status(), events.toString());
        for (int i = 0; i < events.size(); i++) {
            StackEvent e = events.get(i);
            if (e.status().endsWith("_COMPLETE") && !e.logicalId().equals(stack)) {
                String started = e.status().replace("_COMPLETE", "_IN_PROGRESS");
                boolean before = events.subList(0, i).stream().anyMatch(p -> p.logicalId().equals(e.logicalId())
                        && p.status().equals(started));
                assertTrue(before, e.logicalId() + " " + e.status() + " came before its " + started + ": " + events);
            }
        }
    }
}
