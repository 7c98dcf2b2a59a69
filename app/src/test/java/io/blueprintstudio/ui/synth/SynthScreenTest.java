package io.blueprintstudio.ui.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.synth.SynthResult;
import io.blueprintstudio.synth.SynthesizedStack;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Synthesize screen in the main window: stacks, a template, findings into Problems, cancel. */
class SynthScreenTest extends WindowTest {

    @Test
    void synthesizesTheSampleAndShowsStacksAndTheStateMachineTemplate(FxRobot robot) throws Exception {
        FxTesting.openAndWait(robot, window, io.blueprintstudio.blueprint.TestBlueprints.copyOfSampleWithLambdaJar(dir));
        SynthViewModel vm = openScreen(robot);
        SynthResult r = awaitResult(vm);
        assertTrue(r.ok(), r.findings().toString());
        assertEquals(4, vm.stacks().size());
        assertEquals(java.util.List.of("dev"), vm.environments());
        assertEquals("dev", vm.envProperty().get());
        assertEquals("", vm.keySuffixProperty().get(), "every object starts an execution, as synth without "
                + "--key-suffix and Deploy do");
        assertSame(window.session().keySuffixProperty(), vm.keySuffixProperty(), "one setting with Deploy");
        assertSame(window.session().environmentProperty(), vm.envProperty());
        SynthesizedStack machineStack = vm.stacks().get(3);
        robot.interact(() -> vm.selectedProperty().set(machineStack));
        CodeArea area = robot.lookup("#synth-template").queryAs(CodeArea.class);
        FxTesting.await("the template shown", () -> area.getText().contains("AWS::StepFunctions::StateMachine"));
        assertTrue(area.getText().contains("bps-sample-dev-sales-stepfunction-sample-state-machine-1"));
        assertTrue(!area.isEditable());
        String status = robot.lookup("#synth-status").queryLabeled().getText();
        assertTrue(status.startsWith("Synthesized 4 stacks"), status);
        FxTesting.screenshot(stage.getScene(), "synth-screen");
    }

    @Test
    void anUnsuppressedFindingShowsInTheScreenAndInProblemsAndOpensItsLine(FxRobot robot) throws Exception {
        Path copy = io.blueprintstudio.blueprint.TestBlueprints.copyOfSampleWithLambdaJar(dir);
        Path roles = copy.resolve("stepfunctions/roles.yaml");
        Files.writeString(roles, Files.readString(roles).replace("    suppressions:\n      - id: \"AwsSolutions-IAM4\"\n"
                + "        reason: \"AWSLambdaBasicExecutionRole approved for usage\"\n", ""));
        FxTesting.openAndWait(robot, window, copy);
        SynthViewModel vm = openScreen(robot);
        SynthResult r = awaitResult(vm);
        assertTrue(!r.ok());
        TableView<?> findings = robot.lookup("#synth-findings").queryTableView();
        assertEquals(1, findings.getItems().size());
        Diagnostic d = (Diagnostic) findings.getItems().get(0);
        assertEquals("AwsSolutions-IAM4", d.code());
        FxTesting.await("the finding in Problems", () -> window.session().diagnostics().contains(d));
        FxTesting.screenshot(stage.getScene(), "synth-finding");
        robot.doubleClickOn(robot.lookup("#synth-findings .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        FxTesting.await("roles.yaml opened", () -> selectedTabTitle().contains("roles.yaml"));
    }

    @Test
    void aFailedRunLeavesNoStacksOrFindingsOfThePreviousOne(FxRobot robot) throws Exception {
        Path copy = io.blueprintstudio.blueprint.TestBlueprints.copyOfSampleWithLambdaJar(dir);
        Path roles = copy.resolve("stepfunctions/roles.yaml");
        java.nio.file.Files.writeString(roles, java.nio.file.Files.readString(roles).replace("    suppressions:\n"
                + "      - id: \"AwsSolutions-IAM4\"\n        reason: \"AWSLambdaBasicExecutionRole approved for usage\"\n", ""));
        FxTesting.openAndWait(robot, window, copy);
        SynthViewModel vm = openScreen(robot);
        SynthResult first = awaitResult(vm);
        Diagnostic finding = first.findings().get(0);
        FxTesting.await("the finding in Problems", () -> window.session().diagnostics().contains(finding));
        Path notAnAssembly = java.nio.file.Files.createDirectories(dir.resolve("mine"));
        java.nio.file.Files.writeString(notAnAssembly.resolve("notes.txt"), "keep");
        robot.interact(() -> {
            vm.outputDirProperty().set(notAnAssembly);
            vm.synthesize();
        });
        FxTesting.await("the second run failed", () -> !vm.runningProperty().get()
                && vm.statusProperty().get().startsWith("Synthesis failed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.stacks().size());
        assertEquals(0, vm.findings().size());
        assertEquals(null, vm.resultProperty().get());
        assertTrue(!window.session().diagnostics().contains(finding), "the old finding left Problems");
        FxTesting.screenshot(stage.getScene(), "synth-failed");
    }

    @Test
    void cancelStopsASynthesisBeforeItWritesAnything(FxRobot robot) throws Exception {
        FxTesting.openAndWait(robot, window, io.blueprintstudio.blueprint.TestBlueprints.copyOfSampleWithLambdaJar(dir));
        SynthViewModel vm = openScreen(robot);
        robot.interact(vm::cancel);
        FxTesting.await("cancelled", () -> !vm.runningProperty().get());
        assertEquals("Cancelled", vm.statusProperty().get());
        assertEquals(null, vm.resultProperty().get());
    }

    private SynthViewModel openScreen(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        FxTesting.await("the Synthesize tab", () -> selected() instanceof SynthView);
        return ((SynthView) selected()).viewModel();
    }

    private static SynthResult awaitResult(SynthViewModel vm) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> vm.runningProperty().get())));
        WaitForAsyncUtils.waitForFxEvents();
        SynthResult r = vm.resultProperty().get();
        if (r == null) {
            throw new AssertionError("no result: " + vm.statusProperty().get());
        }
        return r;
    }

    private Object selected() {
        TabPane tabs = (TabPane) stage.getScene().lookup("#editor-tabs");
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }

    private String selectedTabTitle() {
        TabPane tabs = (TabPane) stage.getScene().lookup("#editor-tabs");
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? "" : t.getText();
    }
}
