package io.blueprintstudio.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.StateStatus;
import io.blueprintstudio.sandbox.SandboxPeers;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.ui.deploy.DeployView;
import io.blueprintstudio.ui.deploy.DeployViewModel;
import io.blueprintstudio.ui.executions.ExecutionsView;
import io.blueprintstudio.ui.executions.ExecutionsViewModel;
import io.blueprintstudio.ui.graph.GraphPalette;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sandbox as a user meets it, in one window: start it, deploy the sample from the Deploy screen (its target is
 * already "Local sandbox"), then on the Executions screen run a good and a broken CSV through our Java Lambda and
 * watch each run's route through the graph.
 */
class SandboxDeployAndExecutionsInWindowTest extends WindowTest {
    private static final String LAMBDA = "Lambda CSV to Parquet";
    private static final String CHOICE = "Passed or Failed?";
    private static final String REPORT = "Report Result";

    @AfterEach
    void forgetOverrides() {
        System.clearProperty("blueprint-studio.data");
        System.clearProperty("blueprint-studio.sandbox.venv");
    }

    @Test
    void sampleDeployedToTheSandboxRunsGoodAndBrokenFilesOnTheExecutionsScreen(FxRobot robot) throws Exception {
        System.setProperty("blueprint-studio.data", dir.resolve("data").toString());
        System.setProperty("blueprint-studio.sandbox.venv", SandboxPeers.peersVenv().toString());
        FxTesting.openAndWait(robot, window, FxTesting.sampleBlueprint()); // a copy would lose the jar path
        SandboxViewModel sandbox = window.sandbox();
        robot.clickOn("Tools").clickOn("Start Local Sandbox");
        FxTesting.await("the sandbox runs", () -> sandbox.stateProperty().get() == SandboxViewModel.State.RUNNING,
                () -> sandbox.messageProperty().get() + " " + sandbox.errorProperty().get());
        AwsTarget target = sandbox.targetProperty().get();

        deployFromTheDeployScreen(robot, target);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        FxTesting.await("the Executions tab", () -> selected() instanceof ExecutionsView);
        ExecutionsViewModel vm = ((ExecutionsView) selected()).viewModel();
        FxTesting.await("the sample's machine is chosen", () -> vm.machineProperty().get() != null
                && vm.machineProperty().get().endsWith("sample-state-machine-1"),
                () -> vm.machineProperty().get() + " of " + vm.machines() + "; " + vm.messageProperty().get());

        String good = runWithFile(robot, vm, "orders.csv", "id,name,amount\n1,Zoë,12.50\n2,\"Smith, J.\",-3.25\n",
                null);
        assertTrue(vm.events().get(0).input().contains("incoming/orders/orders.csv"), vm.events().get(0).input());
        assertRoute(robot, vm, "passed");
        FxTesting.screenshot(stage.getScene(), "sandbox-executions-passed");

        runWithFile(robot, vm, "broken.csv", "id,name,amount\n1,Zoë,12.50\n2,Smith\n", good);
        assertRoute(robot, vm, "failed");
        FxTesting.screenshot(stage.getScene(), "sandbox-executions-failed-route");
    }

    private void deployFromTheDeployScreen(FxRobot robot, AwsTarget target) {
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
        // The later stacks read what the first writes: their change sets are made now, and shown before they run.
        FxTesting.await("the second stack's new changes shown", () -> vm.approvalRequestProperty().get() != null,
                () -> vm.phaseProperty().get() + ": " + vm.failureProperty().get());
        robot.clickOn("#deploy-approve-rest");
        awaitPhase(vm, DeployViewModel.Phase.DEPLOYED);
        assertEquals(4, vm.results().stream().filter(r -> r.startsWith("✓ ")).count(), vm.results()::toString);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> events = robot.lookup("#deploy-events").queryTableView();
        assertTrue(vm.events().size() > 4, vm.events()::toString);
        assertEquals(vm.events().size(), events.getItems().size());
        FxTesting.screenshot(stage.getScene(), "sandbox-deployed");
        assertTrue(visibleRows(robot, events) >= 1, "stack event rows shown: " + visibleRows(robot, events));
    }

