package io.blueprintstudio.ui.executions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.Emulator;
import io.blueprintstudio.aws.S3TriggeredMachine;
import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.StateStatus;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.ui.graph.GraphPalette;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The Executions screen in the window, on a copy of the sample blueprint whose state machine is deployed to
 * MiniStack by hand with the S3 → EventBridge → Step Functions trigger the blueprint describes
 * ({@link S3TriggeredMachine}).
 */
class ExecutionsViewTest extends WindowTest {

    @Test
    void selectingAFailedRunColoursTheGraphAndRunWithAFileFollowsTheNewRun(FxRobot robot) throws Exception {
        AwsTarget target = Emulator.MINISTACK.target();
        String org = Emulator.unique("ev");
        String machineArn = S3TriggeredMachine.deploy(target, org);
        FxTesting.openAndWait(robot, window, S3TriggeredMachine.blueprint(dir, org));
        robot.interact(() -> {
            window.targetProperty().set(target);
            window.openExecutions();
        });
        ExecutionsViewModel vm = view(robot).viewModel();
        String expected = org + "-dev-sales-stepfunction-sample-state-machine-1";
        FxTesting.await("the blueprint's machine is chosen", () -> expected.equals(vm.machineProperty().get()),
                () -> vm.machineProperty().get() + " of " + vm.machines() + "; " + vm.messageProperty().get());

        // A run without an S3 event as input: no Choice rule matches and the run fails in the Choice.
        String failed;
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            failed = sfn.startExecution(b -> b.stateMachineArn(machineArn).name("no-event").input("{}"))
                    .executionArn();
        }
        robot.interact(vm::refreshExecutions);
        FxTesting.await("the failed run is listed", () -> vm.executions().stream()
                .anyMatch(x -> x.executionArn().equals(failed) && !x.isRunning()), () -> vm.executions().toString());
        robot.interact(() -> vm.executions().stream().filter(x -> x.executionArn().equals(failed)).findFirst()
                .ifPresent(vm.selectedProperty()::set));
        FxTesting.await("the failed run is followed to its end", () -> "FAILED".equals(vm.outcomeProperty().get()),
                () -> vm.outcomeProperty().get() + " " + vm.events());
        // The graph may still be laying out (ELK's first layout in a JVM is slow): its states are painted then.
        FxTesting.await("the graph is painted", () -> vm.graph().stateStyles().size() == 3,
                () -> vm.graph().stateStyles().toString());
        Map<String, String> styles = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> Map.copyOf(vm.graph().stateStyles())));
        assertEquals(GraphPalette.SUCCEEDED, styles.get("Lambda CSV to Parquet"), styles.toString());
        assertEquals(GraphPalette.FAILED, styles.get("Passed or Failed?"));
        assertEquals(GraphPalette.NOT_RUN, styles.get("Report Result"));
        TableView<?> events = robot.lookup("#event-list").queryAs(TableView.class);
        assertEquals(vm.events().size(), events.getItems().size());
        ExecutionEvent last = vm.events().get(vm.events().size() - 1);
        assertEquals("ExecutionFailed", last.type());
        // Clicking the Choice's event shows the state's input and the error with its cause.
        int choice = indexOf(vm.events(), "ChoiceStateEntered");
        robot.interact(() -> events.scrollTo(choice));
        javafx.scene.Node row = robot.from(events).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == choice).findFirst()
                .orElseThrow(() -> new AssertionError("row " + choice + " of the event list is not shown"));
        robot.clickOn(row);
        FxTesting.await("the failed state's details are shown", () -> vm.stateRunProperty().get() != null
                && vm.stateRunProperty().get().state().equals("Passed or Failed?"));
        StateRun run = vm.stateRunProperty().get();
        assertEquals(StateStatus.FAILED, run.status());
        assertEquals("States.NoChoiceMatched", run.error());
        assertTrue(run.input().contains("\"status\""), run.input());
        assertEquals("States.NoChoiceMatched", robot.lookup("#state-error").queryAs(javafx.scene.control.TextArea.class)
                .getText());
        FxTesting.screenshot(stage.getScene(), "executions-failed-run");

        // Run with a file: the upload starts a run through S3 → EventBridge, which the screen finds and follows.
        // Another file's run starts just before (the machine's watch sees both in one poll): it is not the upload's.
        Path csv = Files.writeString(dir.resolve("orders.csv"), "id,total\n1,9.90\n", StandardCharsets.UTF_8);
        String decoy;
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            decoy = sfn.startExecution(b -> b.stateMachineArn(machineArn).name("other-file").input("{\"detail\": "
                    + "{\"bucket\": {\"name\": \"" + org + "-raw\"}, \"object\": {\"key\": "
                    + "\"incoming/orders/other.csv\"}}}")).executionArn();
        }
        robot.interact(() -> vm.runWithFile(csv));
        FxTesting.await("the uploaded file's run is followed to success", () -> "SUCCEEDED".equals(
                vm.outcomeProperty().get()), () -> vm.outcomeProperty().get() + "; " + vm.messageProperty().get());
        assertTrue(vm.selectedProperty().get().executionArn().startsWith(machineArn.replace(":stateMachine:",
                ":execution:")));
        assertTrue(!vm.selectedProperty().get().executionArn().equals(decoy), "the other file's run was claimed");
        assertEquals(List.of(StateStatus.SUCCEEDED), vm.states().values().stream().distinct().toList());
        assertEquals(3, vm.states().size(), vm.states().toString());
        assertTrue(vm.events().get(0).input().contains("incoming/orders/orders.csv"), vm.events().get(0).input());
        Map<String, String> green = Map.copyOf(vm.graph().stateStyles());
        assertEquals(Map.of("Lambda CSV to Parquet", GraphPalette.SUCCEEDED, "Passed or Failed?",
                GraphPalette.SUCCEEDED, "Report Result", GraphPalette.SUCCEEDED), green);
        FxTesting.screenshot(stage.getScene(), "executions-run-with-file");
    }

    @Test
    void showsALiveStateChangeWithinThePollInterval(FxRobot robot) throws Exception {
        AwsTarget target = Emulator.MINISTACK.target();
        var machine = io.blueprintstudio.aws.OrchestratorMachine.create(Emulator.MINISTACK, Emulator.unique("live"), 3);
        robot.interact(() -> {
            window.targetProperty().set(target);
            window.openExecutions();
        });
        ExecutionsViewModel vm = view(robot).viewModel();
        String name = machine.arn().substring(machine.arn().lastIndexOf(':') + 1);
        FxTesting.await("the machine is listed", () -> vm.machines().contains(name));
        robot.interact(() -> vm.machineProperty().set(name));
        String arn;
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            arn = sfn.startExecution(b -> b.stateMachineArn(machine.arn()).name("live")
                    .input("{\"want\": \"passed\", \"key\": \"k.csv\"}")).executionArn();
        }
        long selectedAt = System.currentTimeMillis();
        robot.interact(() -> vm.selectedProperty().set(new io.blueprintstudio.aws.ExecutionSummary(arn, "live",
                "RUNNING", java.time.Instant.now(), java.util.Optional.empty())));
        FxTesting.await("the run is followed to its end", () -> "SUCCEEDED".equals(vm.outcomeProperty().get()));
        List<ExecutionEvent> shown = List.copyOf(vm.events());
        List<Long> latencies = vm.displayLatenciesMillis();
        // Events after the 3 s Wait happened while the screen was already following: their delay is the poll's.
        List<Long> live = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).time().toEpochMilli() > selectedAt + 1_000) {
                live.add(latencies.get(i));
            }
        }
        System.out.printf("state change to display (ms), %d live events: %s%n", live.size(), live);
        assertTrue(!live.isEmpty(), "events after the Wait: " + shown);
        assertTrue(live.stream().allMatch(ms -> ms < 2_600), "delays " + live);
        assertEquals(io.blueprintstudio.aws.OrchestratorMachine.PASSING, shown.stream()
                .filter(e -> e.type().endsWith("StateEntered")).map(ExecutionEvent::stateName).toList());

        // An idle screen (the run is over, nothing new starts) only watches the machine: about 12 calls a minute.
        Thread.sleep(8_000);
        long idleFrom = vm.calls().total();
        Thread.sleep(15_000);
        double idle = io.blueprintstudio.aws.ApiCallCounter.perMinute(idleFrom, vm.calls().total(), 15_000);
        System.out.printf("idle Executions screen: %.1f calls/minute, all: %s%n", idle, vm.calls().byOperation());
        assertTrue(idle <= 20, "calls a minute: " + idle);

        // Closing the screen stops its polls: no call goes out afterwards (the machine's watch asks every 5 s).
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCode.CONTROL);
        FxTesting.await("the Executions tab is closed", () -> robot.lookup(n -> n instanceof ExecutionsView)
                .tryQuery().isEmpty());
        Thread.sleep(300);
        long calls = vm.calls().total();
        Thread.sleep(6_000);
        assertEquals(calls, vm.calls().total(), "calls after closing: " + vm.calls().byOperation());
    }

    @Test
    void showsTheSnsMessageWhenTheHistoryCarriesIt(FxRobot robot) throws Exception {
        // moto reports the publish task's parameters in TaskScheduled (MiniStack leaves them out).
        AwsTarget target = Emulator.MOTO.target();
        var machine = io.blueprintstudio.aws.OrchestratorMachine.create(Emulator.MOTO, Emulator.unique("sns"), 0);
        String name = machine.arn().substring(machine.arn().lastIndexOf(':') + 1);
        String arn;
        try (SfnClient sfn = target.client(SfnClient.builder())) {
            arn = sfn.startExecution(b -> b.stateMachineArn(machine.arn()).name("sns-run")
                    .input("{\"want\": \"passed\", \"key\": \"incoming/orders/o.csv\"}")).executionArn();
        }
        robot.interact(() -> {
            window.targetProperty().set(target);
            window.openExecutions();
        });
        ExecutionsViewModel vm = view(robot).viewModel();
        FxTesting.await("the machine is listed", () -> vm.machines().contains(name), () -> vm.machines().toString());
        robot.interact(() -> vm.machineProperty().set(name));
        FxTesting.await("the run is listed", () -> vm.executions().stream().anyMatch(x -> x.executionArn()
                .equals(arn)), () -> vm.executions() + " " + vm.messageProperty().get());
        robot.interact(() -> vm.executions().stream().filter(x -> x.executionArn().equals(arn)).findFirst()
                .ifPresent(vm.selectedProperty()::set));
        FxTesting.await("the run is followed to its end", () -> "SUCCEEDED".equals(vm.outcomeProperty().get()));
        String message = robot.lookup("#sns-message").queryAs(javafx.scene.control.TextArea.class).getText();
        assertEquals("{\"Input\":\"incoming/orders/o.csv\",\"Status\":\"passed\"}", message.replace(" ", ""));
    }

    @Test
    void ctrlShiftXOpensTheScreenAndTheShortcutsDialogListsIt(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.X).release(javafx.scene.input.KeyCode.X, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.CONTROL);
        FxTesting.await("the Executions tab", () -> robot.lookup(n -> n instanceof ExecutionsView).tryQuery()
                .isPresent());
        ExecutionsViewModel vm = view(robot).viewModel();
        assertTrue(vm.machines().isEmpty() && window.targetProperty().get() == null);
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().getRoot()
                .lookup(".menu-bar");
        assertTrue(io.blueprintstudio.ui.ShortcutsAccess.rows(bar).stream()
                .anyMatch(r -> r[1].equals("View › Executions") && r[0].contains("X")));
        // A malformed URL is reported; typing an endpoint and pressing Use sets the window's shared target.
        robot.clickOn("#target-field").write("http://bad host").clickOn("#use-target");
        FxTesting.await("the bad URL is reported", () -> vm.messageProperty().get().startsWith("http://bad host is "
                + "not a URL"), () -> vm.messageProperty().get());
        robot.interact(() -> robot.lookup("#target-field").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#target-field").write("http://127.0.0.1:1").clickOn("#use-target");
        FxTesting.await("the window's target is the endpoint", () -> window.targetProperty().get() != null
                && window.targetProperty().get().endpoint().isPresent());
        FxTesting.await("an unreachable target is reported", () -> vm.messageProperty().get()
                .contains("could not list the state machines"), () -> vm.messageProperty().get());
    }

    private static int indexOf(List<ExecutionEvent> events, String type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    private static ExecutionsView view(FxRobot robot) {
        return robot.lookup(n -> n instanceof ExecutionsView).queryAs(ExecutionsView.class);
    }
}
