package io.blueprintstudio.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.sandbox.SandboxPeers;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.ui.deploy.DeployView;
import io.blueprintstudio.ui.deploy.DeployViewModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The sandbox as a user meets it: start it, open Deploy (its target is already "Local sandbox"), synthesize, bootstrap
 * and deploy the sample, then a CSV uploaded to the sample's source bucket is reported as passed.
 */
class SandboxDeployInWindowTest extends WindowTest {
    @AfterEach
    void forgetOverrides() {
        System.clearProperty("blueprint-studio.data");
        System.clearProperty("blueprint-studio.sandbox.venv");
    }

    @Test
    void sampleDeployedToTheSandboxFromTheDeployScreenRunsAnUpload(FxRobot robot) throws Exception {
        System.setProperty("blueprint-studio.data", dir.resolve("data").toString());
        System.setProperty("blueprint-studio.sandbox.venv", SandboxPeers.peersVenv().toString());
        FxTesting.openAndWait(robot, window, FxTesting.sampleBlueprint()); // a copy would lose the jar path
        SandboxViewModel sandbox = window.sandbox();
        robot.clickOn("Tools").clickOn("Start Local Sandbox");
        FxTesting.await("the sandbox runs", () -> sandbox.stateProperty().get() == SandboxViewModel.State.RUNNING,
                () -> sandbox.messageProperty().get() + " " + sandbox.errorProperty().get());
        AwsTarget target = sandbox.targetProperty().get();

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        FxTesting.await("the Deploy tab", () -> selected() instanceof DeployView);
        DeployViewModel vm = ((DeployView) selected()).viewModel();
        assertEquals("Local sandbox", String.valueOf(robot.lookup("#deploy-kind").queryAs(ComboBox.class).getValue()));
        assertEquals(target, window.targetProperty().get());

        robot.clickOn("#deploy-diff");
        awaitPhase(vm, DeployViewModel.Phase.NEEDS_BOOTSTRAP);
        robot.clickOn("#deploy-bootstrap");
        awaitPhase(vm, DeployViewModel.Phase.PREVIEWED);
        robot.clickOn("#deploy-run");
        awaitPhase(vm, DeployViewModel.Phase.DEPLOYED);
        assertEquals(4, vm.results().stream().filter(r -> r.startsWith("✓ ")).count(), vm.results()::toString);
        FxTesting.screenshot(stage.getScene(), "sandbox-deployed");

        try (S3Client s3 = target.s3(); SqsClient sqs = target.client(SqsClient.builder())) {
            s3.putObject(b -> b.bucket("bps-sample-raw").key("incoming/orders/window.csv"),
                    RequestBody.fromString("id,amount\n1,2.5\n", StandardCharsets.UTF_8));
            String queue = sqs.getQueueUrl(b -> b.queueName("bps-sample-orders-status-results")).queueUrl();
            String body = awaitMessage(sqs, queue);
            assertEquals("passed", new ObjectMapper().readTree(body).path("Status").asText(), body);
        }
    }

    private static void awaitPhase(DeployViewModel vm, DeployViewModel.Phase phase) {
        FxTesting.await(phase.toString(), () -> vm.phaseProperty().get() == phase,
                () -> vm.phaseProperty().get() + ": " + vm.failureProperty().get() + " / " + vm.statusProperty().get());
    }

    private static String awaitMessage(SqsClient sqs, String queue) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(1)).messages();
            if (!got.isEmpty()) {
                return got.get(0).body();
            }
        }
        throw new AssertionError("no report in " + queue + " within 60 s");
    }

    private Object selected() {
        Tab t = ((TabPane) stage.getScene().lookup("#editor-tabs")).getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }

}
