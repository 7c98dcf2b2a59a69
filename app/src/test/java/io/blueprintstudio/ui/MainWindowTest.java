package io.blueprintstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends WindowTest {

    @Test
    void opensTheSampleAndSaysWhatItFound(FxRobot robot) throws Exception {
        FxTesting.openAndWait(robot, window, FxTesting.sampleBlueprint());
        assertTrue(stage.getTitle().startsWith("stepfunction_orchestrator"), stage.getTitle());
        assertTrue(window.status().text().contains("4 modules"), window.status().text());
        assertEquals("mdaa.yaml", window.tabs().getSelectionModel().getSelectedItem().getText());
        FxTesting.screenshot(stage.getScene(), "main-window-sample");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        BlueprintSession session = FxTesting.openAndWait(robot, window, FxTesting.copyOfSample(dir));
        robot.interact(() -> session.edit(ed -> ed.setScalar("stepfunctions/stepfunction.yaml",
                "/stepfunctionDefinitions/0/logGroupRetentionDays", 30)));
        assertTrue(stage.getTitle().startsWith("● "), stage.getTitle());

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxTesting.await("the unsaved-changes dialog", () -> dialog() != null);
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().contains("stepfunctions/stepfunction.yaml"), pane.getHeaderText());
        FxTesting.screenshot(pane.getScene(), "unsaved-changes-prompt");
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertTrue(session.isDirty(), "and the changes");
    }

    @Test
    void theShortcutsDialogListsEveryMenuShortcut(FxRobot robot) throws Exception {
        List<String[]> rows = ShortcutsDialog.rows((javafx.scene.control.MenuBar) stage.getScene().getRoot()
                .lookup(".menu-bar"));
        List<String> actions = rows.stream().map(r -> r[1]).toList();
        for (String expected : List.of("File › Open Blueprint…", "File › Save", "Edit › Undo", "Edit › Redo",
                "Edit › Find…", "Edit › Replace…", "View › Go to Problems", "View › Dark Theme")) {
            assertTrue(actions.contains(expected), expected + " in " + actions);
        }
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        FxTesting.await("the shortcuts dialog", () -> window("Keyboard Shortcuts") != null);
        Scene dialog = window("Keyboard Shortcuts");
        FxTesting.screenshot(dialog, "keyboard-shortcuts");
        robot.interact(() -> ((Stage) dialog.getWindow()).close());
    }

    @Test
    void theDarkThemeIsAppliedAndRemembered(FxRobot robot) throws Exception {
        Settings settings = window.settings();
        FxTesting.openAndWait(robot, window, FxTesting.sampleBlueprint());
        robot.interact(() -> window.openFile("stepfunctions/stepfunction.yaml").orElseThrow().goTo(56, 21));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.D).release(javafx.scene.input.KeyCode.D,
                javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        FxTesting.await("dark theme", () -> javafx.application.Application.getUserAgentStylesheet()
                .endsWith("primer-dark.css"));
        org.junit.jupiter.api.Assertions.assertTrue(settings.darkTheme());
        FxTesting.screenshot(stage.getScene(), "main-window-dark");
        robot.interact(() -> window.setDarkTheme(false));
    }

    private static DialogPane dialog() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && "unsaved-dialog".equals(p.getId())) {
                return p;
            }
        }
        return null;
    }

    private static Scene window(String title) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && title.equals(s.getTitle())) {
                return s.getScene();
            }
        }
        return null;
    }
}
