package io.blueprintstudio.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ProblemsViewTest extends WindowTest {
    private static final String SF = "stepfunctions/stepfunction.yaml";

    @Test
    void filtersBySeverityAndFileAndEnterJumpsToTheLine(FxRobot robot) throws Exception {
        BlueprintSession session = FxTesting.openAndWait(robot, window, FxTesting.copyOfSample(dir));
        // Two breaks in two files: an unknown state in the ASL, a syntax error in the lambda config.
        robot.interact(() -> session.edit(ed -> ed.setScalar(SF,
                "/stepfunctionDefinitions/0/rawStepFunctionDef/States/Lambda CSV to Parquet/Next", "Nowhere")));
        robot.interact(() -> session.editText("stepfunctions/lambda.yaml",
                session.text("stepfunctions/lambda.yaml").orElseThrow().replace("functions:", "functions: ["),
                "Break"));
        FxTesting.await("both files' problems", () -> session.diagnostics().stream().map(Diagnostic::code)
                .toList().containsAll(List.of("ASL-NEXT-MISSING", "YAML-SYNTAX")), session.diagnostics()::toString);
        TableView<Diagnostic> table = robot.lookup("#problems-table").queryTableView();
        assertEquals(session.diagnostics().size(), table.getItems().size());

        @SuppressWarnings("unchecked")
        ComboBox<Severity> severity = robot.lookup("#severity-filter").queryAs(ComboBox.class);
        robot.interact(() -> severity.setValue(Severity.ERROR));
        assertTrue(table.getItems().stream().allMatch(d -> d.severity() == Severity.ERROR));
        assertEquals(session.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count(),
                table.getItems().size());

        @SuppressWarnings("unchecked")
        ComboBox<String> file = robot.lookup("#file-filter").queryAs(ComboBox.class);
        assertEquals(ProblemsViewModel.ALL_FILES, file.getItems().get(0));
        assertTrue(file.getItems().containsAll(List.of("stepfunctions/lambda.yaml", SF)), file.getItems().toString());
        robot.interact(() -> file.setValue("stepfunctions/lambda.yaml"));
        assertEquals(1, table.getItems().size());
        Diagnostic syntax = table.getItems().get(0);
        assertEquals("YAML-SYNTAX", syntax.code());
        FxTesting.screenshot(stage.getScene(), "problems-filtered");

        // Keyboard: Ctrl+Shift+P focuses the list, Enter opens the place.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        FxTesting.await("the list focused", table::isFocused);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxTesting.await("the lambda file open at the error", () -> stage.getScene().getFocusOwner()
                instanceof CodeArea a && a.getId().endsWith("lambda.yaml")
                && a.getCurrentParagraph() == syntax.line() - 1);
        FxTesting.screenshot(stage.getScene(), "problems-enter-jump");

        // Clearing the filters shows everything again.
        robot.interact(() -> {
            severity.setValue(Severity.NOTE);
            file.setValue(ProblemsViewModel.ALL_FILES);
        });
        assertEquals(session.diagnostics().size(), table.getItems().size());
    }
}