    /**
     * Runs {@code csv} through "Run with a file" (the file chooser is the OS's; the view hands its choice to the
     * same method) and waits until the screen follows the new run to its end; returns that run's ARN.
     */
    private String runWithFile(FxRobot robot, ExecutionsViewModel vm, String name, String csv, String previous)
            throws Exception {
        Path file = Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
        robot.interact(() -> vm.runWithFile(file));
        FxTesting.await(name + "'s run is followed to its end", () -> vm.selectedProperty().get() != null
                && !vm.selectedProperty().get().executionArn().equals(previous)
                && "SUCCEEDED".equals(vm.outcomeProperty().get()),
                () -> vm.outcomeProperty().get() + "; " + vm.messageProperty().get() + "; " + vm.events());
        WaitForAsyncUtils.waitForFxEvents();
        return vm.selectedProperty().get().executionArn();
    }

    /** Every state ran and is painted as such; the Choice got the Lambda's verdict and the event list shows it. */
    private void assertRoute(FxRobot robot, ExecutionsViewModel vm, String verdict) throws Exception {
        assertEquals(Map.of(LAMBDA, StateStatus.SUCCEEDED, CHOICE, StateStatus.SUCCEEDED, REPORT,
                StateStatus.SUCCEEDED), Map.copyOf(vm.states()));
        FxTesting.await("the graph is painted", () -> vm.graph().stateStyles().size() == 3,
                () -> vm.graph().stateStyles().toString());
        Map<String, String> styles = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> Map.copyOf(vm.graph().stateStyles())));
        assertEquals(Map.of(LAMBDA, GraphPalette.SUCCEEDED, CHOICE, GraphPalette.SUCCEEDED, REPORT,
                GraphPalette.SUCCEEDED), styles);
        assertEquals("Execution: SUCCEEDED", robot.lookup("#execution-outcome").queryAs(Label.class).getText());
        TableView<?> table = robot.lookup("#event-list").queryAs(TableView.class);
        assertEquals(vm.events().size(), table.getItems().size());
        assertEquals("ExecutionSucceeded", vm.events().get(vm.events().size() - 1).type());
        assertEquals(List.of(LAMBDA, CHOICE, REPORT), vm.events().stream()
                .filter(e -> e.type().endsWith("StateEntered")).map(ExecutionEvent::stateName).toList());

        // Clicking the Choice's event shows its input: the Lambda's verdict at $.status.
        int choice = indexOf(vm.events(), "ChoiceStateEntered");
        robot.interact(() -> table.scrollTo(choice));
        javafx.scene.Node row = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == choice).findFirst()
                .orElseThrow(() -> new AssertionError("row " + choice + " of the event list is not shown"));
        robot.clickOn(row);
        FxTesting.await("the Choice's details are shown", () -> vm.stateRunProperty().get() != null
                && vm.stateRunProperty().get().state().equals(CHOICE));
        String input = robot.lookup("#state-input").queryAs(TextArea.class).getText();
        assertTrue(input.replace(" ", "").contains("\"status\":\"" + verdict + "\""), input);
        assertEquals(CHOICE + " — " + StateStatus.SUCCEEDED, robot.lookup("#state-title").queryAs(Label.class).getText());
        assertNotEquals("", robot.lookup("#state-output").queryAs(TextArea.class).getText());

        // The Lambda's own result is listed as its event's detail; that row is left selected for the screenshot.
        int verdictEvent = -1;
        for (int i = 0; i < vm.events().size(); i++) {
            ExecutionEvent e = vm.events().get(i);
            if (e.stateName().equals(LAMBDA) && e.output().trim().equals("\"" + verdict + "\"")) {
                verdictEvent = i;
            }
        }
        assertTrue(verdictEvent >= 0, () -> "no event of " + LAMBDA + " with output " + verdict + ": " + vm.events());
        int shown = verdictEvent;
        robot.interact(() -> {
            table.scrollTo(shown);
            table.getSelectionModel().select(shown);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LAMBDA + " — " + StateStatus.SUCCEEDED, robot.lookup("#state-title").queryAs(Label.class)
                .getText());
    }

    private static long visibleRows(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof TableRow<?> r && r.getItem() != null).count();
    }

    private static int indexOf(List<ExecutionEvent> events, String type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in " + events);
    }

    private static void awaitPhase(DeployViewModel vm, DeployViewModel.Phase phase) {
        FxTesting.await(phase.toString(), () -> vm.phaseProperty().get() == phase,
                () -> vm.phaseProperty().get() + ": " + vm.failureProperty().get() + " / " + vm.statusProperty().get());
    }

    private Object selected() {
        Tab t = ((TabPane) stage.getScene().lookup("#editor-tabs")).getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }
}
