package io.blueprintstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.BlueprintEditor;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.ui.FxTesting;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FormViewTest {
    @TempDir
    static Path dir;
    private BlueprintEditor editor;
    private FormViewModel model;
    private final AtomicReference<SourceNode> jumped = new AtomicReference<>();

    @BeforeAll
    static void display() {
        FxTesting.requireDisplay();
    }

    @Start
    void start(Stage stage) throws Exception {
        editor = BlueprintEditor.open(FxTesting.copyOfSample(dir.resolve("bp" + System.nanoTime())));
        model = new FormViewModel(editor, new FormScope.Module("sales", "dev", "lambda"));
        model.onJumpProperty().set(jumped::set);
        stage.setScene(new Scene(new FormView(model), 900, 640));
        stage.show();
    }

    @Test
    void typingABadNameShowsTheCheckAndEnterWritesIt(FxRobot robot) {
        TextField name = robot.lookup("#field-functions-0-functionName").queryAs(TextField.class);
        robot.clickOn(name).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("csv to parquet");
        assertTrue(robot.lookup(".field-problem").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("letters, digits")));
        FxTesting.screenshot(name.getScene(), "form-lambda-bad-name");
        robot.type(KeyCode.ENTER);
        assertEquals("csv to parquet", editor.blueprint().module("sales", "dev", "lambda").orElseThrow().lambda()
                .orElseThrow().functions().get(0).functionName());
        assertTrue(editor.canUndo());
    }

    @Test
    void theLineLinkAsksToShowTheValueInTheYaml(FxRobot robot) {
        Hyperlink link = robot.lookup((Hyperlink h) -> h.getText().startsWith("stepfunctions/lambda.yaml:"))
                .queryAs(Hyperlink.class);
        robot.clickOn(link);
        assertEquals("stepfunctions/lambda.yaml", jumped.get().file().relativePath());
        FxTesting.screenshot(link.getScene(), "form-lambda");
    }
}
