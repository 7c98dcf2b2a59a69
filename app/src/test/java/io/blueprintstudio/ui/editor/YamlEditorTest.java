package io.blueprintstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The YAML editor with the Problems list: break, see, jump, fix, undo, save. */
class YamlEditorTest extends WindowTest {
    private static final String SF = "stepfunctions/stepfunction.yaml";
    private static final String TARGET = "Passed or Failed?";


    @Test
    void breakSeeJumpFixUndoAndSaveOnlyTheEditedLine(FxRobot robot) throws Exception {
        Path bp = FxTesting.copyOfSample(dir);
        BlueprintSession session = FxTesting.openAndWait(robot, window, bp);
        List<String> original = Files.readAllLines(bp.resolve(SF));
        YamlEditorView view = open(robot, SF);
        CodeArea area = view.area();
        int at = area.getText().indexOf(TARGET, view.model().offsetOf(56, 1));

        // Break: the Lambda step's Next names a state that does not exist.
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + TARGET.length());
        });
        // One edit on the FX thread, so a loaded machine cannot split it into several typing bursts (undo steps).
        robot.interact(() -> {
            area.replaceSelection("Nowhere");
            area.requestFollowCaret();
        });
        FxTesting.await("the broken Next reported", () -> nextMissing(session) != null, session.diagnostics()::toString);
        FxTesting.await("the problem underlined", () -> area.getStyleOfChar(at + 2).contains("problem-error"));
        assertTrue(area.getText().lines().toList().get(55).contains("\"Next\": \"Nowhere\""));
        assertTrue(robot.lookup("#problems-table").queryTableView().getItems().contains(nextMissing(session)));
        FxTesting.screenshot(stage.getScene(), "editor-problem");

        // Hovering the underline shows the message and the hint.
        javafx.geometry.Bounds onScreen = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> area.getCharacterBoundsOnScreen(at + 2, at + 3).orElseThrow()));
        robot.moveTo(new javafx.geometry.Point2D(onScreen.getCenterX(), onScreen.getCenterY()));
        FxTesting.await("the problem's tooltip", () -> tooltip() != null);
        assertTrue(tooltip().getText().contains("goes to \"Nowhere\"") && tooltip().getText().contains("Hint:"),
                tooltip().getText());
        robot.moveTo(stage.getScene().lookup("#explorer-tree"));
        FxTesting.await("the tooltip hidden", () -> tooltip() == null);

        // Double-click in Problems jumps the caret to its line.
        robot.interact(() -> area.moveTo(0));
        Diagnostic d = nextMissing(session);
        robot.interact(() -> robot.lookup("#problems-table").<Diagnostic>queryTableView().scrollTo(d));
        robot.doubleClickOn(robot.lookup(".table-row-cell").match((TableRow<?> r) -> d.equals(r.getItem()))
                .<TableRow<?>>query());
        FxTesting.await("the caret on line 56", () -> area.getCurrentParagraph() == 55 && area.isFocused());
        assertEquals(d.column() - 1, area.getCaretColumn());
        FxTesting.screenshot(stage.getScene(), "problems-jump");

        // Fix by typing the state's name back: the problem goes.
        int now = area.getText().indexOf("Nowhere");
        robot.interact(() -> {
            area.selectRange(now, now + "Nowhere".length());
            area.replaceSelection(TARGET);
        });
        FxTesting.await("the problem gone", () -> nextMissing(session) == null);

        // Undo (Ctrl+Z in the editor) takes back the fix, then the break: one history for the whole session.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxTesting.await("undo brings the problem back", () -> nextMissing(session) != null
                && area.getText().contains("\"Next\": \"Nowhere\""));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxTesting.await("a second undo restores the file", () -> !session.isDirty()
                && area.getText().equals(String.join("\n", original) + "\n") && nextMissing(session) == null);

        // Change one value and save with Ctrl+S: exactly that line changes on disk.
        int retention = area.getText().indexOf("logGroupRetentionDays: 0") + "logGroupRetentionDays: ".length();
        robot.interact(() -> area.selectRange(retention, retention + 1));
        robot.write("30");
        assertTrue(session.isDirty(), "typing makes the blueprint unsaved at once, before it is committed");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        FxTesting.await("saved", () -> !session.isDirty());
        List<String> saved = Files.readAllLines(bp.resolve(SF));
        assertEquals(List.of("20: logGroupRetentionDays: 0 -> logGroupRetentionDays: 30"), diff(original, saved));
        for (String other : List.of("mdaa.yaml", "tags.yaml", "stepfunctions/lambda.yaml")) {
            assertEquals(Files.readString(FxTesting.sampleBlueprint().resolve(other)),
                    Files.readString(bp.resolve(other)), other + " untouched");
        }
        assertFalse(stage.getTitle().startsWith("●"));
        FxTesting.await("the unsaved mark gone from the tab and the Explorer", () -> {
            var tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#editor-tabs");
            var tree = (javafx.scene.control.TreeView<?>) stage.getScene().lookup("#explorer-tree");
            return tabs.getSelectionModel().getSelectedItem().getText().equals(SF)
                    && tree.getRoot().getValue() instanceof io.blueprintstudio.ui.explorer.ExplorerItem root
                    && !root.dirty();
        });
        assertEquals("Saved 1 file", ((javafx.scene.control.Label) stage.getScene().lookup("#status-message"))
                .getText());
        FxTesting.screenshot(stage.getScene(), "editor-saved");
    }

    @Test
    void findAndReplaceAllIsOneUndoStep(FxRobot robot) throws Exception {
        BlueprintSession session = FxTesting.openAndWait(robot, window, FxTesting.copyOfSample(dir));
        YamlEditorView view = open(robot, "stepfunctions/lambda.yaml");
        String before = view.area().getText();
        robot.interact(() -> view.area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        FxTesting.await("the find bar", () -> robot.lookup("#find-field").query().isFocused());
        robot.write("Lambda");
        FxTesting.await("matches counted", () -> robot.lookup(".find-result").queryLabeled().getText()
                .endsWith("matches"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxTesting.await("the first match selected", () -> view.area().getSelectedText().equalsIgnoreCase("lambda"));
        robot.clickOn("#replace-field").write("Function");
        FxTesting.screenshot(stage.getScene(), "find-replace");
        robot.clickOn("#replace-all");
        FxTesting.await("replaced", () -> !view.area().getText().toLowerCase().contains("lambda:")
                && session.isDirty());
        assertEquals(robot.lookup(".find-result").queryLabeled().getText().startsWith("Replaced"), true);
        robot.interact(session::undo);
        FxTesting.await("one undo restores the text", () -> view.area().getText().equals(before));
        assertFalse(session.isDirty());
    }

    private YamlEditorView open(FxRobot robot, String file) {
        List<YamlEditorView> out = new ArrayList<>();
        robot.interact(() -> out.add(window.openFile(file).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return out.get(0);
    }

    private static javafx.scene.control.Tooltip tooltip() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip
                && w.isShowing()).map(w -> (javafx.scene.control.Tooltip) w)
                .filter(t -> t.getStyleClass().contains("problem-tooltip")).findFirst().orElse(null);
    }

    private static Diagnostic nextMissing(BlueprintSession session) {
        return session.diagnostics().stream().filter(d -> d.code().equals("ASL-NEXT-MISSING") && d.line() == 56)
                .findFirst().orElse(null);
    }

    private static List<String> diff(List<String> a, List<String> b) {
        assertEquals(a.size(), b.size(), "line count");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add((i + 1) + ": " + a.get(i).strip() + " -> " + b.get(i).strip());
            }
        }
        return out;
    }
}
