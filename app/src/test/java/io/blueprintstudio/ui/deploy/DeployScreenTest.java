package io.blueprintstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.MiniStack;
import io.blueprintstudio.aws.ResourceChange;
import io.blueprintstudio.aws.TestAssemblies;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Deploy screen in the main window against MiniStack: target, bootstrap, diff, deploy with events, failure. */
class DeployScreenTest extends WindowTest {
    private final String prefix = "g" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void previewsBootstrapsDeploysWithEventsAndShowsAFailure(FxRobot robot) {
        String endpoint = MiniStack.endpoint().toString();
        MiniStack.reset();
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

    private Object selected() {
        Tab t = ((TabPane) stage.getScene().lookup("#editor-tabs")).getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }
}
