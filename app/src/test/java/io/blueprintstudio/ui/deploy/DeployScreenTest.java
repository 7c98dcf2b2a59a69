package io.blueprintstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.Emulator;
import io.blueprintstudio.aws.ResourceChange;
import io.blueprintstudio.aws.TestAssemblies;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

/** The Deploy screen in the main window against MiniStack: target, bootstrap, diff, deploy with events, failure. */
class DeployScreenTest extends WindowTest {
    private final String prefix = "g" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void previewsBootstrapsDeploysWithEventsAndShowsAFailure(FxRobot robot) {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        Emulator.MINISTACK.reset();
        Path good = TestAssemblies.withFileAsset(dir, prefix, false);
        Path bad = TestAssemblies.withRejectedQueue(dir, prefix);

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        FxTesting.await("the Deploy tab", () -> selected() instanceof DeployView);
        DeployViewModel vm = ((DeployView) selected()).viewModel();
        robot.interact(() -> vm.kindProperty().set(TargetChoice.Kind.ENDPOINT));
        robot.clickOn("#deploy-endpoint").write(endpoint);
        FxTesting.await("the window's target set from the form", () -> window.targetProperty().get() != null);
        assertEquals(AwsTarget.endpoint(java.net.URI.create(endpoint), null), window.targetProperty().get());
        robot.interact(() -> vm.assemblyFolderProperty().set(good));

        robot.clickOn("#deploy-diff");
        FxTesting.await("the bootstrap offered", () -> vm.phaseProperty().get() == DeployViewModel.Phase.NEEDS_BOOTSTRAP,
                () -> vm.failureProperty().get());
        FxTesting.screenshot(stage.getScene(), "deploy-needs-bootstrap");
        robot.clickOn("#deploy-bootstrap");
        FxTesting.await("the preview after bootstrapping", () -> vm.phaseProperty().get()
                == DeployViewModel.Phase.PREVIEWED, () -> vm.failureProperty().get() + " " + vm.statusProperty().get());
        TableView<?> changes = robot.lookup("#deploy-changes").queryTableView();
        assertTrue(changes.getItems().stream().anyMatch(c -> ((ResourceChange) c).type().equals("AWS::S3::Bucket")
                && ((ResourceChange) c).action().equals("Add")), changes.getItems().toString());
        FxTesting.screenshot(stage.getScene(), "deploy-diff");

        robot.clickOn("#deploy-run");
        FxTesting.await("the deploy done", () -> vm.phaseProperty().get() == DeployViewModel.Phase.DEPLOYED,
                () -> vm.failureProperty().get() + " " + vm.statusProperty().get());
        FxTesting.await("the last event shown", () -> vm.events().stream().anyMatch(e -> e.logicalId()
                .equals(prefix + "-app") && e.status().equals("CREATE_COMPLETE")));
        TableView<?> events = robot.lookup("#deploy-events").queryTableView();
        assertEquals(vm.events().size(), events.getItems().size());
        assertTrue(vm.results().stream().anyMatch(r -> r.startsWith("✓ " + prefix + "-app created")), vm.results()
                .toString());
        FxTesting.screenshot(stage.getScene(), "deploy-events");

        // A source bucket without EventBridge notifications: the screen offers to switch them on.
        String bucket = "bps-gui-src-" + prefix;
        try (var s3 = Emulator.MINISTACK.target().s3()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        robot.interact(() -> vm.checkSourceBuckets(java.util.List.of(bucket)));
        FxTesting.await("the bucket checked", () -> vm.sourceChecks().size() == 1);
        FxTesting.screenshot(stage.getScene(), "deploy-source-bucket");
        robot.clickOn("#deploy-enable-eventbridge");
        FxTesting.await("EventBridge on", () -> vm.sourceChecks().get(0).state()
                == io.blueprintstudio.aws.SourceBuckets.State.READY, () -> vm.sourceChecks().toString());

        robot.interact(() -> vm.assemblyFolderProperty().set(bad));
        robot.clickOn("#deploy-diff");
        FxTesting.await("the failing stack previewed", () -> vm.phaseProperty().get()
                == DeployViewModel.Phase.PREVIEWED);
        robot.clickOn("#deploy-run");
        FxTesting.await("the failure", () -> vm.phaseProperty().get() == DeployViewModel.Phase.FAILED);
        String failure = vm.failureProperty().get();
        assertTrue(failure.contains("TooShortRetention") && failure.contains("MessageRetentionPeriod")
                && failure.contains("Rolled back"), failure);
        assertTrue(robot.lookup("#deploy-failure").queryLabeled().isVisible());
        assertTrue(robot.lookup("#deploy-results").queryLabeled().getText().isEmpty(), "the failed line is not repeated");
        FxTesting.screenshot(stage.getScene(), "deploy-failure");

        robot.interact(vm::destroy);
        FxTesting.await("the failed stack destroyed", () -> vm.phaseProperty().get()
                == DeployViewModel.Phase.DEPLOYED, () -> vm.failureProperty().get());
        robot.interact(() -> vm.assemblyFolderProperty().set(good));
        robot.interact(vm::diff);
        FxTesting.await("previewed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.PREVIEWED);
        robot.interact(vm::destroy);
        FxTesting.await("the good stacks destroyed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.DEPLOYED
                && vm.results().size() == 2, () -> vm.results().toString());
        assertTrue(vm.results().stream().allMatch(r -> r.startsWith("✓ ")), vm.results().toString());
    }

    @Test
    void synthesizesTheOpenBlueprintAndPreviewsItsStacks(FxRobot robot) throws Exception {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        Path copy = io.blueprintstudio.blueprint.TestBlueprints.copyOfSampleWithLambdaJar(dir);
        FxTesting.openAndWait(robot, window, copy);
        TestAssemblies.bootstrap(TestAssemblies.withFileAsset(dir, prefix, false));

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        FxTesting.await("the Deploy tab", () -> selected() instanceof DeployView);
        DeployViewModel vm = ((DeployView) selected()).viewModel();
        robot.interact(() -> {
            vm.kindProperty().set(TargetChoice.Kind.ENDPOINT);
            vm.endpointProperty().set(endpoint);
        });
        // The open blueprint's key suffix, as the Synthesize screen sets it: Deploy shows it and synthesizes with it.
        assertEquals("", robot.lookup("#deploy-key-suffix").queryTextInputControl().getText(), "the CLI's default");
        robot.interact(() -> window.session().keySuffixProperty().set(".csv"));
        assertEquals(".csv", robot.lookup("#deploy-key-suffix").queryTextInputControl().getText());
        robot.clickOn("#deploy-diff");
        FxTesting.await("the sample previewed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.PREVIEWED,
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get() + " " + vm.statusProperty().get());
        Path deployOut = copy.resolve(".blueprint-studio/deploy.out");
        try (var files = java.nio.file.Files.list(deployOut)) {
            assertTrue(files.filter(f -> f.toString().endsWith(".template.json")).anyMatch(f -> {
                try {
                    return java.nio.file.Files.readString(f).contains("*.csv");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), "Deploy's own folder holds the templates, made with the suffix");
        }
        assertEquals(4, vm.plans().size(), vm.plans().toString());
        assertTrue(vm.plans().get(0).startsWith("create bps-sample-dev-sales-roles: "), vm.plans().toString());
        assertTrue(vm.changes().stream().anyMatch(c -> c.stackName().equals("bps-sample-dev-sales-roles")
                && c.type().equals("AWS::IAM::Role")), vm.changes().toString());
        // Later stacks read SSM parameters the earlier ones create: their preview waits for those to be deployed.
        assertTrue(vm.plans().get(2).startsWith("bps-sample-dev-sales-lambda: no preview yet"), vm.plans().toString());
        FxTesting.screenshot(stage.getScene(), "deploy-sample-diff");
    }

    @Test
    void cancelDuringACreateSaysWhatStateTheStackIsIn(FxRobot robot) throws Exception {
        Path slow = TestAssemblies.withCustomResourceThatNeverAnswers(dir, prefix);
        TestAssemblies.bootstrap(slow);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        FxTesting.await("the Deploy tab", () -> selected() instanceof DeployView);
        DeployViewModel vm = ((DeployView) selected()).viewModel();
        robot.interact(() -> {
            vm.kindProperty().set(TargetChoice.Kind.ENDPOINT);
            vm.endpointProperty().set(Emulator.MINISTACK.endpoint().toString());
            vm.assemblyFolderProperty().set(slow);
        });
        robot.clickOn("#deploy-diff");
        FxTesting.await("previewed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.PREVIEWED,
                () -> vm.failureProperty().get());
        robot.clickOn("#deploy-run");
        FxTesting.await("the custom resource started", () -> vm.events().stream().anyMatch(e -> e.logicalId()
                .startsWith("NeverAnswers") && e.status().equals("CREATE_IN_PROGRESS")));
        robot.clickOn("#deploy-cancel");
        FxTesting.await("cancelled", () -> vm.phaseProperty().get() == DeployViewModel.Phase.CANCELLED,
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get());
        assertTrue(vm.failureProperty().get().startsWith("stopped watching: " + prefix
                + "-slow is still CREATE_IN_PROGRESS"), vm.failureProperty().get());
        assertTrue(!robot.lookup("#deploy-destroy").queryButton().isDisabled(), "Destroy is offered");
        FxTesting.screenshot(stage.getScene(), "deploy-cancelled");
    }

    /**
     * The stacks after the first read what the ones before them write, so their change sets are made only during
     * the deploy: each waits, showing its changes, until the user deploys it, deploys the rest, stops or cancels.
     */
    @Test
    void aStackPreviewedOnlyDuringTheDeployWaitsForTheUsersAnswer(FxRobot robot) throws Exception {
        Path chain = TestAssemblies.withSsmChain(dir, prefix);
        TestAssemblies.bootstrap(chain);
        DeployViewModel vm = openOnMiniStack(robot, chain);
        List<String> asked = new ArrayList<>();
        vm.approvalRequestProperty().addListener((o, was, now) -> {
            if (now != null) {
                asked.add(now.stackName());
            }
        });
        previewAndDeploy(robot, vm);
        assertEquals(List.of("create " + prefix + "-first: 1 change"), vm.plans().subList(0, 1));
        awaitAsked(vm, prefix + "-second");
        assertTrue(vm.changes().stream().anyMatch(c -> c.stackName().equals(prefix + "-second")
                && c.type().equals("AWS::SSM::Parameter") && c.action().equals("Add")), vm.changes().toString());
        assertTrue(robot.lookup("#deploy-approval").query().isVisible());
        assertTrue(robot.lookup("#deploy-approval-text").queryLabeled().getText().startsWith(prefix
                + "-second: 1 change that no preview showed"), robot.lookup("#deploy-approval-text").queryLabeled()
                .getText());
        FxTesting.screenshot(stage.getScene(), "deploy-approve-stack");
        robot.clickOn("#deploy-approve");
        awaitAsked(vm, prefix + "-third");
        robot.clickOn("#deploy-stop");
        FxTesting.await("stopped", () -> vm.phaseProperty().get() == DeployViewModel.Phase.CANCELLED,
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get());
        assertEquals("not deployed: the change set for " + prefix + "-third was declined and dropped",
                vm.failureProperty().get());
        assertEquals(List.of("✓ " + prefix + "-first created (1 change)", "✓ " + prefix + "-second created (1 change)"),
                vm.results().subList(0, 2));
        assertTrue(stackStatus(prefix + "-third").isEmpty(), "the stopped stack's change set and empty stack stay");

        destroy(robot, vm);
        previewAndDeploy(robot, vm);
        awaitAsked(vm, prefix + "-second");
        robot.clickOn("#deploy-cancel");
        FxTesting.await("cancelled", () -> vm.phaseProperty().get() == DeployViewModel.Phase.CANCELLED,
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get());
        assertEquals("cancelled before " + prefix + "-second was changed", vm.failureProperty().get());
        assertTrue(stackStatus(prefix + "-second").isEmpty(), "the cancelled stack's change set stays");

        destroy(robot, vm);
        asked.clear();
        previewAndDeploy(robot, vm);
        awaitAsked(vm, prefix + "-second");
        robot.clickOn("#deploy-approve-rest");
        FxTesting.await("deployed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.DEPLOYED,
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get());
        assertEquals(List.of(prefix + "-second"), asked, "the remaining stacks were approved with the second");
        assertEquals(3, vm.results().stream().filter(r -> r.startsWith("✓ ") && r.contains(" created")).count(),
                vm.results().toString());
        FxTesting.screenshot(stage.getScene(), "deploy-approved-remaining");
        destroy(robot, vm);
    }

    /**
     * A preview's change sets belong to the target it was made for: changing the target (here typing a region,
     * keystroke after keystroke) drops them there, and touches nothing of the same name on the new one.
     */
    @Test
    void changingTheTargetDropsThePreviewWhereItWasMade(FxRobot robot) throws Exception {
        Path chain = TestAssemblies.withSsmChain(dir, prefix);
        TestAssemblies.bootstrap(chain);
        String first = prefix + "-first";
        // Someone else's CREATE change set for a stack of the same name, waiting in the region typed below.
        try (CloudFormationClient west = AwsTarget.endpoint(Emulator.MINISTACK.endpoint(), "eu-west-1")
                .client(CloudFormationClient.builder())) {
            west.createChangeSet(b -> b.stackName(first).changeSetName("theirs").changeSetType("CREATE")
                    .templateBody("{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}"));
        }
        DeployViewModel vm = openOnMiniStack(robot, chain);
        robot.clickOn("#deploy-diff");
        FxTesting.await("previewed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.PREVIEWED,
                () -> vm.failureProperty().get());
        assertEquals(Optional.of("REVIEW_IN_PROGRESS"), stackStatus(first));

        robot.clickOn("#deploy-region").write("eu-west-1");
        FxTesting.await("the preview dropped on MiniStack's us-east-1", () -> stackStatus(first).isEmpty());
        assertEquals(DeployViewModel.Phase.IDLE, vm.phaseProperty().get());
        assertTrue(vm.plans().isEmpty(), vm.plans().toString());
        assertEquals(AwsTarget.endpoint(Emulator.MINISTACK.endpoint(), "eu-west-1"), window.targetProperty().get());
        try (CloudFormationClient west = AwsTarget.endpoint(Emulator.MINISTACK.endpoint(), "eu-west-1")
                .client(CloudFormationClient.builder())) {
            assertEquals("REVIEW_IN_PROGRESS", west.describeStacks(b -> b.stackName(first)).stacks().get(0)
                    .stackStatusAsString(), "the other region's stack is not ours to drop");
            west.deleteStack(b -> b.stackName(first));
        }
    }

    private DeployViewModel openOnMiniStack(FxRobot robot, Path assembly) {
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        FxTesting.await("the Deploy tab", () -> selected() instanceof DeployView);
        DeployViewModel vm = ((DeployView) selected()).viewModel();
        robot.interact(() -> {
            vm.kindProperty().set(TargetChoice.Kind.ENDPOINT);
            vm.endpointProperty().set(Emulator.MINISTACK.endpoint().toString());
            vm.assemblyFolderProperty().set(assembly);
        });
        return vm;
    }

    private static void previewAndDeploy(FxRobot robot, DeployViewModel vm) {
        robot.clickOn("#deploy-diff");
        FxTesting.await("previewed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.PREVIEWED,
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get());
        robot.clickOn("#deploy-run");
    }

    private static void awaitAsked(DeployViewModel vm, String stack) {
        FxTesting.await(stack + " asked for", () -> vm.approvalRequestProperty().get() != null
                && vm.approvalRequestProperty().get().stackName().equals(stack),
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get() + " " + vm.results());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static void destroy(FxRobot robot, DeployViewModel vm) {
        robot.interact(vm::destroy);
        FxTesting.await("destroyed", () -> vm.phaseProperty().get() == DeployViewModel.Phase.DEPLOYED,
                () -> vm.phaseProperty().get() + " " + vm.failureProperty().get());
    }

    /** The stack's status on MiniStack's us-east-1; empty when there is none. */
    private static Optional<String> stackStatus(String name) {
        try (CloudFormationClient cfn = Emulator.MINISTACK.target().client(CloudFormationClient.builder())) {
            return cfn.describeStacks(b -> b.stackName(name)).stacks().stream().findFirst()
                    .map(st -> st.stackStatusAsString()).filter(st -> !st.equals("DELETE_COMPLETE"));
        } catch (CloudFormationException e) {
            return Optional.empty();
        }
    }

    private Object selected() {
        Tab t = ((TabPane) stage.getScene().lookup("#editor-tabs")).getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }
}
