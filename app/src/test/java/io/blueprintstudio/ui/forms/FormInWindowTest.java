package io.blueprintstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.ui.editor.YamlEditorView;
import io.blueprintstudio.validate.Diagnostic;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A form in the app: break a field, see the problem on it and in Problems, jump to its line, fix it, undo. */
class FormInWindowTest extends WindowTest {
    private static final String ROLE_FIELD = "#field-functions-0-roleArn";


    @Test
    void breakAFieldSeeTheProblemJumpToItsLineFixItAndUndo(FxRobot robot) throws Exception {
        BlueprintSession session = FxTesting.openAndWait(robot, window, FxTesting.copyOfSample(dir));
        robot.interact(() -> window.openForm(new FormScope.Module("sales", "dev", "lambda")));
        TextField role = robot.lookup(ROLE_FIELD).queryAs(TextField.class);
        assertEquals("generated-role-arn:lambda-etl", role.getText());

        robot.clickOn(role).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("generated-role-arn:lambda-etll").type(KeyCode.ENTER);
        FxTesting.await("the unknown role reported", () -> roleMissing(session) != null,
                session.diagnostics()::toString);
        FxTesting.await("the problem shown on the field", () -> robot.lookup(".field-problem")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.isVisible() && l.getText().contains("lambda-etll")));
        assertTrue(robot.lookup("#problems-table").queryTableView().getItems().contains(roleMissing(session)));
        FxTesting.screenshot(stage.getScene(), "form-broken-field");

        Hyperlink where = robot.lookup((Hyperlink h) -> h.getText().equals("stepfunctions/lambda.yaml:"
                + roleMissing(session).line())).queryAs(Hyperlink.class);
        robot.clickOn(where);
        FxTesting.await("the editor on the role's line", () -> selected() instanceof YamlEditorView v
                && v.area().getCurrentParagraph() + 1 == roleMissing(session).line());
        FxTesting.screenshot(stage.getScene(), "form-jump-to-line");

        // Back in the form (opening it again selects its tab), fix it: the problem goes.
        robot.interact(() -> window.openForm(new FormScope.Module("sales", "dev", "lambda")));
        robot.clickOn(role).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("generated-role-arn:lambda-etl").type(KeyCode.ENTER);
        FxTesting.await("the problem gone after the fix", () -> roleMissing(session) == null);

        // Undo takes back the fix, then the break: form edits are steps of the one history.
        robot.interact(session::undo);
        FxTesting.await("undo brings the problem back", () -> roleMissing(session) != null);
        assertEquals("generated-role-arn:lambda-etll", role.getText());
        robot.interact(session::undo);
        FxTesting.await("the problem gone after the second undo", () -> roleMissing(session) == null);
        assertEquals("generated-role-arn:lambda-etl", role.getText());
        assertTrue(session.dirtyFiles().isEmpty(), session.dirtyFiles().toString());
    }

    private Object selected() {
        TabPane tabs = (TabPane) stage.getScene().lookup("#editor-tabs");
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }

    private static Diagnostic roleMissing(BlueprintSession session) {
        return session.diagnostics().stream().filter(d -> d.code().equals("REF-ROLE-MISSING")).findFirst()
                .orElse(null);
    }
}
